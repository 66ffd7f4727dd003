package progress

import (
	"fmt"
	"time"

	"limber/app/store"
)

// Window is how far back the Progress page looks.
const Window = 12 * 7 * 24 * time.Hour

// Report is what the Progress page shows, worked out in one pass.
type Report struct {
	Pain, Stiffness         []Point // within Window
	Activity, Reach         []Point
	ActivityName            string // the latest activity's name
	SymptomChart, WeekChart string // SVG
	ActivityChart           string
	ReachChart              string
	Lines                   []string // text summary, one sentence each
	Weeks                   []Week
	Concern                 Concern
	ActivityDue, ReachDue   bool
}

// Page works out the report for check-ins and history at now; target is
// the plan's sessions a week (0 without a plan).
func Page(history []store.Session, checkIns []store.CheckIn, now time.Time, loc *time.Location, target int) Report {
	recent := since(checkIns, now.Add(-Window))
	r := Report{
		Pain:        Series(recent, store.MeasurePain),
		Stiffness:   Series(recent, store.MeasureStiffness),
		Activity:    Series(recent, store.MeasureActivity),
		Reach:       Series(checkIns, store.MeasureReach),
		Weeks:       Weeks(history, now, loc, 8),
		Concern:     Check(checkIns, now),
		ActivityDue: Due(checkIns, store.MeasureActivity, now, 7),
		ReachDue:    Due(checkIns, store.MeasureReach, now, 14),
	}
	for _, c := range recent {
		if c.Measure == store.MeasureActivity {
			r.ActivityName = c.Label
		}
	}
	r.Lines = append(r.Lines, trendLine("Pain", r.Pain, true), trendLine("Stiffness", r.Stiffness, true))
	r.SymptomChart = LineChart("Pain and stiffness, 0 to 10, over the last 12 weeks. "+r.Lines[0]+" "+r.Lines[1], 10,
		Line{"line-pain", r.Pain}, Line{"line-stiff", r.Stiffness})
	r.Lines = append(r.Lines, weeksLine(r.Weeks, target))
	r.WeekChart = BarChart("Sessions each week, last 8 weeks. "+r.Lines[2], r.Weeks, target)
	if len(r.Activity) > 0 {
		line := trendLine("How well "+r.ActivityName+" goes", r.Activity, false)
		r.Lines = append(r.Lines, line)
		r.ActivityChart = LineChart("How well the activity goes, 0 to 10. "+line, 10, Line{"line-activity", r.Activity})
	}
	if len(r.Reach) > 0 {
		line := reachLine(r.Reach)
		r.Lines = append(r.Lines, line)
		r.ReachChart = LineChart("Reach test levels, from knees (0) to past the floor (4). "+line, len(store.ReachLevels)-1, Line{"line-reach", r.Reach})
	}
	return r
}

func since(list []store.CheckIn, from time.Time) []store.CheckIn {
	for i, c := range list {
		if !c.At.Before(from) {
			return list[i:]
		}
	}
	return nil
}

func trendLine(what string, points []Point, lowerIsBetter bool) string {
	switch c, ok := Trend(points, lowerIsBetter); {
	case len(points) == 0:
		return what + ": no answers yet. Add them before and after a session."
	case !ok:
		return fmt.Sprintf("%s: %s so far; a few more are needed to see a trend.", what, plural(len(points), "answer"))
	default:
		return c.Sentence(what)
	}
}

func weeksLine(weeks []Week, target int) string {
	this := weeks[len(weeks)-1].Sessions
	total := 0
	for _, w := range weeks {
		total += w.Sessions
	}
	s := fmt.Sprintf("%s this week, %d in the last 8 weeks", plural(this, "session"), total)
	if target > 0 {
		s += fmt.Sprintf("; the plan asks for %d a week", target)
	}
	return s + "."
}

func reachLine(points []Point) string {
	last := store.ReachLevels[points[len(points)-1].Value]
	if len(points) == 1 {
		return "Reach test: " + last + " so far."
	}
	first := store.ReachLevels[points[0].Value]
	if first == last {
		return "Reach test: " + last + ", the same as the first time."
	}
	return "Reach test: from " + first + " the first time to " + last + " now."
}

// plural is "1 session" or "3 sessions".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

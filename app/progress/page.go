package progress

import (
	"strconv"
	"time"

	"limber/app/i18n"
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
	Lines                   []string // text summary, one sentence each, in the current language
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
	r.Lines = append(r.Lines, trendLine(painSentences, r.Pain, true), trendLine(stiffnessSentences, r.Stiffness, true))
	r.SymptomChart = LineChart(i18n.F("Pain and stiffness, 0 to 10, over the last 12 weeks. {pain} {stiffness}", "pain", r.Lines[0], "stiffness", r.Lines[1]), 10,
		Line{"line-pain", r.Pain}, Line{"line-stiff", r.Stiffness})
	r.Lines = append(r.Lines, weeksLine(r.Weeks, target))
	r.WeekChart = BarChart(i18n.F("Sessions each week, last 8 weeks. {summary}", "summary", r.Lines[2]), r.Weeks, target)
	if len(r.Activity) > 0 {
		line := trendLine(activitySentences, r.Activity, false, "activity", r.ActivityName)
		r.Lines = append(r.Lines, line)
		r.ActivityChart = LineChart(i18n.F("How well the activity goes, 0 to 10. {summary}", "summary", line), 10, Line{"line-activity", r.Activity})
	}
	if len(r.Reach) > 0 {
		line := reachLine(r.Reach)
		r.Lines = append(r.Lines, line)
		r.ReachChart = LineChart(i18n.F("Reach test levels, from knees (0) to past the floor (4). {summary}", "summary", line), len(store.ReachLevels)-1, Line{"line-reach", r.Reach})
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

// trendLine sums up points in the words of s; pairs fill placeholders
// other than the scores and the count ({activity}, filled last).
func trendLine(s sentences, points []Point, lowerIsBetter bool, pairs ...string) string {
	switch c, ok := Trend(points, lowerIsBetter); {
	case len(points) == 0:
		return i18n.F(s.none, pairs...)
	case !ok && len(points) == 1:
		return i18n.F(s.one, pairs...)
	case !ok:
		return i18n.F(s.many, append([]string{"n", strconv.Itoa(len(points))}, pairs...)...)
	default:
		return c.sentence(s, pairs...)
	}
}

func weeksLine(weeks []Week, target int) string {
	this := weeks[len(weeks)-1].Sessions
	total := 0
	for _, w := range weeks {
		total += w.Sessions
	}
	n, sum, plan := strconv.Itoa(this), strconv.Itoa(total), strconv.Itoa(target)
	switch {
	case this == 1 && target > 0:
		return i18n.F("1 session this week, {total} in the last 8 weeks; the plan asks for {target} a week.", "total", sum, "target", plan)
	case target > 0:
		return i18n.F("{n} sessions this week, {total} in the last 8 weeks; the plan asks for {target} a week.", "n", n, "total", sum, "target", plan)
	case this == 1:
		return i18n.F("1 session this week, {total} in the last 8 weeks.", "total", sum)
	}
	return i18n.F("{n} sessions this week, {total} in the last 8 weeks.", "n", n, "total", sum)
}

// reachLine sums up the reach test; the levels are store.ReachLevels in
// the current language.
func reachLine(points []Point) string {
	last := i18n.T(store.ReachLevels[points[len(points)-1].Value])
	if len(points) == 1 {
		return i18n.F("Reach test: {level} so far.", "level", last)
	}
	first := i18n.T(store.ReachLevels[points[0].Value])
	if first == last {
		return i18n.F("Reach test: {level}, the same as the first time.", "level", last)
	}
	return i18n.F("Reach test: from {first} the first time to {last} now.", "first", first, "last", last)
}

package progress

import (
	"time"

	"limber/app/store"
)

// Point is one answer on a chart.
type Point struct {
	At    time.Time
	Value int
}

// Series is every answer for a measure, in time order (check-ins are
// stored in time order).
func Series(checkIns []store.CheckIn, measure string) []Point {
	var out []Point
	for _, c := range checkIns {
		if c.Measure == measure {
			out = append(out, Point{c.At, c.Value})
		}
	}
	return out
}

// Trend compares the average of the first three answers with that of the
// last three; ok is false with fewer than four answers, too few to say.
func Trend(points []Point, lowerIsBetter bool) (Change, bool) {
	if len(points) < 4 {
		return Change{}, false
	}
	n := min(3, len(points)/2)
	return Compare(mean(points[:n]), mean(points[len(points)-n:]), lowerIsBetter), true
}

func mean(points []Point) float64 {
	sum := 0
	for _, p := range points {
		sum += p.Value
	}
	return float64(sum) / float64(len(points))
}

// Due says whether a check-in of measure is due: none in the last days
// days (the activity weekly, the reach test every two weeks).
func Due(checkIns []store.CheckIn, measure string, now time.Time, days int) bool {
	for i := len(checkIns) - 1; i >= 0; i-- {
		if c := checkIns[i]; c.Measure == measure {
			return now.Sub(c.At) >= time.Duration(days)*24*time.Hour-time.Hour
		}
	}
	return true
}

// Week is the completed sessions of one calendar week (Monday first).
type Week struct {
	Start    time.Time
	Sessions int
}

// Weeks counts completed sessions in the last n calendar weeks in loc,
// oldest first, ending with the week containing now. Weeks go by calendar
// date, so clock changes don't move a session. A nil loc means time.Local.
func Weeks(history []store.Session, now time.Time, loc *time.Location, n int) []Week {
	if loc == nil {
		loc = time.Local
	}
	now = now.In(loc)
	y, m, d := now.Date()
	back := (int(now.Weekday()) + 6) % 7 // days since Monday
	weeks := make([]Week, n)
	for i := range weeks {
		weeks[i].Start = time.Date(y, m, d-back-7*(n-1-i), 0, 0, 0, 0, loc)
	}
	first := dayNumber(weeks[0].Start)
	for _, s := range history {
		if i := (dayNumber(s.Started.In(loc)) - first); s.Completed && i >= 0 && i < int64(7*n) {
			weeks[i/7].Sessions++
		}
	}
	return weeks
}

// dayNumber numbers calendar days by t's own date.
func dayNumber(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

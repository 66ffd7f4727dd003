package store

import (
	"slices"
	"time"
)

// RecordSession adds s to the history, or replaces the session with the
// same ID so the player can save progress and later mark it completed.
// A session without an ID gets one. d itself is not modified.
func RecordSession(d Data, s Session) Data {
	if s.ID == "" {
		s.ID = NewID(s.Started)
	}
	clampSession(&s)
	history := slices.Clone(d.History)
	if i := slices.IndexFunc(history, func(h Session) bool { return h.ID == s.ID }); i >= 0 {
		history[i] = s
	} else {
		history = append(history, s)
	}
	d.History = history
	return d
}

// Day is one calendar day of the week view.
type Day struct {
	Date          time.Time // local midnight (or the first instant of the day)
	Sessions      int
	Completed     int
	ActiveSeconds int
}

// WeekSummary totals the last 7 calendar days in loc, oldest first, ending
// with the day containing now. Days are counted by calendar date, not by
// 24-hour steps, so days of 23 or 25 hours at clock changes are handled.
// A nil loc means time.Local.
func WeekSummary(history []Session, now time.Time, loc *time.Location) []Day {
	if loc == nil {
		loc = time.Local
	}
	now = now.In(loc)
	y, m, d := now.Date()
	days := make([]Day, 7)
	for i := range days {
		days[i].Date = time.Date(y, m, d-6+i, 0, 0, 0, 0, loc)
	}
	first := dayKey(days[0].Date)
	for _, s := range history {
		i := dayKey(s.Started.In(loc)) - first
		if i < 0 || i >= int64(len(days)) {
			continue
		}
		days[i].Sessions++
		days[i].ActiveSeconds += s.ActiveSeconds
		if s.Completed {
			days[i].Completed++
		}
	}
	return days
}

// dayKey numbers calendar days from t's own date, so clock changes in t's
// location don't move a session to a neighbouring day.
func dayKey(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// SortHistory orders sessions oldest first; sessions started at the same
// moment keep their order. (One sort for sessions everywhere: each generic
// sort instantiation adds kilobytes to app.wasm.)
func SortHistory(h []Session) {
	slices.SortStableFunc(h, func(a, b Session) int { return a.Started.Compare(b.Started) })
}

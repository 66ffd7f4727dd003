package plan

import (
	"strings"
	"time"

	"limber/app/store"
	"limber/content"
)

// A home programme is a saved routine someone handed over (a physio, a
// coach) with how often and for how long, that the person added to their
// plan. Its sessions are the completed ones in history whose PlanStep is
// HomeStep(id), counted from when it was added, so editing the routine
// keeps what was done.

const homePrefix = "home:"

// HomeStep is the PlanStep a session of saved routine id carries.
func HomeStep(id string) string { return homePrefix + id }

// HomeID is the saved routine a PlanStep names, if it names one.
func HomeID(step string) (string, bool) {
	id, ok := strings.CutPrefix(step, homePrefix)
	return id, ok && id != ""
}

// HomeStatus is where a person stands in a home programme.
type HomeStatus struct {
	Routine store.SavedRoutine
	Week    int // the week the person is in, from 1 (7-day blocks from Followed)
	Weeks   int // weeks prescribed; 0 = not said, the programme goes on
	PerWeek int // sessions a week asked for; 0 = not said
	// WeekDone and TodayDone count completed sessions this week and today;
	// Total counts all since the routine was added.
	WeekDone, TodayDone, Total int
	Finished                   bool // past the prescribed weeks
}

// TodayTarget is how many sessions today asks for: two on a twice-a-day
// programme, otherwise one.
func (h HomeStatus) TodayTarget() int {
	if h.PerWeek == content.TwiceADay {
		return 2
	}
	return 1
}

// WeekTarget is the sessions this week asks for (0 when not said).
func (h HomeStatus) WeekTarget() int { return h.PerWeek }

// DoneForToday: today's sessions are in, or this week's are.
func (h HomeStatus) DoneForToday() bool {
	if h.TodayDone >= h.TodayTarget() {
		return true
	}
	return h.PerWeek > 0 && h.PerWeek < 7 && h.WeekDone >= h.PerWeek
}

// Home works out the status of followed routine sr from history at now,
// in loc (nil means time.Local). ok is false when sr isn't followed.
func Home(sr store.SavedRoutine, history []store.Session, now time.Time, loc *time.Location) (HomeStatus, bool) {
	if sr.Followed.IsZero() {
		return HomeStatus{}, false
	}
	rx := sr.Routine.Rx
	days := max(daysBetween(sr.Followed, now, loc), 0)
	h := HomeStatus{Routine: sr, Week: days/7 + 1, Weeks: rx.Weeks, PerWeek: rx.PerWeek}
	weekStart := days / 7 * 7
	step := HomeStep(sr.ID)
	for _, s := range history {
		// Sessions from before it was added, or dated after now (a clock
		// put back), are not this programme's.
		if !s.Completed || s.PlanStep != step || s.Started.Before(sr.Followed) || s.Started.After(now) {
			continue
		}
		h.Total++
		d := daysBetween(sr.Followed, s.Started, loc)
		if d >= weekStart {
			h.WeekDone++
		}
		if d == days {
			h.TodayDone++
		}
	}
	h.Finished = h.Weeks > 0 && h.Week > h.Weeks
	return h, true
}

// Homes is the status of every followed routine, in saved order.
func Homes(d store.Data, now time.Time, loc *time.Location) []HomeStatus {
	var out []HomeStatus
	for _, sr := range d.Routines {
		if h, ok := Home(sr, d.History, now, loc); ok {
			out = append(out, h)
		}
	}
	return out
}

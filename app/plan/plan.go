// Package plan works out where a person is in a programme: the next
// session, what is done, and what to suggest without a plan. Progress is
// read from history (completed sessions carrying a plan step), never kept
// apart, and goes by sessions done rather than the calendar: a missed day
// moves nothing, the next session simply waits. No go-app import, so it
// tests in plain Go with any clock.
package plan

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"limber/app/i18n"
	"limber/app/store"
	"limber/content"
)

// Step names one session of a programme: week and session, 1-based.
type Step struct {
	Programme string
	Week      int
	Session   int
}

// String is the step as stored and linked: "loosen-up/1/2".
func (s Step) String() string {
	return s.Programme + "/" + strconv.Itoa(s.Week) + "/" + strconv.Itoa(s.Session)
}

// ParseStep reads a step and checks it names a real session. Its errors
// are shown to the person, so they are in the current language.
func ParseStep(text string) (Step, content.ProgrammeSession, error) {
	parts := strings.Split(text, "/")
	if len(parts) != 3 {
		return Step{}, content.ProgrammeSession{}, errors.New(i18n.F("{step} is not a plan session", "step", strconv.Quote(text)))
	}
	p, ok := content.ProgrammeBySlug(parts[0])
	if !ok {
		return Step{}, content.ProgrammeSession{}, errors.New(i18n.F("Limber has no plan called {plan}", "plan", strconv.Quote(parts[0])))
	}
	w, errW := strconv.Atoi(parts[1])
	s, errS := strconv.Atoi(parts[2])
	if errW != nil || errS != nil || w < 1 || w > len(p.Weeks) || s < 1 || s > len(p.Weeks[w-1].Sessions) {
		return Step{}, content.ProgrammeSession{}, errors.New(i18n.F("{plan} has no week {week}, session {session}",
			"plan", i18n.T(p.Name), "week", parts[1], "session", parts[2]))
	}
	return Step{p.Slug, w, s}, p.Weeks[w-1].Sessions[s-1], nil
}

// Status is where a person stands in their plan.
type Status struct {
	Programme content.Programme
	Paused    bool
	// Next is the session to do next and Session its routine and dose;
	// both are zero when Finished.
	Next     Step
	Session  content.ProgrammeSession
	Done     int // sessions done of Total
	Total    int
	WeekDone int // sessions done in Next's week
	Finished bool
	// DoneToday: a plan session was finished today, so the next one is
	// for another day (it can still be done now).
	DoneToday bool
	// LastDone is when the last plan session was done (zero if none).
	LastDone time.Time
}

// Away is whole days since the last plan session, or since the plan
// started when none is done yet: for "pick up where you left off". A nil
// loc means time.Local.
func (s Status) Away(started, now time.Time, loc *time.Location) int {
	from := s.LastDone
	if from.IsZero() {
		from = started
	}
	return daysBetween(from, now, loc)
}

// Of works out the status of plan p from history at now, in loc (nil
// means time.Local). ok is false when no plan is set or it names no
// programme.
func Of(p store.Plan, history []store.Session, now time.Time, loc *time.Location) (st Status, ok bool) {
	prog, found := content.ProgrammeBySlug(p.Programme)
	if p.Programme == "" || !found {
		return Status{}, false
	}
	if loc == nil {
		loc = time.Local
	}
	st = Status{Programme: prog, Paused: p.Paused, Total: prog.Sessions()}
	done := map[Step]bool{}
	for _, h := range history {
		if !h.Completed || h.PlanStep == "" || h.Started.Before(p.Started) {
			continue
		}
		step, _, err := ParseStep(h.PlanStep)
		if err != nil || step.Programme != prog.Slug {
			continue
		}
		done[step] = true
		if h.Started.After(st.LastDone) {
			st.LastDone = h.Started
		}
	}
	st.Done = len(done)
	st.DoneToday = !st.LastDone.IsZero() && daysBetween(st.LastDone, now, loc) == 0
	for wi, w := range prog.Weeks {
		for si := range w.Sessions {
			step := Step{prog.Slug, wi + 1, si + 1}
			if done[step] {
				continue
			}
			st.Next, st.Session = step, w.Sessions[si]
			for sj := range w.Sessions {
				if done[Step{prog.Slug, wi + 1, sj + 1}] {
					st.WeekDone++
				}
			}
			return st, true
		}
	}
	st.Finished = true
	return st, true
}

// daysBetween counts calendar days from a to b in loc (0 on the same day);
// a nil loc means time.Local.
func daysBetween(a, b time.Time, loc *time.Location) int {
	if loc == nil {
		loc = time.Local
	}
	da := time.Date(a.In(loc).Year(), a.In(loc).Month(), a.In(loc).Day(), 12, 0, 0, 0, time.UTC)
	db := time.Date(b.In(loc).Year(), b.In(loc).Month(), b.In(loc).Day(), 12, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours() / 24)
}

// suggestions are what Suggest takes turns between: a stretch day, a back
// day and a strength day.
var suggestions = []string{"hamstring-release", "lower-back-relief", "strength-for-balance"}

// Suggest is a routine for today without a plan: the desk break for a
// first visit, else whichever of the three everyday routines was done
// least recently, so a week of suggestions covers all three.
func Suggest(history []store.Session) content.Routine {
	if len(history) == 0 {
		r, _ := content.RoutineBySlug("desk-break")
		return r
	}
	last := map[string]time.Time{}
	for _, h := range history {
		if h.Started.After(last[h.Routine]) {
			last[h.Routine] = h.Started
		}
	}
	best := suggestions[0]
	for _, slug := range suggestions[1:] {
		if last[slug].Before(last[best]) {
			best = slug
		}
	}
	r, _ := content.RoutineBySlug(best)
	return r
}

package plan

import (
	"testing"
	"time"

	"limber/app/store"
	"limber/content"
)

var (
	day0 = time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC) // a Monday
	utc  = time.UTC
)

func done(step string, at time.Time) store.Session {
	return store.Session{ID: step + at.String(), Routine: "x", Started: at, ActiveSeconds: 600, Completed: true, PlanStep: step}
}

func TestNextGoesBySessionsNotTheCalendar(t *testing.T) {
	p := store.Plan{Programme: "loosen-up", Started: day0}
	st, ok := Of(p, nil, day0, utc)
	if !ok || st.Next != (Step{"loosen-up", 1, 1}) || st.Done != 0 || st.Total != 30 || st.DoneToday {
		t.Fatalf("fresh plan: %+v", st)
	}
	h := []store.Session{done("loosen-up/1/1", day0.Add(time.Hour))}
	st, _ = Of(p, h, day0.Add(2*time.Hour), utc)
	if st.Next != (Step{"loosen-up", 1, 2}) || !st.DoneToday || st.WeekDone != 1 {
		t.Errorf("after one session: %+v", st)
	}
	// Ten days away: nothing moves, and the plan says how long it has been.
	later := day0.AddDate(0, 0, 10)
	st, _ = Of(p, h, later, utc)
	if st.Away(p.Started, later, nil) != 10 { // nil is the local zone, as the app passes it
		t.Errorf("away in the local zone: %d", st.Away(p.Started, later, nil))
	}
	if st.Next != (Step{"loosen-up", 1, 2}) || st.DoneToday || st.Away(p.Started, later, utc) != 10 {
		t.Errorf("after ten days away: %+v, away %d", st, st.Away(p.Started, later, utc))
	}
}

func TestWeeksFollowOnAndTheEndIsFinished(t *testing.T) {
	p := store.Plan{Programme: "desk-worker", Started: day0}
	prog, _ := content.ProgrammeBySlug("desk-worker")
	var h []store.Session
	at := day0
	for wi, w := range prog.Weeks {
		for si := range w.Sessions {
			at = at.Add(24 * time.Hour)
			h = append(h, done(Step{"desk-worker", wi + 1, si + 1}.String(), at))
		}
		st, _ := Of(p, h, at, utc)
		if wi+1 < len(prog.Weeks) && (st.Next != Step{"desk-worker", wi + 2, 1} || st.WeekDone != 0) {
			t.Errorf("after week %d: next %v, week done %d", wi+1, st.Next, st.WeekDone)
		}
	}
	st, _ := Of(p, h, at, utc)
	if !st.Finished || st.Done != st.Total || st.Next != (Step{}) {
		t.Errorf("all done: %+v", st)
	}
}

func TestWhatDoesNotCount(t *testing.T) {
	p := store.Plan{Programme: "loosen-up", Started: day0}
	h := []store.Session{
		done("loosen-up/1/1", day0.Add(-time.Hour)),                                          // before this (re)start
		done("stronger-back/1/1", day0.Add(time.Hour)),                                       // another plan
		done("loosen-up/9/9", day0.Add(time.Hour)),                                           // no such session
		{ID: "e", Started: day0.Add(time.Hour), Completed: false, PlanStep: "loosen-up/1/1"}, // ended early
		done("loosen-up/1/3", day0.Add(time.Hour)),                                           // out of order: counts, next is still 1/1
	}
	st, _ := Of(p, h, day0.Add(2*time.Hour), utc)
	if st.Done != 1 || st.Next != (Step{"loosen-up", 1, 1}) || st.WeekDone != 1 {
		t.Errorf("%+v", st)
	}
}

func TestPausedAndSwitched(t *testing.T) {
	h := []store.Session{done("loosen-up/1/1", day0.Add(time.Hour))}
	st, _ := Of(store.Plan{Programme: "loosen-up", Started: day0, Paused: true}, h, day0.AddDate(0, 0, 3), utc)
	if !st.Paused || st.Next != (Step{"loosen-up", 1, 2}) {
		t.Errorf("paused: %+v", st)
	}
	// Switching starts the other plan at its beginning.
	st, _ = Of(store.Plan{Programme: "stronger-back", Started: day0.AddDate(0, 0, 3)}, h, day0.AddDate(0, 0, 3), utc)
	if st.Programme.Slug != "stronger-back" || st.Done != 0 || st.Next != (Step{"stronger-back", 1, 1}) {
		t.Errorf("switched: %+v", st)
	}
	if _, ok := Of(store.Plan{}, h, day0, utc); ok {
		t.Error("no plan reported as a plan")
	}
	if _, ok := Of(store.Plan{Programme: "gone", Started: day0}, h, day0, utc); ok {
		t.Error("unknown plan reported as a plan")
	}
}

func TestDaysCountByCalendarInTheZone(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no zone data")
	}
	// 23:30 and 00:30 local are different days, one hour apart.
	a := time.Date(2026, 3, 7, 23, 30, 0, 0, ny)
	if d := daysBetween(a, a.Add(time.Hour), ny); d != 1 {
		t.Errorf("across midnight: %d days", d)
	}
	// Noon to noon across the clock change (8 March 2026) is 23 hours
	// and still one day.
	n7, n8 := time.Date(2026, 3, 7, 12, 0, 0, 0, ny), time.Date(2026, 3, 8, 12, 0, 0, 0, ny)
	if n8.Sub(n7) != 23*time.Hour {
		t.Fatalf("the test's dates miss the clock change: %v apart", n8.Sub(n7))
	}
	if d := daysBetween(n7, n8, ny); d != 1 {
		t.Errorf("across the clock change: %d days", d)
	}
}

func TestParseStepRefusesNonsense(t *testing.T) {
	for _, in := range []string{"", "loosen-up", "loosen-up/1", "loosen-up/0/1", "loosen-up/7/1", "loosen-up/1/6", "nope/1/1", "loosen-up/a/b", "loosen-up/1/1/1", "<b>/1/1"} {
		if _, _, err := ParseStep(in); err == nil {
			t.Errorf("ParseStep(%q) accepted", in)
		}
	}
	s, sess, err := ParseStep("stronger-back/3/2")
	if err != nil || s.String() != "stronger-back/3/2" || sess.Routine != "lower-back-relief" {
		t.Errorf("good step: %v %+v %v", s, sess, err)
	}
}

func TestSuggestTakesTurns(t *testing.T) {
	if r := Suggest(nil); r.Slug != "desk-break" {
		t.Errorf("first visit: %s", r.Slug)
	}
	h := []store.Session{
		{Routine: "hamstring-release", Started: day0},
		{Routine: "strength-for-balance", Started: day0.Add(time.Hour)},
	}
	if r := Suggest(h); r.Slug != "lower-back-relief" {
		t.Errorf("never done: %s", r.Slug)
	}
	h = append(h, store.Session{Routine: "lower-back-relief", Started: day0.Add(2 * time.Hour)})
	if r := Suggest(h); r.Slug != "hamstring-release" {
		t.Errorf("least recent: %s", r.Slug)
	}
}

package plan

import (
	"testing"
	"time"

	"limber/app/store"
	"limber/content"
)

func followed(perWeek, weeks int) store.SavedRoutine {
	return store.SavedRoutine{ID: "r1", Followed: day0, Routine: content.Routine{Name: "From my physio",
		Steps: []content.RoutineStep{{Exercise: "cat-cow", Reps: 10, Sets: 1}},
		Rx:    content.Prescription{PerWeek: perWeek, Weeks: weeks}}}
}

func TestHomeStepRoundTrip(t *testing.T) {
	if id, ok := HomeID(HomeStep("abc-12")); !ok || id != "abc-12" {
		t.Errorf("HomeID(HomeStep) = %q, %v", id, ok)
	}
	for _, s := range []string{"", "home:", "loosen-up/1/1", "abc"} {
		if _, ok := HomeID(s); ok {
			t.Errorf("HomeID(%q) claims a home programme", s)
		}
	}
}

func TestHomeNotFollowed(t *testing.T) {
	sr := followed(3, 6)
	sr.Followed = time.Time{}
	if _, ok := Home(sr, nil, day0, utc); ok {
		t.Error("a routine not added to the plan has a home status")
	}
}

// TestHomeCountsWeeksFromWhenAdded: weeks are 7-day blocks from the day
// the routine was added; only its own completed sessions count, and only
// those after it was added.
func TestHomeCountsWeeksFromWhenAdded(t *testing.T) {
	sr := followed(3, 2)
	step := HomeStep(sr.ID)
	h := []store.Session{
		done(step, day0.Add(-time.Hour)),             // before it was added
		done(step, day0.Add(time.Hour)),              // week 1, day 0
		done("loosen-up/1/1", day0.Add(2*time.Hour)), // another plan
		done(HomeStep("other"), day0.Add(3*time.Hour)),
		done(step, day0.AddDate(0, 0, 7).Add(time.Hour)), // week 2, day 7
	}
	abandoned := done(step, day0.AddDate(0, 0, 8))
	abandoned.Completed = false
	h = append(h, abandoned)

	st, ok := Home(sr, h, day0.Add(4*time.Hour), utc)
	if !ok || st.Week != 1 || st.WeekDone != 1 || st.TodayDone != 1 || st.Total != 1 || st.Finished {
		t.Errorf("day 0: %+v", st)
	}
	if !st.DoneForToday() {
		t.Error("one session done today on a 3-a-week programme should be enough for today")
	}
	st, _ = Home(sr, h, day0.AddDate(0, 0, 8), utc)
	if st.Week != 2 || st.WeekDone != 1 || st.TodayDone != 0 || st.Total != 2 || st.Finished || st.DoneForToday() {
		t.Errorf("day 8: %+v", st)
	}
	st, _ = Home(sr, h, day0.AddDate(0, 0, 14), utc)
	if st.Week != 3 || !st.Finished || st.WeekDone != 0 {
		t.Errorf("day 14 of a 2-week programme: %+v", st)
	}
}

// TestHomeTwiceADay: a twice-a-day programme wants two today, and a
// weekly target already met leaves today done.
func TestHomeTargets(t *testing.T) {
	sr := followed(content.TwiceADay, 0)
	step := HomeStep(sr.ID)
	h := []store.Session{done(step, day0.Add(time.Hour))}
	st, _ := Home(sr, h, day0.Add(2*time.Hour), utc)
	if st.TodayTarget() != 2 || st.DoneForToday() || st.Finished {
		t.Errorf("twice a day after one: %+v", st)
	}
	h = append(h, done(step, day0.Add(5*time.Hour)))
	if st, _ = Home(sr, h, day0.Add(6*time.Hour), utc); !st.DoneForToday() {
		t.Errorf("twice a day after two: %+v", st)
	}
	// Two a week, both done on Monday and Tuesday: Wednesday asks nothing.
	sr = followed(2, 0)
	step = HomeStep(sr.ID)
	h = []store.Session{done(step, day0), done(step, day0.AddDate(0, 0, 1))}
	if st, _ = Home(sr, h, day0.AddDate(0, 0, 2), utc); !st.DoneForToday() || st.WeekDone != 2 {
		t.Errorf("weekly target met: %+v", st)
	}
	// Every day: the week's count never makes today done.
	sr = followed(7, 0)
	if st, _ = Home(sr, nil, day0, utc); st.DoneForToday() {
		t.Errorf("every day, nothing done: %+v", st)
	}
}

func TestHomes(t *testing.T) {
	a, b := followed(3, 0), followed(3, 0)
	b.ID, b.Followed = "r2", time.Time{}
	got := Homes(store.Data{Routines: []store.SavedRoutine{a, b}}, day0, utc)
	if len(got) != 1 || got[0].Routine.ID != "r1" {
		t.Errorf("Homes = %+v, want only the followed one", got)
	}
}

package store

import (
	"slices"
	"testing"
	"time"
)

// twoTabs returns a common base and two changes made from it, as two tabs
// that each read base and wrote within the same millisecond would.
func twoTabs() (base, a, b Data) {
	base = full()
	base.Rev = 4
	a, b = base, base
	a.Rev, b.Rev = 5, 5

	a = RecordSession(a, Session{ID: "tab-a", Name: "Morning", Started: t0.Add(50 * time.Hour), ActiveSeconds: 90})
	a.Favourites.ToggleExercise("bird-dog")
	a.Settings.Sound = true
	a.Routines = nil // tab A deleted the saved routine

	b = RecordSession(b, Session{ID: "tab-b", Name: "Evening", Started: t0.Add(51 * time.Hour), ActiveSeconds: 120})
	b.Favourites.ToggleExercise("cat-cow") // unstarred
	b.Settings.Theme = "light"
	b.LastCheck = t0
	return base, a, b
}

func TestRebaseKeepsBothTabsChanges(t *testing.T) {
	base, a, b := twoTabs()
	got := Rebase(base, a, b)
	ids := func(h []Session) (out []string) {
		for _, s := range h {
			out = append(out, s.ID)
		}
		return out
	}
	if want := []string{"a", "b", "tab-a", "tab-b"}; !slices.Equal(ids(got.History), want) {
		t.Errorf("history %v, want %v", ids(got.History), want)
	}
	if want := []string{"bird-dog", "dead-bug"}; !slices.Equal(got.Favourites.Exercises, want) {
		t.Errorf("favourite exercises %v, want %v", got.Favourites.Exercises, want)
	}
	if len(got.Routines) != 0 {
		t.Errorf("routines %v, want the one tab A deleted gone", got.Routines)
	}
	if !got.Settings.Sound || got.Settings.Theme != "light" || got.Settings.ReminderMinutes != 45 {
		t.Errorf("settings %+v, want tab A's sound and tab B's theme", got.Settings)
	}
	if !got.LastCheck.Equal(t0) || got.Rev != 5 {
		t.Errorf("last check %v rev %d", got.LastCheck, got.Rev)
	}
}

// Both tabs may notice the clash and merge: they must store the same text,
// or they would answer each other for ever.
func TestRebaseIsTheSameFromEitherTab(t *testing.T) {
	base, a, b := twoTabs()
	a.Settings.Theme, a.Settings.ReminderMinutes = "dark", 30 // both changed the theme
	b.Settings.ReminderMinutes = 60
	b = RecordSession(b, Session{ID: "b", Name: "Mine", Started: t0.Add(26 * time.Hour), ActiveSeconds: 200, PlannedSeconds: 600})
	a = RecordSession(a, Session{ID: "b", Name: "Mine", Started: t0.Add(26 * time.Hour), ActiveSeconds: 150, PlannedSeconds: 600})
	fromA, err := Marshal(Rebase(base, a, b))
	if err != nil {
		t.Fatal(err)
	}
	fromB, _ := Marshal(Rebase(base, b, a))
	if fromA != fromB {
		t.Errorf("the merges differ:\nfrom A %s\nfrom B %s", fromA, fromB)
	}
}

// A tab whose change the other tab had already seen has nothing to add:
// the merge is what the other tab stored, so nothing is written again.
func TestRebaseOfAChangeAlreadyThereChangesNothing(t *testing.T) {
	base, a, _ := twoTabs()
	later := a
	later = RecordSession(later, Session{ID: "after", Name: "Later", Started: t0.Add(60 * time.Hour), ActiveSeconds: 40})
	later.Rev = 6
	if got := Rebase(base, a, later); !Same(got, later) {
		t.Errorf("rebase onto a copy that has the change:\n got %+v\nwant %+v", got, later)
	}
	if _, _, b := twoTabs(); Same(Rebase(base, a, b), b) {
		t.Error("Same does not see tab A's change")
	}
}

// TestRebasePlan: a plan chosen in one tab survives another tab's
// unrelated write, and when both tabs chose, the later start wins
// whichever tab merges.
func TestRebasePlan(t *testing.T) {
	base := Default()
	mine := base
	mine.Plan = Plan{Programme: "loosen-up", Started: time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)}
	theirs := base
	theirs.Settings.Sound = false
	if got := Rebase(base, mine, theirs); got.Plan != mine.Plan || got.Settings.Sound {
		t.Errorf("unrelated write: plan %+v, sound %v", got.Plan, got.Settings.Sound)
	}
	theirs = base
	theirs.Plan = Plan{Programme: "stronger-back", Started: mine.Plan.Started.Add(time.Minute)}
	a, b := Rebase(base, mine, theirs), Rebase(base, theirs, mine)
	if a.Plan != theirs.Plan || b.Plan != theirs.Plan {
		t.Errorf("both chose: %+v and %+v, want the later %+v", a.Plan, b.Plan, theirs.Plan)
	}
}

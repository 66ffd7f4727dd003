package app

import (
	"net/url"
	"testing"
	"time"

	"limber/app/view"
	"limber/app/workout"
	"limber/content"
)

func TestDosageLabel(t *testing.T) {
	for _, c := range []struct {
		d    content.Dosage
		want string
	}{
		{content.Dosage{HoldMin: 20, HoldMax: 30, PerSide: true, Sets: 2}, "Hold 20–30 s · each side · 2 sets"},
		{content.Dosage{HoldMin: 30, Sets: 1}, "Hold 30 s"},
		{content.Dosage{RepsMin: 10, RepsMax: 15, PerSide: true, Sets: 1}, "10–15 reps · each side"},
		{content.Dosage{RepsMin: 8, Sets: 3}, "8 reps · 3 sets"},
	} {
		if got := view.DosageLabel(c.d); got != c.want {
			t.Errorf("dosageLabel(%+v) = %q, want %q", c.d, got, c.want)
		}
	}
}

func TestDurationLabels(t *testing.T) {
	for _, c := range []struct {
		s         int
		dur, mins string
	}{
		{0, "0 s", "1 min"}, {45, "45 s", "1 min"}, {60, "1 min", "1 min"}, {90, "1 min 30 s", "2 min"}, {1250, "20 min 50 s", "21 min"},
	} {
		if got := view.DurationLabel(c.s); got != c.dur {
			t.Errorf("durationLabel(%d) = %q, want %q", c.s, got, c.dur)
		}
		if got := view.MinutesLabel(c.s); got != c.mins {
			t.Errorf("minutesLabel(%d) = %q, want %q", c.s, got, c.mins)
		}
	}
}

// nextWake must land on every whole second of the countdown and on the
// deadline itself, never sleeping past either.
func TestNextWakeHitsSecondsAndDeadlines(t *testing.T) {
	for _, c := range []struct {
		remaining time.Duration
		want      time.Duration
	}{
		{10 * time.Second, 250 * time.Millisecond},
		{9*time.Second + 200*time.Millisecond, 201 * time.Millisecond},
		{9*time.Second + 700*time.Millisecond, 250 * time.Millisecond},
		{120 * time.Millisecond, 121 * time.Millisecond},
		{0, 250 * time.Millisecond},
	} {
		got := nextWake(workout.Snapshot{Remaining: c.remaining})
		if got != c.want {
			t.Errorf("nextWake(%v) = %v, want %v", c.remaining, got, c.want)
		}
	}
	if got := nextWake(workout.Snapshot{Remaining: 5 * time.Second, Paused: true}); got != 250*time.Millisecond {
		t.Errorf("paused: %v", got)
	}
}

func TestQuickTimerClampsItsLink(t *testing.T) {
	q, _ := url.ParseQuery("hold=9999&sides=7&sets=-3&name=<script>")
	got := parseQuickTimer(q)
	want := quickTimer{Hold: quickHoldMax, Sides: 2, Sets: 1}
	if got != want {
		t.Errorf("parseQuickTimer = %+v, want %+v", got, want)
	}
	r, _, phases, err := quickPlan(url.Values{"hold": {"20"}, "sides": {"2"}, "sets": {"2"}, "name": {"plank"}})
	if err != nil || r.Name != "Plank" {
		t.Fatalf("quickPlan: %v, %q", err, r.Name)
	}
	// get ready, L, switch, R, rest, L, switch, R, done
	if len(phases) != 9 {
		t.Errorf("quick plan has %d phases, want 9", len(phases))
	}
}

func TestRoutesCoverTheContent(t *testing.T) {
	paths := map[string]bool{}
	for _, p := range Paths() {
		paths[p] = true
	}
	for _, e := range content.Exercises {
		if !paths["/exercises/"+e.Slug] || !IsKnownPath("/exercises/"+e.Slug) {
			t.Errorf("no route for exercise %s", e.Slug)
		}
	}
	for _, r := range content.Routines {
		if !paths["/routines/"+r.Slug+"/play"] {
			t.Errorf("no player route for %s", r.Slug)
		}
	}
	for _, p := range []string{"/routines/shared", "/routines/saved/play", "/routines/quick/play"} {
		if paths[p] || !IsKnownPath(p) {
			t.Errorf("%s should be routable but not listed", p)
		}
	}
	if IsKnownPath("/exercises/nope") || IsKnownPath(NotFoundPath) {
		t.Error("unknown paths must not be known")
	}
}

func TestHistoryDayLabel(t *testing.T) {
	if got := dayLabel(0, 0); got != ": no sessions" {
		t.Errorf("empty day: %q", got)
	}
	if got := dayLabel(2, 103); got != ": "+view.DurationLabel(103)+", 2 sessions" {
		t.Errorf("two sessions: %q", got)
	}
}

package workout

import (
	"testing"
	"time"

	"limber/content"
)

// TestEstimateMatchesPlan: a routine card's "about N min" is the time the
// player actually takes, for every built-in routine without self-counted
// reps (those have no fixed length).
func TestEstimateMatchesPlan(t *testing.T) {
	checked := 0
	for _, r := range content.Routines {
		steps, err := FromRoutine(r, content.ExerciseBySlug)
		if err != nil {
			t.Fatalf("%s: %v", r.Slug, err)
		}
		timed := true
		for _, s := range steps {
			if s.Hold == 0 && s.Tempo == 0 {
				timed = false
			}
		}
		if !timed {
			continue
		}
		plan, err := BuildPlan(steps, time.Duration(r.LeadIn)*time.Second)
		if err != nil {
			t.Fatalf("%s: %v", r.Slug, err)
		}
		var total time.Duration
		for _, p := range plan {
			total += p.Duration
		}
		if got, want := total, time.Duration(r.EstimatedSeconds())*time.Second; got != want {
			t.Errorf("%s: the player takes %v, the card says %v", r.Slug, got, want)
		}
		checked++
	}
	if checked < 3 {
		t.Fatalf("only %d routines were fully timed; the test proves little", checked)
	}
}

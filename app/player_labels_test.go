package app

import (
	"testing"
	"time"

	"limber/app/view"
	"limber/app/workout"
)

func TestPhaseAndSideLabels(t *testing.T) {
	hold := workout.Phase{Kind: workout.Hold, Name: "Hamstring stretch", Side: workout.Left, Set: 2, Sets: 3, Duration: 30 * time.Second}
	cases := []struct {
		ph         workout.Phase
		phase, sid string
	}{
		{hold, "Hold · set 2 of 3", "Left side"},
		{workout.Phase{Kind: workout.Hold, Side: workout.Right, Set: 1, Sets: 1}, "Hold", "Right side"},
		{workout.Phase{Kind: workout.SwitchSides, Side: workout.Right}, "Switch sides", "Next: right side"},
		{workout.Phase{Kind: workout.CountedReps, Reps: 12, Set: 1, Sets: 2}, "12 reps at your pace · set 1 of 2", ""},
		{workout.Phase{Kind: workout.PacedReps, Reps: 8, Set: 1, Sets: 1}, "Follow the beeps", ""},
		{workout.Phase{Kind: workout.GetReady}, "Get ready", ""},
		{workout.Phase{Kind: workout.Rest}, "Rest", ""},
		{workout.Phase{Kind: workout.Done}, "Done", ""},
	}
	for _, c := range cases {
		if got := phaseLabel(c.ph); got != c.phase {
			t.Errorf("phaseLabel(%v) = %q, want %q", c.ph.Kind, got, c.phase)
		}
		if got := sideLabel(c.ph); got != c.sid {
			t.Errorf("sideLabel(%v, %v) = %q, want %q", c.ph.Kind, c.ph.Side, got, c.sid)
		}
	}
}

func TestCountdownWords(t *testing.T) {
	hold := workout.Phase{Kind: workout.Hold, Duration: 90 * time.Second}
	cases := []struct {
		s          workout.Snapshot
		text, unit string
	}{
		{workout.Snapshot{Phase: hold, Remaining: 75*time.Second + 200*time.Millisecond}, "1:16", "min:sec left"},
		{workout.Snapshot{Phase: hold, Remaining: 29*time.Second + time.Millisecond}, "30", "seconds"},
		{workout.Snapshot{Phase: hold, Remaining: 400 * time.Millisecond}, "1", "second"},
		{workout.Snapshot{Phase: workout.Phase{Kind: workout.CountedReps, Reps: 10}}, "10", "reps · tap Done"},
		{workout.Snapshot{Phase: workout.Phase{Kind: workout.PacedReps, Reps: 8}, Rep: 0}, "1/8", "rep"},
		{workout.Snapshot{Phase: workout.Phase{Kind: workout.PacedReps, Reps: 8}, Rep: 5}, "5/8", "rep"},
	}
	for _, c := range cases {
		if got := countdownText(c.s); got != c.text {
			t.Errorf("countdownText(%v, %v) = %q, want %q", c.s.Phase.Kind, c.s.Remaining, got, c.text)
		}
		if got := countdownUnit(c.s); got != c.unit {
			t.Errorf("countdownUnit(%v, %v) = %q, want %q", c.s.Phase.Kind, c.s.Remaining, got, c.unit)
		}
	}
}

func TestNextLabel(t *testing.T) {
	cases := []struct {
		s    workout.Snapshot
		want string
	}{
		{workout.Snapshot{}, "Last one"},
		{workout.Snapshot{HasNext: true, Next: workout.Phase{Kind: workout.Rest, Duration: 15 * time.Second}}, "Next: rest " + view.DurationLabel(15)},
		{workout.Snapshot{HasNext: true, Next: workout.Phase{Kind: workout.SwitchSides}}, "Next: switch sides"},
		{workout.Snapshot{HasNext: true, Next: workout.Phase{Kind: workout.Hold, Name: "Figure-four", Side: workout.Right}}, "Next: Figure-four, right side"},
		{workout.Snapshot{HasNext: true, Next: workout.Phase{Kind: workout.PacedReps, Name: "Cat-cow"}}, "Next: Cat-cow"},
	}
	for _, c := range cases {
		if got := nextLabel(c.s); got != c.want {
			t.Errorf("nextLabel(%+v) = %q, want %q", c.s.Next, got, c.want)
		}
	}
}

package app

import (
	"fmt"
	"math"
	"strings"
	"time"

	"limber/app/view"
	"limber/app/workout"
)

// Words and numbers the running player shows (tested in player_labels_test.go).

func phaseLabel(ph workout.Phase) string {
	switch ph.Kind {
	case workout.GetReady:
		return "Get ready"
	case workout.Hold:
		return setLabel("Hold", ph)
	case workout.SwitchSides:
		return "Switch sides"
	case workout.PacedReps:
		return setLabel("Follow the beeps", ph)
	case workout.CountedReps:
		return setLabel(fmt.Sprintf("%d reps at your pace", ph.Reps), ph)
	case workout.Rest:
		return "Rest"
	}
	return "Done"
}

func setLabel(s string, ph workout.Phase) string {
	if ph.Sets > 1 {
		return fmt.Sprintf("%s · set %d of %d", s, ph.Set, ph.Sets)
	}
	return s
}

func sideLabel(ph workout.Phase) string {
	if ph.Kind == workout.SwitchSides {
		return "Next: " + strings.ToLower(ph.Side.String()) + " side"
	}
	side := ph.Side.String()
	if side == "" {
		return ""
	}
	return strings.ToUpper(side[:1]) + side[1:] + " side"
}

func countdownText(s workout.Snapshot) string {
	switch s.Phase.Kind {
	case workout.CountedReps:
		return view.Itoa(s.Phase.Reps)
	case workout.PacedReps:
		return fmt.Sprintf("%d/%d", max(s.Rep, 1), s.Phase.Reps)
	}
	secs := int(math.Ceil(s.Remaining.Seconds()))
	if secs >= 60 {
		return fmt.Sprintf("%d:%02d", secs/60, secs%60)
	}
	return view.Itoa(secs)
}

func countdownUnit(s workout.Snapshot) string {
	switch s.Phase.Kind {
	case workout.CountedReps:
		return "reps · tap Done"
	case workout.PacedReps:
		return "rep"
	}
	switch secs := int(math.Ceil(s.Remaining.Seconds())); {
	case secs == 1:
		return "second"
	case secs >= 60:
		return "min:sec left"
	}
	return "seconds"
}

func nextLabel(s workout.Snapshot) string {
	if !s.HasNext {
		return "Last one"
	}
	n := s.Next
	switch n.Kind {
	case workout.Rest:
		return "Next: rest " + view.DurationLabel(int(n.Duration/time.Second))
	case workout.SwitchSides:
		return "Next: switch sides"
	}
	if n.Side != workout.NoSide {
		return "Next: " + n.Name + ", " + strings.ToLower(n.Side.String()) + " side"
	}
	return "Next: " + n.Name
}

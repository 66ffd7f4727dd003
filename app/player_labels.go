package app

import (
	"fmt"
	"math"
	"strings"
	"time"

	"limber/app/i18n"
	"limber/app/view"
	"limber/app/workout"
)

// Words and numbers the running player shows (tested in player_labels_test.go).

func phaseLabel(ph workout.Phase) string {
	switch ph.Kind {
	case workout.GetReady:
		return i18n.T("Get ready")
	case workout.Hold:
		return setLabel(i18n.T("Hold"), ph)
	case workout.SwitchSides:
		return i18n.T("Switch sides")
	case workout.PacedReps:
		return setLabel(i18n.T("Follow the beeps"), ph)
	case workout.CountedReps:
		return setLabel(i18n.N("{n} reps at your pace", ph.Reps), ph)
	case workout.Rest:
		return i18n.T("Rest")
	}
	return i18n.T("Done")
}

func setLabel(s string, ph workout.Phase) string {
	if ph.Sets > 1 {
		return i18n.F("{phase} · set {set} of {sets}", "phase", s, "set", view.Itoa(ph.Set), "sets", view.Itoa(ph.Sets))
	}
	return s
}

func sideLabel(ph workout.Phase) string {
	if ph.Kind == workout.SwitchSides {
		switch ph.Side {
		case workout.Left:
			return i18n.T("Next: left side")
		case workout.Right:
			return i18n.T("Next: right side")
		}
		return "Next: " + strings.ToLower(ph.Side.String()) + " side" // not reached: a switch is always to a side
	}
	switch ph.Side {
	case workout.Left:
		return i18n.T("Left side")
	case workout.Right:
		return i18n.T("Right side")
	}
	return ""
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
		return i18n.T("reps · tap Done")
	case workout.PacedReps:
		return i18n.T("rep")
	}
	switch secs := int(math.Ceil(s.Remaining.Seconds())); {
	case secs == 1:
		return i18n.T("second")
	case secs >= 60:
		return i18n.T("min:sec left")
	}
	return i18n.T("seconds")
}

func nextLabel(s workout.Snapshot) string {
	if !s.HasNext {
		return i18n.T("Last one")
	}
	n := s.Next
	switch n.Kind {
	case workout.Rest:
		return i18n.F("Next: rest {time}", "time", view.DurationLabel(int(n.Duration/time.Second)))
	case workout.SwitchSides:
		return i18n.T("Next: switch sides")
	}
	switch n.Side {
	case workout.Left:
		return i18n.F("Next: {exercise}, left side", "exercise", i18n.T(n.Name))
	case workout.Right:
		return i18n.F("Next: {exercise}, right side", "exercise", i18n.T(n.Name))
	}
	return i18n.F("Next: {exercise}", "exercise", i18n.T(n.Name))
}

package routinelink

import (
	"fmt"

	"limber/content"
)

// cleanRx repairs a prescription: text cleaned and cut, frequency set to
// an allowed value, length clamped to 0..MaxWeeks.
func cleanRx(rx content.Prescription) (content.Prescription, []Problem) {
	var problems, p []Problem
	rx.Suits, p = suitsField.clean(rx.Suits)
	problems = append(problems, p...)
	rx.Instructions, p = instructionsField.clean(rx.Instructions)
	problems = append(problems, p...)
	if to := allowedPerWeek(rx.PerWeek); to != rx.PerWeek {
		problems = append(problems, Problem{Message: fmt.Sprintf(
			"%d sessions a week is outside 1–7 or twice a day; %s.", rx.PerWeek, perWeekFix(to))})
		rx.PerWeek = to
	}
	rx.Weeks = clamp(rx.Weeks, 0, MaxWeeks, func(from, to int) {
		fix := fmt.Sprintf("it was set to %d weeks", to)
		if to == 0 {
			fix = "it was left out"
		}
		problems = append(problems, Problem{Message: fmt.Sprintf(
			"A programme of %d weeks is outside 1–%d weeks; %s.", from, MaxWeeks, fix)})
	})
	return rx, problems
}

// allowedPerWeek maps v to the nearest of 0 (not said), 1–7 and
// TwiceADay. 8–13 become 7 rather than 14 so a slip never doubles a dose.
func allowedPerWeek(v int) int {
	switch {
	case v < 0:
		return 0
	case v <= 7:
		return v
	case v < content.TwiceADay:
		return 7
	}
	return content.TwiceADay
}

func perWeekFix(to int) string {
	switch to {
	case 0:
		return "it was left out"
	case content.TwiceADay:
		return "it was set to twice a day"
	}
	return fmt.Sprintf("it was set to %d a week", to)
}

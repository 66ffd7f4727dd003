package routinelink

import (
	"limber/app/i18n"
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
		problems = append(problems, Problem{Message: perWeekProblem(rx.PerWeek, to)})
		rx.PerWeek = to
	}
	rx.Weeks = clamp(rx.Weeks, 0, MaxWeeks, func(from, to int) {
		msg := i18n.F("A programme of {from} weeks is outside 1–{max} weeks; it was set to {to} weeks.", "from", itoa(from), "max", itoa(MaxWeeks), "to", itoa(to))
		if to == 0 {
			msg = i18n.F("A programme of {from} weeks is outside 1–{max} weeks; it was left out.", "from", itoa(from), "max", itoa(MaxWeeks))
		}
		problems = append(problems, Problem{Message: msg})
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

// perWeekProblem says that from sessions a week was changed to to.
func perWeekProblem(from, to int) string {
	switch to {
	case 0:
		return i18n.F("{from} sessions a week is outside 1–7 or twice a day; it was left out.", "from", itoa(from))
	case content.TwiceADay:
		return i18n.F("{from} sessions a week is outside 1–7 or twice a day; it was set to twice a day.", "from", itoa(from))
	}
	return i18n.F("{from} sessions a week is outside 1–7 or twice a day; it was set to {to} a week.", "from", itoa(from), "to", itoa(to))
}

package view

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/content"
)

// RoutineOverview is the description, a prescriber's instructions, facts,
// actions (Start first, above the fold) and step list shared by built-in,
// shared and saved routines.
func RoutineOverview(r content.Routine, actions ...goapp.UI) goapp.UI {
	return El("div", "routine-overview",
		ElText("h1", "", r.Name),
		goapp.If(r.Description != "", func() goapp.UI { return ElText("p", "lead", r.Description) }),
		PrescriptionCard(r.Rx),
		routineFacts(r),
		El("div", "actions", actions...),
		ElText("h2", "", "Steps"),
		El("ol", "routine-steps",
			goapp.Range(r.Steps).Slice(func(i int) goapp.UI {
				return routineStepItem(r.Steps[i])
			}),
		),
	)
}

// routineFacts are time, exercises and equipment: a grid, or under a
// prescriber's instructions one line, so Start stays on the first screen.
func routineFacts(r content.Routine) goapp.UI {
	if !r.Rx.IsZero() {
		return ElemText("p", "facts-line", AboutLabel(r.EstimatedSeconds())+" · "+CountLabel(len(r.Steps), "exercise")+" · "+EquipmentLabel(r.Equipment())).ID("routine-time")
	}
	return El("dl", "facts",
		El("div", "", ElText("dt", "", "Time"), ElemText("dd", "", AboutLabel(r.EstimatedSeconds())).ID("routine-time")),
		El("div", "", ElText("dt", "", "Exercises"), ElText("dd", "", Itoa(len(r.Steps)))),
		El("div", "wide", ElText("dt", "", "Equipment"), ElText("dd", "", EquipmentLabel(r.Equipment()))),
	)
}

func routineStepItem(s content.RoutineStep) goapp.UI {
	e, ok := content.ExerciseBySlug(s.Exercise)
	if !ok {
		return ElText("li", "", "Unknown exercise")
	}
	return El("li", "routine-step",
		Illustration(e.Slug, true),
		El("div", "",
			LinkText("step-name", "/exercises/"+e.Slug, e.Name),
			ElText("span", "step-dose", StepDoseLabel(s)),
			StepNote(s),
		),
	)
}

// StepDoseLabel writes a routine step's dosage, e.g. "30 s · each side · 2 sets · rest 15 s".
func StepDoseLabel(s content.RoutineStep) string {
	var parts []string
	switch {
	case s.HoldSeconds > 0:
		parts = append(parts, DurationLabel(s.HoldSeconds))
	case s.TempoSeconds > 0:
		parts = append(parts, i18n.N("{n} reps, paced", s.Reps))
	default:
		parts = append(parts, i18n.N("{n} reps", s.Reps))
	}
	if s.PerSide {
		parts = append(parts, i18n.T("each side"))
	}
	if s.Sets > 1 {
		parts = append(parts, i18n.N("{n} sets", s.Sets))
	}
	if s.RestSeconds > 0 {
		parts = append(parts, i18n.F("rest {time}", "time", DurationLabel(s.RestSeconds)))
	}
	return strings.Join(parts, " · ")
}

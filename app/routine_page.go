package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/content"
)

// RoutinePage shows a routine's steps, total time and equipment, with Start.
//
// Slug comes from the route, so the first render has the routine.
type RoutinePage struct {
	goapp.Compo
	Slug string
}

func (p *RoutinePage) Render() goapp.UI {
	r, _ := content.RoutineBySlug(p.Slug)
	return shell(tabRoutines,
		crumbs(navLink{Href: "/", Label: "Home"}, navLink{Href: "/routines", Label: "Routines"}, navLink{Label: r.Name}),
		routineOverview(r,
			startLink("button primary big", "start-routine", "/routines/"+r.Slug+"/play"),
			&FavouriteButton{Kind: "routine", Slug: r.Slug},
			&ShareButton{Title: r.Name, Text: r.Summary},
		),
		stopRules(),
	)
}

// routineOverview is the description, facts, actions (Start first, above
// the fold) and step list shared by built-in, shared and saved routines.
func routineOverview(r content.Routine, actions ...goapp.UI) goapp.UI {
	return el("div", "routine-overview",
		elText("h1", "", r.Name),
		goapp.If(r.Description != "", func() goapp.UI { return elText("p", "lead", r.Description) }),
		el("dl", "facts",
			el("div", "", elText("dt", "", "Time"), elemText("dd", "", "About "+minutesLabel(r.EstimatedSeconds())).ID("routine-time")),
			el("div", "", elText("dt", "", "Exercises"), elText("dd", "", itoa(len(r.Steps)))),
			el("div", "wide", elText("dt", "", "Equipment"), elText("dd", "", equipmentLabel(r.Equipment()))),
		),
		el("div", "actions", actions...),
		elText("h2", "", "Steps"),
		el("ol", "routine-steps",
			goapp.Range(r.Steps).Slice(func(i int) goapp.UI {
				return routineStepItem(r.Steps[i])
			}),
		),
	)
}

func routineStepItem(s content.RoutineStep) goapp.UI {
	e, ok := content.ExerciseBySlug(s.Exercise)
	if !ok {
		return elText("li", "", "Unknown exercise")
	}
	return el("li", "routine-step",
		illustration(e.Slug, true),
		el("div", "",
			linkText("step-name", "/exercises/"+e.Slug, e.Name),
			elText("span", "step-dose", stepDoseLabel(s)),
		),
	)
}

// stepDoseLabel writes a routine step's dosage, e.g. "30 s · each side · 2 sets · rest 15 s".
func stepDoseLabel(s content.RoutineStep) string {
	var parts []string
	switch {
	case s.HoldSeconds > 0:
		parts = append(parts, durationLabel(s.HoldSeconds))
	case s.TempoSeconds > 0:
		parts = append(parts, itoa(s.Reps)+" reps, paced")
	default:
		parts = append(parts, itoa(s.Reps)+" reps")
	}
	if s.PerSide {
		parts = append(parts, "each side")
	}
	if s.Sets > 1 {
		parts = append(parts, itoa(s.Sets)+" sets")
	}
	if s.RestSeconds > 0 {
		parts = append(parts, "rest "+durationLabel(s.RestSeconds))
	}
	return strings.Join(parts, " · ")
}

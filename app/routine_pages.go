package app

import (
	"net/url"
	"slices"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/store"
	"limber/content"
)

// RoutinesPage lists the guided routines, favourites and the user's own.
type RoutinesPage struct {
	goapp.Compo
	saved []store.SavedRoutine
	favs  []string
}

var routinesMeta = pageMeta{
	Title:       "Guided routines",
	Description: "Hands-free routines for tight hamstrings and a stiff lower back: a desk break, a warm-up, stretches, back relief, strength and a full session.",
	Path:        "/routines",
}

func (p *RoutinesPage) OnPreRender(ctx goapp.Context) { applyMeta(ctx, routinesMeta) }
func (p *RoutinesPage) OnNav(ctx goapp.Context) {
	applyMeta(ctx, routinesMeta)
	d := loadData()
	p.saved, p.favs = d.Routines, d.Favourites.Routines
}

func (p *RoutinesPage) deleteSaved(id string) {
	d, err := updateData(func(d *store.Data) {
		for i, s := range d.Routines {
			if s.ID == id {
				d.Routines = append(d.Routines[:i:i], d.Routines[i+1:]...)
				return
			}
		}
	})
	if err == nil {
		p.saved = d.Routines
	}
}

func (p *RoutinesPage) renderSaved() goapp.UI {
	return goapp.Section().Class("block").Aria("labelledby", "yours-h").Body(
		goapp.H2().ID("yours-h").Text("Your routines"),
		goapp.If(len(p.saved) == 0, func() goapp.UI {
			return goapp.P().Class("empty").Text("Routines you build or save from a shared link appear here.")
		}),
		goapp.Ul().Class("routine-grid").ID("saved-routines").Body(goapp.Range(p.saved).Slice(func(i int) goapp.UI {
			s := p.saved[i]
			return goapp.Li().Class("card saved-routine").Body(
				goapp.Span().Class("card-title").Text(s.Routine.Name),
				goapp.Span().Class("card-text").Text(countLabel(len(s.Routine.Steps), "exercise")+" · about "+minutesLabel(s.Routine.EstimatedSeconds())),
				goapp.Div().Class("actions").Body(
					goapp.A().Class("button primary small").Href("/routines/saved/play?id="+url.QueryEscape(s.ID)).Body(icon("play"), goapp.Span().Text("Start")),
					goapp.Button().Class("button small ghost").Type("button").Text("Delete").
						Aria("label", "Delete "+s.Routine.Name).
						OnClick(func(ctx goapp.Context, e goapp.Event) { p.deleteSaved(s.ID) }),
				),
			)
		})),
	)
}

func (p *RoutinesPage) Render() goapp.UI {
	return shell(tabRoutines,
		goapp.H1().Text("Guided routines"),
		goapp.P().Class("lead").Text("Put your phone down where you can see it, press Start, and follow the voice and beeps. The screen stays on."),
		goapp.Ul().Class("routine-grid").Body(goapp.Range(content.Routines).Slice(func(i int) goapp.UI {
			return routineCard(content.Routines[i], slices.Contains(p.favs, content.Routines[i].Slug))
		})),
		p.renderSaved(),
		goapp.Div().Class("actions").Body(
			goapp.A().Class("button primary").Href("/routines/new").Body(icon("routines"), goapp.Span().Text("Build a routine")),
			goapp.A().Class("button").Href("/history").Body(icon("history"), goapp.Span().Text("Your history")),
			goapp.A().Class("button").Href("/timer").Body(icon("timer"), goapp.Span().Text("Quick timer")),
		),
	)
}

func routineCard(r content.Routine, favourite bool) goapp.UI {
	return goapp.Li().Body(
		goapp.A().Class("card link-card routine-card").Href("/routines/"+r.Slug).Body(
			goapp.Span().Class("card-title").Text(r.Name),
			goapp.Span().Class("card-text").Text(r.Summary),
			goapp.Span().Class("badges").Body(
				goapp.Span().Class("badge").Body(icon("clock"), goapp.Text("About "+minutesLabel(r.EstimatedSeconds()))),
				goapp.Span().Class("badge").Text(countLabel(len(r.Steps), "exercise")),
				goapp.If(favourite, func() goapp.UI { return goapp.Span().Class("badge fav-badge").Text("★ Favourite") }),
			),
		),
	)
}

// RoutinePage shows a routine's steps, total time and equipment, with Start.
type RoutinePage struct {
	goapp.Compo
	routine content.Routine
}

func (p *RoutinePage) OnPreRender(ctx goapp.Context) { p.load(ctx) }
func (p *RoutinePage) OnNav(ctx goapp.Context)       { p.load(ctx) }

func (p *RoutinePage) load(ctx goapp.Context) {
	slug := strings.TrimPrefix(routePath(ctx), "/routines/")
	p.routine, _ = content.RoutineBySlug(slug)
	applyMeta(ctx, pageMeta{Title: p.routine.Name + " routine", Description: p.routine.Summary, Path: "/routines/" + slug})
}

func (p *RoutinePage) Render() goapp.UI {
	r := p.routine
	return shell(tabRoutines,
		crumbs(navLink{Href: "/", Label: "Home"}, navLink{Href: "/routines", Label: "Routines"}, navLink{Label: r.Name}),
		routineOverview(r,
			goapp.A().Class("button primary big").ID("start-routine").Href("/routines/"+r.Slug+"/play").Body(icon("play"), goapp.Span().Text("Start")),
			&FavouriteButton{Kind: "routine", Slug: r.Slug},
			&ShareButton{Title: r.Name, Text: r.Summary},
		),
		stopRules(),
	)
}

// routineOverview is the description, facts, actions (Start first, above
// the fold) and step list shared by built-in, shared and saved routines.
func routineOverview(r content.Routine, actions ...goapp.UI) goapp.UI {
	return goapp.Div().Class("routine-overview").Body(
		goapp.H1().Text(r.Name),
		goapp.If(r.Description != "", func() goapp.UI { return goapp.P().Class("lead").Text(r.Description) }),
		goapp.Dl().Class("facts").Body(
			goapp.Div().Body(goapp.Dt().Text("Time"), goapp.Dd().ID("routine-time").Text("About "+minutesLabel(r.EstimatedSeconds()))),
			goapp.Div().Body(goapp.Dt().Text("Exercises"), goapp.Dd().Text(itoa(len(r.Steps)))),
			goapp.Div().Class("wide").Body(goapp.Dt().Text("Equipment"), goapp.Dd().Text(equipmentLabel(r.Equipment()))),
		),
		goapp.Div().Class("actions").Body(actions...),
		goapp.H2().Text("Steps"),
		goapp.Ol().Class("routine-steps").Body(goapp.Range(r.Steps).Slice(func(i int) goapp.UI {
			return routineStepItem(r.Steps[i])
		})),
	)
}

func routineStepItem(s content.RoutineStep) goapp.UI {
	e, ok := content.ExerciseBySlug(s.Exercise)
	if !ok {
		return goapp.Li().Text("Unknown exercise")
	}
	return goapp.Li().Class("routine-step").Body(
		illustration(e.Slug, true),
		goapp.Div().Body(
			goapp.A().Class("step-name").Href("/exercises/"+e.Slug).Text(e.Name),
			goapp.Span().Class("step-dose").Text(stepDoseLabel(s)),
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

package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/redflag"
	"limber/content"
)

// ExercisePage shows one exercise: drawing, dosage, set-up, steps, cues,
// mistakes, cautions and related moves.
type ExercisePage struct {
	goapp.Compo
	exercise content.Exercise
}

func (p *ExercisePage) OnPreRender(ctx goapp.Context) { p.load(ctx) }
func (p *ExercisePage) OnNav(ctx goapp.Context)       { p.load(ctx) }

func (p *ExercisePage) load(ctx goapp.Context) {
	slug := strings.TrimPrefix(routePath(ctx), "/exercises/")
	p.exercise, _ = content.ExerciseBySlug(slug)
	m := pageMeta{Title: p.exercise.Name, Description: p.exercise.Summary, Path: "/exercises/" + slug}
	if ill, ok := content.IllustrationFor(slug); ok {
		m.Image = previewImagePath(slug)
		m.ImageAlt = ill.Alt
	}
	applyMeta(ctx, m)
}

// previewImagePath is the PNG card generated at build time for link
// previews (most previewers do not render SVG).
func previewImagePath(slug string) string {
	return "/web/previews/" + slug + ".png"
}

func (p *ExercisePage) Render() goapp.UI {
	e := p.exercise
	return shell(tabExercises,
		crumbs(navLink{Href: "/", Label: "Home"}, navLink{Href: "/exercises", Label: "Exercises"}, navLink{Label: e.Name}),
		goapp.Article().Class("exercise").Body(
			goapp.Header().Class("exercise-head").Body(
				goapp.H1().Text(e.Name),
				goapp.P().Class("lead").Text(e.Summary),
				goapp.Div().Class("badges").Body(
					goapp.Span().Class("badge kind-"+string(e.Kind)).Text(kindLabel(e.Kind)),
					goapp.Range(e.Regions).Slice(func(i int) goapp.UI {
						return goapp.A().Class("badge").Href("/exercises?region=" + string(e.Regions[i])).Text(regionLabel(e.Regions[i]))
					}),
				),
			),
			goapp.Figure().Class("exercise-figure").Body(illustration(e.Slug, false)),
			goapp.Dl().Class("facts").Body(
				goapp.Div().Body(goapp.Dt().Text("Dose"), goapp.Dd().ID("dosage").Text(dosageLabel(e.Dosage))),
				goapp.Div().Body(goapp.Dt().Text("Equipment"), goapp.Dd().Text(equipmentLabel(e.Equipment))),
			),
			goapp.Div().Class("exercise-actions").Body(
				goapp.A().Class("button primary").Href(quickTimerLink(e)).Body(icon("timer"), goapp.Span().Text("Time it")),
				&FavouriteButton{Kind: "exercise", Slug: e.Slug},
				&ShareButton{Title: e.Name, Text: e.Summary},
			),
			goapp.Section().Class("block").Body(goapp.H2().Text("Set-up"), goapp.P().Text(e.Setup)),
			goapp.Section().Class("block").Body(
				goapp.H2().Text("Steps"),
				goapp.Ol().Class("numbered").Body(goapp.Range(e.Steps).Slice(func(i int) goapp.UI { return goapp.Li().Text(e.Steps[i]) })),
			),
			textListBlock("What to feel and focus on", e.Cues, "cues"),
			textListBlock("Common mistakes", e.Mistakes, "mistakes"),
			goapp.Section().Class("block caution").Aria("labelledby", "caution-h").Body(
				goapp.H2().ID("caution-h").Text("Take care"),
				goapp.Ul().Body(goapp.Range(e.Cautions).Slice(func(i int) goapp.UI { return goapp.Li().Text(e.Cautions[i]) })),
				stopRules(),
			),
			goapp.If(len(e.Related) > 0, func() goapp.UI {
				return goapp.Section().Class("block").Body(goapp.H2().Text("Related exercises"), exerciseCards(e.Related))
			}),
			goapp.If(e.Strategy != "", func() goapp.UI {
				s, ok := content.StrategyBySlug(e.Strategy)
				if !ok {
					return nil
				}
				return goapp.P().Class("see-also").Body(
					goapp.Text("Part of the strategy "),
					goapp.A().Href("/guide/strategies/"+s.Slug).Text(s.Title),
					goapp.Text("."),
				)
			}),
		),
	)
}

func textListBlock(title string, items []string, class string) goapp.UI {
	if len(items) == 0 {
		return nil
	}
	return goapp.Section().Class("block "+class).Body(
		goapp.H2().Text(title),
		goapp.Ul().Class("item-list").Body(goapp.Range(items).Slice(func(i int) goapp.UI { return goapp.Li().Text(items[i]) })),
	)
}

// stopRules is the shared "stop and check" box shown on every stretch page
// and in the player.
func stopRules() goapp.UI {
	return goapp.Div().Class("stop-rules").Body(
		goapp.P().Body(goapp.Strong().Text("Stop and check if you feel sharp pain, pain shooting down a leg, or new numbness or tingling.")),
		goapp.A().Class("button danger small").Href("/check").Text("Open the red-flag check"),
		goapp.Details().Body(
			goapp.Summary().Text("All stop rules"),
			goapp.Ul().Body(goapp.Range(redflag.StopRules).Slice(func(i int) goapp.UI { return goapp.Li().Text(redflag.StopRules[i]) })),
		),
	)
}

// quickTimerLink opens the quick timer preset for the exercise's dosage.
func quickTimerLink(e content.Exercise) string {
	d := e.Dosage
	if d.HoldMin > 0 {
		hold := d.HoldMax
		if hold == 0 {
			hold = d.HoldMin
		}
		return "/timer?hold=" + itoa(hold) + "&sides=" + itoa(sidesOf(d.PerSide)) + "&sets=" + itoa(max(d.Sets, 1)) + "&name=" + e.Slug
	}
	return "/timer?mode=reps&target=" + itoa(max(d.RepsMax, d.RepsMin)) + "&sides=" + itoa(sidesOf(d.PerSide)) + "&name=" + e.Slug
}

func sidesOf(perSide bool) int {
	if perSide {
		return 2
	}
	return 1
}

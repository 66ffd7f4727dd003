package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/content"
)

// HomePage is where to start: today's suggestions, quick picks by body area
// and the ways into the guide, the library and help.
type HomePage struct {
	goapp.Compo
}

var homeMeta = pageMeta{
	Title:       "Stretch guide & timer for tight hamstrings and lower back",
	Description: "Limber is an offline guide and workout timer for tight hamstrings and a stiff lower back: why they tighten, what helps, and guided routines.",
	Path:        "/",
}

func (p *HomePage) OnPreRender(ctx goapp.Context) { applyMeta(ctx, homeMeta) }
func (p *HomePage) OnNav(ctx goapp.Context)       { applyMeta(ctx, homeMeta) }

func (p *HomePage) Render() goapp.UI {
	return shell(tabHome,
		goapp.Section().Class("hero").Body(
			goapp.H1().Text("Loosen tight hamstrings and a stiff lower back"),
			goapp.P().Class("lead").Text("Short, guided routines and a plain-language guide to why the backs of your legs and your lower back tighten together, and what actually helps."),
			goapp.Div().Class("hero-actions").Body(
				goapp.A().Class("button primary").Href("/routines/desk-break").Body(icon("play"), goapp.Span().Text("5-minute desk break")),
				goapp.A().Class("button").Href("/guide").Body(icon("guide"), goapp.Span().Text("Read the guide")),
			),
		),
		goapp.Section().Class("block").Aria("labelledby", "areas-h").Body(
			goapp.H2().ID("areas-h").Text("Where do you feel it?"),
			goapp.Ul().Class("chip-grid").Body(
				goapp.Range(content.Regions).Slice(func(i int) goapp.UI {
					r := content.Regions[i]
					return goapp.Li().Body(
						goapp.A().Class("area-card").Href("/exercises?region="+string(r)).Body(
							goapp.Span().Class("area-name").Text(regionLabel(r)),
							goapp.Span().Class("area-count").Text(countLabel(len(content.ExercisesByRegion(r)), "exercise")),
						),
					)
				}),
			),
		),
		goapp.Section().Class("block").Aria("labelledby", "start-h").Body(
			goapp.H2().ID("start-h").Text("Where to start"),
			goapp.Ol().Class("steps-list").Body(
				goapp.Li().Body(goapp.A().Href("/check").Text("Run the two-minute red-flag check")),
				goapp.Li().Body(goapp.A().Href("/guide/pelvis-link").Text("See how your hamstrings and lower back pull on each other")),
				goapp.Li().Body(goapp.A().Href("/routines/dynamic-warm-up").Text("Warm up, then stretch while you're warm")),
				goapp.Li().Body(goapp.A().Href("/guide/strategies/strength-for-balance").Text("Add strength for balance, two or three times a week")),
			),
		),
		goapp.Section().Class("block").Aria("labelledby", "more-h").Body(
			goapp.H2().ID("more-h").Text("Explore"),
			goapp.Ul().Class("card-grid").Body(
				homeCard("/guide", "guide", "The guide", "Causes, the pelvis link, seven strategies and prevention."),
				homeCard("/exercises", "library", "Exercise library", countLabel(len(content.Exercises), "exercise")+" with steps, cues and common mistakes."),
				homeCard("/routines", "routines", "Guided routines", "Hands-free timers for holds, reps and rests."),
				homeCard("/timer", "timer", "Quick timer", "A simple hold timer and rep counter."),
				homeCard("/faq", "help", "FAQ", "Short answers to the common questions."),
				homeCard("/help", "help", "When to get help", "Signs that need a professional, and the red-flag check."),
			),
		),
		// Last on the page: it appears only after the app starts, and
		// nothing below it can be pushed down (no layout shift).
		&InstallPrompt{},
	)
}

func homeCard(href, iconName, title, text string) goapp.UI {
	return goapp.Li().Body(
		goapp.A().Class("card link-card").Href(href).Body(
			icon(iconName),
			goapp.Span().Class("card-title").Text(title),
			goapp.Span().Class("card-text").Text(text),
		),
	)
}

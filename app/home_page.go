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

func (p *HomePage) Render() goapp.UI {
	return shell(tabHome,
		el("section", "hero",
			elText("h1", "", "Loosen tight hamstrings and a stiff lower back"),
			elText("p", "lead", "Short, guided routines and a plain-language guide to why the backs of your legs and your lower back tighten together, and what actually helps."),
			el("div", "hero-actions",
				link("button primary", "/routines/desk-break", icon(iconPlay), elText("span", "", "5-minute desk break")),
				link("button", "/guide", icon(iconGuide), elText("span", "", "Read the guide")),
			),
		),
		&FavouritesBlock{},
		elem("section", "block",
			elemText("h2", "", "Where do you feel it?").ID("areas-h"),
			el("ul", "chip-grid",
				goapp.Range(content.Regions).Slice(func(i int) goapp.UI {
					r := content.Regions[i]
					return el("li", "",
						link("area-card", "/exercises?region="+string(r),
							elText("span", "area-name", regionLabel(r)),
							elText("span", "area-count", countLabel(content.CountByRegion(r), "exercise")),
						),
					)
				}),
			),
		).Aria("labelledby", "areas-h"),
		elem("section", "block",
			elemText("h2", "", "Where to start").ID("start-h"),
			el("ol", "steps-list",
				el("li", "", linkText("", "/check", "Run the two-minute red-flag check")),
				el("li", "", linkText("", "/guide/pelvis-link", "See how your hamstrings and lower back pull on each other")),
				el("li", "", linkText("", "/routines/dynamic-warm-up", "Warm up, then stretch while you're warm")),
				el("li", "", linkText("", "/guide/strategies/strength-for-balance", "Add strength for balance, two or three times a week")),
			),
		).Aria("labelledby", "start-h"),
		elem("section", "block",
			elemText("h2", "", "Explore").ID("more-h"),
			el("ul", "card-grid",
				homeCard("/guide", iconGuide, "The guide", "Causes, the pelvis link, seven strategies and prevention."),
				homeCard("/exercises", iconLibrary, "Exercise library", countLabel(len(content.Exercises), "exercise")+" with steps, cues and common mistakes."),
				homeCard("/routines", iconRoutines, "Guided routines", "Hands-free timers for holds, reps and rests."),
				homeCard("/timer", iconTimer, "Quick timer", "A simple hold timer and rep counter."),
				homeCard("/faq", iconFaq, "FAQ", "Short answers to the common questions."),
				homeCard("/help", iconHelp, "When to get help", "Signs that need a professional, and the red-flag check."),
			),
		).Aria("labelledby", "more-h"),
		// Last on the page: it appears only after the app starts, and
		// nothing below it can be pushed down (no layout shift).
		&InstallPrompt{},
	)
}

// homeCard is a list item linking to href: an icon, a title and a line.
func homeCard(href string, ic iconName, title, text string) goapp.UI {
	return el("li", "",
		link("card link-card", href,
			icon(ic),
			elText("span", "card-title", title),
			elText("span", "card-text", text),
		),
	)
}

// tocCard is homeCard without the icon, for the guide's tables of contents.
func tocCard(href, title, text string) goapp.UI {
	return el("li", "",
		link("card link-card", href,
			elText("span", "card-title", title),
			elText("span", "card-text", text),
		),
	)
}

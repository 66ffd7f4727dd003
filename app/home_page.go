package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/view"
	"limber/content"
)

// HomePage is where to start: today's suggestions, quick picks by body area
// and the ways into the guide, the library and help.
type HomePage struct {
	goapp.Compo
}

func (p *HomePage) Render() goapp.UI {
	return shell(view.TabHome,
		view.El("section", "hero",
			view.ElText("h1", "", "Loosen tight hamstrings and a stiff lower back"),
			view.ElText("p", "lead", "Short, guided routines and a plain-language guide to why the backs of your legs and your lower back tighten together, and what actually helps."),
			view.El("div", "hero-actions",
				view.Link("button primary", "/routines/desk-break", view.Icon(view.IconPlay), view.ElText("span", "", "5-minute desk break")),
				view.Link("button", "/guide", view.Icon(view.IconGuide), view.ElText("span", "", "Read the guide")),
			),
		),
		&TodayCard{},
		&FavouritesBlock{},
		view.Elem("section", "block",
			view.ElemText("h2", "", "Where do you feel it?").ID("areas-h"),
			view.El("ul", "chip-grid",
				goapp.Range(content.Regions).Slice(func(i int) goapp.UI {
					r := content.Regions[i]
					return view.El("li", "",
						view.Link("area-card", "/exercises?region="+string(r),
							view.ElText("span", "area-name", view.RegionLabel(r)),
							view.ElText("span", "area-count", view.CountLabel(content.CountByRegion(r), "exercise")),
						),
					)
				}),
			),
		).Aria("labelledby", "areas-h"),
		view.Elem("section", "block",
			view.ElemText("h2", "", "Where to start").ID("start-h"),
			view.El("ol", "steps-list",
				view.El("li", "", view.LinkText("", "/check", "Run the two-minute red-flag check")),
				view.El("li", "", view.LinkText("", "/guide/pelvis-link", "See how your hamstrings and lower back pull on each other")),
				view.El("li", "", view.LinkText("", "/routines/dynamic-warm-up", "Warm up, then stretch while you're warm")),
				view.El("li", "", view.LinkText("", "/guide/strategies/strength-for-balance", "Add strength for balance, two or three times a week")),
			),
		).Aria("labelledby", "start-h"),
		view.Elem("section", "block",
			view.ElemText("h2", "", "Explore").ID("more-h"),
			view.El("ul", "card-grid",
				view.HomeCard("/guide", view.IconGuide, i18n.T("The guide"), i18n.T("Causes, the pelvis link, seven strategies and prevention.")),
				view.HomeCard("/exercises", view.IconLibrary, i18n.T("Exercise library"), i18n.F("{exercises} with steps, cues and common mistakes.", "exercises", view.CountLabel(len(content.Exercises), "exercise"))),
				view.HomeCard("/routines", view.IconRoutines, i18n.T("Guided routines"), i18n.T("Hands-free timers for holds, reps and rests.")),
				view.HomeCard("/timer", view.IconTimer, i18n.T("Quick timer"), i18n.T("A simple hold timer and rep counter.")),
				view.HomeCard("/progress", view.IconHistory, i18n.T("Your progress"), i18n.T("Pain, stiffness and sessions over time, from your own answers.")),
				view.HomeCard("/faq", view.IconFaq, i18n.T("FAQ"), i18n.T("Short answers to the common questions.")),
				view.HomeCard("/help", view.IconHelp, i18n.T("When to get help"), i18n.T("Signs that need a professional, and the red-flag check.")),
			),
		).Aria("labelledby", "more-h"),
		// Last on the page: it appears only after the app starts, and
		// nothing below it can be pushed down (no layout shift).
		&InstallPrompt{},
	)
}

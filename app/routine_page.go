package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/view"
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
	return shell(view.TabRoutines,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Href: "/routines", Label: "Routines"}, view.NavLink{Label: r.Name}),
		view.RoutineOverview(r,
			StartLink("button primary big", "start-routine", "/routines/"+r.Slug+"/play"),
			&FavouriteButton{Kind: "routine", Slug: r.Slug},
			&ShareButton{Title: r.Name, Text: r.Summary},
		),
		view.StopRules(),
	)
}

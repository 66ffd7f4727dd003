package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/qrcode"
	"limber/app/view"
	"limber/content"
)

// RoutinePage shows a routine's steps, total time and equipment, with
// Start, and ways to pass it on: a QR code, sharing, a printable sheet.
//
// Slug comes from the route, so the first render has the routine.
type RoutinePage struct {
	goapp.Compo
	Slug string

	// qr is drawn on the client, which knows the page's address, for
	// qrFor: go-app may reuse this component for another routine.
	qr, qrFor string
}

func (p *RoutinePage) Render() goapp.UI {
	r, _ := content.RoutineBySlug(p.Slug)
	if goapp.IsClient && p.qrFor != r.Slug {
		p.qr, _ = qrcode.SVG(pageOrigin()+i18n.Path("/routines/"+r.Slug), i18n.F("QR code of the link to {routine}", "routine", i18n.T(r.Name)))
		p.qrFor = r.Slug
	}
	return shell(view.TabRoutines,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Href: "/routines", Label: "Routines"}, view.NavLink{Label: r.Name}),
		view.RoutineOverview(r,
			StartLink("button primary big", "start-routine", "/routines/"+r.Slug+"/play", r.Name),
			&FavouriteButton{Kind: "routine", Slug: r.Slug},
		),
		view.QRCard(p.qr, "/routines/sheet?slug="+r.Slug, &ShareButton{Title: r.Name, Text: r.Summary}),
		view.StopRules(),
	)
}

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// NotFoundPage is shown for unknown routes (the server also answers 404).
type NotFoundPage struct{ goapp.Compo }

func (p *NotFoundPage) Render() goapp.UI {
	return shell(tabNone,
		el("section", "not-found",
			elemText("h1", "", "We couldn't find that page").ID("not-found"),
			elText("p", "lead", "The link may be old or cut short. Nothing you saved has been lost."),
			el("div", "hero-actions",
				link("button primary", "/", icon(iconHome), elText("span", "", "Go home")),
				link("button", "/exercises", icon(iconLibrary), elText("span", "", "Browse exercises")),
			),
		),
	)
}

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/view"
)

// NotFoundPage is shown for unknown routes (the server also answers 404).
type NotFoundPage struct{ goapp.Compo }

func (p *NotFoundPage) Render() goapp.UI {
	return shell(view.TabNone,
		view.El("section", "not-found",
			view.ElemText("h1", "", "We couldn't find that page").ID("not-found"),
			view.ElText("p", "lead", "The link may be old or cut short. Nothing you saved has been lost."),
			view.El("div", "hero-actions",
				view.Link("button primary", "/", view.Icon(view.IconHome), view.ElText("span", "", "Go home")),
				view.Link("button", "/exercises", view.Icon(view.IconLibrary), view.ElText("span", "", "Browse exercises")),
			),
		),
	)
}

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/view"
	"limber/content"
)

// AboutPage names the sources, the privacy promise and the disclaimer.
type AboutPage struct{ goapp.Compo }

func (p *AboutPage) Render() goapp.UI {
	return shell(view.TabNone,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Label: "About"}),
		view.ElText("h1", "", "About Limber"),
		view.ElText("p", "lead", content.AboutIntro),
		view.El("section", "block callout", view.ElText("h2", "", "Limber informs, it does not diagnose"), view.ElText("p", "", content.Disclaimer)),
		view.El("section", "block",
			view.ElText("h2", "", "Sources"),
			view.El("ul", "item-list",
				goapp.Range(content.Sources).Slice(func(i int) goapp.UI {
					s := content.Sources[i]
					return view.El("li", "", view.ElText("strong", "", s.Title), goapp.Text(" — "+i18n.T(s.Note)))
				}),
			),
		),
		view.El("section", "block", view.ElText("h2", "", "Your data"), view.ElText("p", "", content.Privacy)),
		view.El("section", "block",
			view.ElText("h2", "", "Works offline"),
			view.ElText("p", "", "After your first visit, every page, exercise, routine, timer and the red-flag check work with no signal. Add Limber to your home screen to open it like an app."),
		),
	)
}

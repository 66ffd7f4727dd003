package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/content"
)

// AboutPage names the sources, the privacy promise and the disclaimer.
type AboutPage struct{ goapp.Compo }

func (p *AboutPage) Render() goapp.UI {
	return shell(tabNone,
		crumbs(navLink{Href: "/", Label: "Home"}, navLink{Label: "About"}),
		elText("h1", "", "About Limber"),
		elText("p", "lead", content.AboutIntro),
		el("section", "block callout", elText("h2", "", "Limber informs, it does not diagnose"), elText("p", "", content.Disclaimer)),
		el("section", "block",
			elText("h2", "", "Sources"),
			el("ul", "item-list",
				goapp.Range(content.Sources).Slice(func(i int) goapp.UI {
					s := content.Sources[i]
					return el("li", "", elText("strong", "", s.Title), goapp.Text(" — "+s.Note))
				}),
			),
		),
		el("section", "block", elText("h2", "", "Your data"), elText("p", "", content.Privacy)),
		el("section", "block",
			elText("h2", "", "Works offline"),
			elText("p", "", "After your first visit, every page, exercise, routine, timer and the red-flag check work with no signal. Add Limber to your home screen to open it like an app."),
		),
	)
}

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/view"
	"limber/content"
)

// GuideIndexPage lists the guide's sections and the seven strategies.
type GuideIndexPage struct {
	goapp.Compo
}

func (p *GuideIndexPage) Render() goapp.UI {
	return shell(view.TabNone,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Label: "Guide"}),
		view.ElText("h1", "", "The guide"),
		view.ElText("p", "lead", metaFor("/guide").Description),
		view.El("ol", "toc",
			goapp.Range(content.Sections).Slice(func(i int) goapp.UI {
				s := content.Sections[i]
				return view.TocCard("/guide/"+s.Slug, s.Title, s.Description)
			}),
		),
		view.ElText("h2", "", "The seven strategies"),
		strategyList(),
		view.ElText("h2", "", "More"),
		view.El("ul", "card-grid",
			view.HomeCard("/faq", view.IconFaq, "Frequently asked questions", "Five short answers."),
			view.HomeCard("/help", view.IconHelp, "When to get help", "The signs that need a professional."),
		),
	)
}

func strategyList() goapp.UI {
	return view.El("ol", "toc",
		goapp.Range(content.Strategies).Slice(func(i int) goapp.UI {
			s := content.Strategies[i]
			return view.TocCard("/guide/strategies/"+s.Slug, s.Title, s.Summary)
		}),
	)
}

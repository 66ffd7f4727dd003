package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/content"
)

// GuideIndexPage lists the guide's sections and the seven strategies.
type GuideIndexPage struct {
	goapp.Compo
}

func (p *GuideIndexPage) Render() goapp.UI {
	return shell(tabNone,
		crumbs(navLink{Href: "/", Label: "Home"}, navLink{Label: "Guide"}),
		elText("h1", "", "The guide"),
		elText("p", "lead", metaFor("/guide").Description),
		el("ol", "toc",
			goapp.Range(content.Sections).Slice(func(i int) goapp.UI {
				s := content.Sections[i]
				return tocCard("/guide/"+s.Slug, s.Title, s.Description)
			}),
		),
		elText("h2", "", "The seven strategies"),
		strategyList(),
		elText("h2", "", "More"),
		el("ul", "card-grid",
			homeCard("/faq", iconFaq, "Frequently asked questions", "Five short answers."),
			homeCard("/help", iconHelp, "When to get help", "The signs that need a professional."),
		),
	)
}

func strategyList() goapp.UI {
	return el("ol", "toc",
		goapp.Range(content.Strategies).Slice(func(i int) goapp.UI {
			s := content.Strategies[i]
			return tocCard("/guide/strategies/"+s.Slug, s.Title, s.Summary)
		}),
	)
}

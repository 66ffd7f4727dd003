package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/view"
	"limber/content"
)

// GuideIndexPage lists the guide's sections and the seven strategies, then
// the glossary, the FAQ and when to get help.
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
			view.HomeCard("/glossary", view.IconGuide, i18n.T("Glossary"), i18n.T("The words the guide uses, in plain language.")),
			view.HomeCard("/faq", view.IconFaq, i18n.T("Frequently asked questions"), i18n.T("Five short answers.")),
			view.HomeCard("/help", view.IconHelp, i18n.T("When to get help"), i18n.T("The signs that need a professional.")),
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

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/view"
	"limber/content"
)

// FAQPage answers the five common questions.
type FAQPage struct{ goapp.Compo }

func (p *FAQPage) Render() goapp.UI {
	return shell(view.TabNone,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Label: "FAQ"}),
		view.ElText("h1", "", "Frequently asked questions"),
		view.El("div", "faq",
			goapp.Range(content.FAQs).Slice(func(i int) goapp.UI {
				f := content.FAQs[i]
				return view.Elem("section", "faq-item",
					view.ElText("h2", "", f.Question),
					view.ElText("p", "", f.Answer),
					goapp.If(len(f.Links) > 0, func() goapp.UI {
						return view.El("p", "see-also",
							goapp.Text(i18n.T("Read more:")+" "),
							goapp.Range(f.Links).Slice(func(j int) goapp.UI { return guideLink(f.Links[j]) }),
						)
					}),
				).ID(f.Slug)
			}),
		),
	)
}

// guideLink links a section or strategy slug by its title.
func guideLink(slug string) goapp.UI {
	if s, ok := content.SectionBySlug(slug); ok {
		return view.LinkText("inline-link", "/guide/"+slug, s.Title)
	}
	if s, ok := content.StrategyBySlug(slug); ok {
		return view.LinkText("inline-link", "/guide/strategies/"+slug, s.Title)
	}
	return nil
}

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/view"
	"limber/content"
)

// GuideSectionPage shows one section of the guide, chosen by the URL.
// Slug comes from the route, so the first render has the section.
type GuideSectionPage struct {
	goapp.Compo
	Slug string
}

func (p *GuideSectionPage) Render() goapp.UI {
	s, _ := content.SectionBySlug(p.Slug)
	g := view.NewGlossed()
	return shell(view.TabNone,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Href: "/guide", Label: "Guide"}, view.NavLink{Label: s.Title}),
		view.El("article", "prose",
			view.ElText("h1", "", s.Title),
			view.El("p", "lead", g.Text(s.Intro)...),
			goapp.Range(s.Blocks).Slice(func(i int) goapp.UI { return renderBlock(g, s.Blocks[i]) }),
			goapp.If(s.Slug == "strategies", func() goapp.UI { return strategyList() }),
			goapp.If(len(s.Exercises) > 0, func() goapp.UI {
				return view.El("section", "", view.ElText("h2", "", "Try these"), view.ExerciseCards(s.Exercises))
			}),
			pager(sectionNeighbours(s.Slug)),
			&ShareButton{Title: i18n.T(s.Title), Text: i18n.T(s.Description)},
		),
	)
}

// renderBlock draws a block of the guide; g links the page's first use of
// each glossary term.
func renderBlock(g *view.Glossed, b content.Block) goapp.UI {
	return view.El("section", "block",
		goapp.If(b.Heading != "", func() goapp.UI { return view.ElText("h2", "", b.Heading) }),
		goapp.Range(b.Paragraphs).Slice(func(i int) goapp.UI { return view.El("p", "", g.Text(b.Paragraphs[i])...) }),
		goapp.If(len(b.Items) > 0, func() goapp.UI { return renderItems(g, b.Items) }),
	)
}

func renderItems(g *view.Glossed, items []content.Item) goapp.UI {
	return view.El("ul", "item-list",
		goapp.Range(items).Slice(func(i int) goapp.UI {
			it := items[i]
			if it.Lead == "" {
				return view.El("li", "", g.Text(it.Text)...)
			}
			return view.El("li", "", append([]goapp.UI{view.ElText("strong", "", i18n.T(it.Lead)+". ")}, g.Text(it.Text)...)...)
		}),
	)
}

// sectionNeighbours returns the previous and next guide pages for reading on.
func sectionNeighbours(slug string) (prev, next view.NavLink) {
	return neighbours(content.Sections, slug, func(s content.Section) (string, string, string) {
		return s.Slug, "/guide/" + s.Slug, s.Title
	})
}

// neighbours finds the items either side of slug in an ordered list.
func neighbours[T any](list []T, slug string, link func(T) (slug, href, label string)) (prev, next view.NavLink) {
	for i, item := range list {
		if s, _, _ := link(item); s != slug {
			continue
		}
		if i > 0 {
			_, href, label := link(list[i-1])
			prev = view.NavLink{Href: href, Label: label}
		}
		if i < len(list)-1 {
			_, href, label := link(list[i+1])
			next = view.NavLink{Href: href, Label: label}
		}
	}
	return prev, next
}

func pager(prev, next view.NavLink) goapp.UI {
	return view.Elem("nav", "pager",
		goapp.If(prev.Href != "", func() goapp.UI {
			return view.Link("pager-prev", prev.Href, view.ElText("span", "pager-hint", "Previous"), view.ElText("span", "", prev.Label))
		}),
		goapp.If(next.Href != "", func() goapp.UI {
			return view.Link("pager-next", next.Href, view.ElText("span", "pager-hint", "Next"), view.ElText("span", "", next.Label))
		}),
	).Aria("label", i18n.T("Read on"))
}

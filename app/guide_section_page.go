package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

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
	return shell(tabNone,
		crumbs(navLink{Href: "/", Label: "Home"}, navLink{Href: "/guide", Label: "Guide"}, navLink{Label: s.Title}),
		el("article", "prose",
			elText("h1", "", s.Title),
			elText("p", "lead", s.Intro),
			goapp.Range(s.Blocks).Slice(func(i int) goapp.UI { return renderBlock(s.Blocks[i]) }),
			goapp.If(s.Slug == "strategies", func() goapp.UI { return strategyList() }),
			goapp.If(len(s.Exercises) > 0, func() goapp.UI {
				return el("section", "", elText("h2", "", "Try these"), exerciseCards(s.Exercises))
			}),
			pager(sectionNeighbours(s.Slug)),
			&ShareButton{Title: s.Title, Text: s.Description},
		),
	)
}

func renderBlock(b content.Block) goapp.UI {
	return el("section", "block",
		goapp.If(b.Heading != "", func() goapp.UI { return elText("h2", "", b.Heading) }),
		goapp.Range(b.Paragraphs).Slice(func(i int) goapp.UI { return elText("p", "", b.Paragraphs[i]) }),
		goapp.If(len(b.Items) > 0, func() goapp.UI { return renderItems(b.Items) }),
	)
}

func renderItems(items []content.Item) goapp.UI {
	return el("ul", "item-list",
		goapp.Range(items).Slice(func(i int) goapp.UI {
			it := items[i]
			if it.Lead == "" {
				return elText("li", "", it.Text)
			}
			return el("li", "", elText("strong", "", it.Lead+". "), goapp.Text(it.Text))
		}),
	)
}

// sectionNeighbours returns the previous and next guide pages for reading on.
func sectionNeighbours(slug string) (prev, next navLink) {
	return neighbours(content.Sections, slug, func(s content.Section) (string, string, string) {
		return s.Slug, "/guide/" + s.Slug, s.Title
	})
}

// neighbours finds the items either side of slug in an ordered list.
func neighbours[T any](list []T, slug string, link func(T) (slug, href, label string)) (prev, next navLink) {
	for i, item := range list {
		if s, _, _ := link(item); s != slug {
			continue
		}
		if i > 0 {
			_, href, label := link(list[i-1])
			prev = navLink{Href: href, Label: label}
		}
		if i < len(list)-1 {
			_, href, label := link(list[i+1])
			next = navLink{Href: href, Label: label}
		}
	}
	return prev, next
}

func pager(prev, next navLink) goapp.UI {
	return elem("nav", "pager",
		goapp.If(prev.Href != "", func() goapp.UI {
			return link("pager-prev", prev.Href, elText("span", "pager-hint", "Previous"), elText("span", "", prev.Label))
		}),
		goapp.If(next.Href != "", func() goapp.UI {
			return link("pager-next", next.Href, elText("span", "pager-hint", "Next"), elText("span", "", next.Label))
		}),
	).Aria("label", "Read on")
}

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/content"
)

// StrategyPage shows one of the seven strategies: when, how and why.
// Slug comes from the route, so the first render has the strategy.
type StrategyPage struct {
	goapp.Compo
	Slug string
}

func (p *StrategyPage) Render() goapp.UI {
	s, _ := content.StrategyBySlug(p.Slug)
	prev, next := strategyNeighbours(s.Slug)
	return shell(tabNone,
		crumbs(navLink{Href: "/", Label: "Home"}, navLink{Href: "/guide", Label: "Guide"}, navLink{Href: "/guide/strategies", Label: "Strategies"}, navLink{Label: s.Title}),
		el("article", "prose",
			elText("h1", "", s.Title),
			elText("p", "lead", s.Summary),
			el("section", "block", elText("h2", "", "When"), elText("p", "", s.When)),
			el("section", "block",
				elText("h2", "", "How"),
				el("ul", "item-list", goapp.Range(s.How).Slice(func(i int) goapp.UI { return elText("li", "", s.How[i]) })),
			),
			el("section", "block", elText("h2", "", "Why it helps"), elText("p", "", s.Why)),
			goapp.If(len(s.Exercises) > 0, func() goapp.UI {
				return el("section", "", elText("h2", "", "Exercises"), exerciseCards(s.Exercises))
			}),
			pager(prev, next),
			&ShareButton{Title: s.Title, Text: s.Summary},
		),
	)
}

func strategyNeighbours(slug string) (prev, next navLink) {
	return neighbours(content.Strategies, slug, func(s content.Strategy) (string, string, string) {
		return s.Slug, "/guide/strategies/" + s.Slug, s.Title
	})
}

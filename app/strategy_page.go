package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/view"
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
	g := view.NewGlossed()
	return shell(view.TabNone,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Href: "/guide", Label: "Guide"}, view.NavLink{Href: "/guide/strategies", Label: "Strategies"}, view.NavLink{Label: s.Title}),
		view.El("article", "prose",
			view.ElText("h1", "", s.Title),
			view.ElText("p", "lead", s.Summary),
			view.El("section", "block", view.ElText("h2", "", "When"), view.El("p", "", g.Text(s.When)...)),
			view.El("section", "block",
				view.ElText("h2", "", "How"),
				view.El("ul", "item-list", goapp.Range(s.How).Slice(func(i int) goapp.UI { return view.El("li", "", g.Text(s.How[i])...) })),
			),
			view.El("section", "block", view.ElText("h2", "", "Why it helps"), view.El("p", "", g.Text(s.Why)...)),
			goapp.If(len(s.Exercises) > 0, func() goapp.UI {
				return view.El("section", "", view.ElText("h2", "", "Exercises"), view.ExerciseCards(s.Exercises))
			}),
			pager(prev, next),
			&ShareButton{Title: s.Title, Text: s.Summary},
		),
	)
}

func strategyNeighbours(slug string) (prev, next view.NavLink) {
	return neighbours(content.Strategies, slug, func(s content.Strategy) (string, string, string) {
		return s.Slug, "/guide/strategies/" + s.Slug, s.Title
	})
}

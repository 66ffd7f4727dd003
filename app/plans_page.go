package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/storage"
	"limber/app/view"
	"limber/content"
)

// PlansPage lists the plans a person can follow, theirs first.
type PlansPage struct {
	goapp.Compo
	storage.DataWatch

	current string // the programme followed, if any
}

func (p *PlansPage) OnMount(ctx goapp.Context) {
	p.load()
	p.Watch(ctx, p.load)
}

func (p *PlansPage) load() { p.current = storage.Load().Plan.Programme }

func (p *PlansPage) Render() goapp.UI {
	return shell(view.TabRoutines,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Href: "/routines", Label: "Routines"}, view.NavLink{Label: "Plans"}),
		view.ElText("h1", "", "Plans to follow"),
		view.ElText("p", "lead", "A plan tells you what to do each day and builds up week by week. Pick one, or none: every routine stays open either way. Missed a day? The next session simply waits."),
		view.El("ul", "card-grid",
			goapp.Range(content.Programmes).Slice(func(i int) goapp.UI {
				return programmeCard(content.Programmes[i], content.Programmes[i].Slug == p.current)
			}),
		),
		view.ElText("p", "disclaimer", "The plans are general exercise, not treatment. If you have a condition, are recovering from an injury or are unsure, ask a physiotherapist or doctor which suits you."),
	)
}

package app

import (
	"net/url"
	"slices"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/store"
	"limber/content"
)

// RoutinesPage lists the guided routines, favourites and the user's own.
type RoutinesPage struct {
	goapp.Compo
	dataWatch
	deleted *store.SavedRoutine // the routine just deleted, for Undo
	mounted goapp.Context       // outlives the Delete button, which goes with its row
	saved   []store.SavedRoutine
	favs    []string
}

func (p *RoutinesPage) OnMount(ctx goapp.Context) {
	p.mounted = ctx
	p.watch(ctx, p.load)
}
func (p *RoutinesPage) OnNav(ctx goapp.Context) {
	p.load()
}

func (p *RoutinesPage) load() {
	d := loadData()
	p.saved, p.favs = d.Routines, d.Favourites.Routines
}

func (p *RoutinesPage) deleteSaved(id string) {
	d, _ := updateData(func(d *store.Data) { // a failure is shown by the StatusBar
		for i, s := range d.Routines {
			if s.ID == id {
				p.deleted = &s
				d.Routines = append(d.Routines[:i:i], d.Routines[i+1:]...)
				return
			}
		}
	})
	p.saved = d.Routines
	if p.mounted.Src() != nil {
		p.mounted.Defer(func(goapp.Context) { focusID("undo-delete") }) // the pressed button is gone
	}
}

// undoDelete puts the routine just deleted back, with its ID and date.
func (p *RoutinesPage) undoDelete(ctx goapp.Context, e goapp.Event) {
	back := p.deleted
	p.deleted = nil
	if back == nil {
		return
	}
	d, _ := updateData(func(d *store.Data) {
		for _, s := range d.Routines {
			if s.ID == back.ID {
				return // restored already (another tab)
			}
		}
		d.Routines = append(d.Routines, *back)
		slices.SortStableFunc(d.Routines, func(a, b store.SavedRoutine) int { return a.Saved.Compare(b.Saved) })
	})
	p.saved = d.Routines
}

// ordered is the routines with favourites first.
func (p *RoutinesPage) ordered() []content.Routine {
	return favouritesFirst(content.Routines, p.favs, func(r content.Routine) string { return r.Slug })
}

func (p *RoutinesPage) renderSaved() goapp.UI {
	return elem("section", "block",
		elemText("h2", "", "Your routines").ID("yours-h"),
		goapp.If(p.deleted != nil, func() goapp.UI {
			return elem("p", "share-note undo-note",
				elText("span", "", "Deleted "+p.deleted.Routine.Name+". "),
				elemText("button", "button small", "Undo").ID("undo-delete").Attr("type", "button").OnClick(p.undoDelete),
			).Role("status")
		}),
		goapp.If(len(p.saved) == 0, func() goapp.UI {
			return elText("p", "empty", "Routines you build or save from a shared link appear here.")
		}),
		elem("ul", "routine-grid",
			goapp.Range(p.saved).Slice(func(i int) goapp.UI {
				s := p.saved[i]
				return el("li", "card saved-routine",
					elText("span", "card-title", s.Routine.Name),
					elText("span", "card-text", countLabel(len(s.Routine.Steps), "exercise")+" · about "+minutesLabel(s.Routine.EstimatedSeconds())),
					el("div", "actions",
						startLink("button primary small", "start-saved-"+s.ID, "/routines/saved/play?id="+url.QueryEscape(s.ID)),
						elemText("button", "button small ghost", "Delete").Attr("type", "button").Aria("label", "Delete "+s.Routine.Name).OnClick(func(ctx goapp.Context, e goapp.Event) { p.deleteSaved(s.ID) }, goapp.EventScope(s.ID)),
					),
				)
			}),
		).ID("saved-routines"),
	).Aria("labelledby", "yours-h")
}

func (p *RoutinesPage) Render() goapp.UI {
	return shell(tabRoutines,
		elText("h1", "", "Guided routines"),
		elText("p", "lead", "Put your phone down where you can see it, press Start, and follow the voice and beeps. The screen stays on where the browser allows it."),
		el("ul", "routine-grid",
			goapp.Range(p.ordered()).Slice(func(i int) goapp.UI {
				r := p.ordered()[i]
				return routineCard(r, slices.Contains(p.favs, r.Slug))
			}),
		),
		p.renderSaved(),
		el("div", "actions",
			link("button primary", "/routines/new", icon(iconRoutines), elText("span", "", "Build a routine")),
			link("button", "/history", icon(iconHistory), elText("span", "", "Your history")),
			link("button", "/timer", icon(iconTimer), elText("span", "", "Quick timer")),
		),
	)
}

func routineCard(r content.Routine, favourite bool) goapp.UI {
	return el("li", "",
		link("card link-card routine-card", "/routines/"+r.Slug,
			elText("span", "card-title", r.Name),
			elText("span", "card-text", r.Summary),
			el("span", "badges",
				el("span", "badge", icon(iconClock), goapp.Text("About "+minutesLabel(r.EstimatedSeconds()))),
				elText("span", "badge", countLabel(len(r.Steps), "exercise")),
				goapp.If(favourite, func() goapp.UI { return elText("span", "badge fav-badge", "★ Favourite") }),
			),
		),
	)
}

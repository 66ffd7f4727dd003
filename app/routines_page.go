package app

import (
	"net/url"
	"slices"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/routinelink"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
	"limber/content"
)

// RoutinesPage lists the guided routines, favourites and the user's own.
type RoutinesPage struct {
	goapp.Compo
	storage.DataWatch
	deleted *store.SavedRoutine // the routine just deleted, for Undo
	mounted goapp.Context       // outlives the Delete button, which goes with its row
	saved   []store.SavedRoutine
	favs    []string
	// confirmOut is the routine whose "Take out of plan" asks first:
	// adding it back starts its weeks again.
	confirmOut string
}

func (p *RoutinesPage) OnMount(ctx goapp.Context) {
	p.mounted = ctx
	p.Watch(ctx, p.load)
}
func (p *RoutinesPage) OnNav(ctx goapp.Context) {
	p.load()
}

func (p *RoutinesPage) load() {
	d := storage.Load()
	p.saved, p.favs = d.Routines, d.Favourites.Routines
}

func (p *RoutinesPage) deleteSaved(id string) {
	d, _ := storage.Update(func(d *store.Data) { // a failure is shown by the StatusBar
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
	d, _ := storage.Update(func(d *store.Data) {
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
	return view.Elem("section", "block",
		view.ElemText("h2", "", "Your routines").ID("yours-h"),
		goapp.If(p.deleted != nil, func() goapp.UI {
			return view.Elem("p", "share-note undo-note",
				view.ElText("span", "", i18n.F("Deleted {routine}.", "routine", i18n.T(p.deleted.Routine.Name))+" "),
				view.ElemText("button", "button small", "Undo").ID("undo-delete").Attr("type", "button").OnClick(p.undoDelete),
			).Role("status")
		}),
		goapp.If(len(p.saved) == 0, func() goapp.UI {
			return view.ElText("p", "empty", "Routines you build or save from a shared link appear here.")
		}),
		view.Elem("ul", "routine-grid",
			goapp.Range(p.saved).Slice(func(i int) goapp.UI {
				return p.savedCard(p.saved[i])
			}),
		).ID("saved-routines"),
	).Aria("labelledby", "yours-h")
}

func (p *RoutinesPage) Render() goapp.UI {
	return shell(view.TabRoutines,
		view.ElText("h1", "", "Guided routines"),
		view.ElText("p", "lead", "Put your phone down where you can see it, press Start, and follow the voice and beeps. The screen stays on where the browser allows it."),
		view.El("p", "plans-link",
			view.Link("button", "/plans", view.Icon(view.IconGuide), view.ElText("span", "", "Plans to follow, week by week")),
		),
		view.El("ul", "routine-grid",
			goapp.Range(p.ordered()).Slice(func(i int) goapp.UI {
				r := p.ordered()[i]
				return view.RoutineCard(r, slices.Contains(p.favs, r.Slug))
			}),
		),
		p.renderSaved(),
		view.El("div", "actions",
			view.Link("button primary", "/routines/new", view.Icon(view.IconRoutines), view.ElText("span", "", "Build a routine")),
			view.Link("button", "/history", view.Icon(view.IconHistory), view.ElText("span", "", "Your history")),
			view.Link("button", "/timer", view.Icon(view.IconTimer), view.ElText("span", "", "Quick timer")),
		),
	)
}

// savedCard is one of the person's routines: open, start, edit, add to
// the plan or take it out, delete.
func (p *RoutinesPage) savedCard(s store.SavedRoutine) goapp.UI {
	id := url.QueryEscape(s.ID)
	title := view.ElText("span", "card-title", s.Routine.Name)
	if token, err := routinelink.Encode(s.Routine); err == nil {
		title = view.LinkText("card-title", "/routines/shared?r="+url.QueryEscape(token), s.Routine.Name)
	}
	name := i18n.T(s.Routine.Name)
	text := exerciseCount(len(s.Routine.Steps)) + " · " + i18n.F("about {time}", "time", view.MinutesLabel(s.Routine.EstimatedSeconds()))
	if !s.Followed.IsZero() {
		text += " · " + i18n.T("in your plan")
	}
	return view.El("li", "card saved-routine",
		title,
		view.ElText("span", "card-text", text),
		view.El("div", "actions",
			StartLink("button primary small", "start-saved-"+s.ID, "/routines/saved/play?id="+id, s.Routine.Name),
			view.AnchorText("button small", "/routines/new?edit="+id, "Edit").Aria("label", i18n.F("Edit {routine}", "routine", name)),
			view.Slot(goapp.If(!s.Followed.IsZero(), func() goapp.UI {
				return view.ElemText("button", "button small ghost", "Take out of plan").Attr("type", "button").Aria("label", i18n.F("Take out of plan: {routine}", "routine", name)).
					OnClick(func(ctx goapp.Context, e goapp.Event) { p.confirmOut = s.ID }, goapp.EventScope(s.ID))
			}).Else(func() goapp.UI {
				return view.ElemText("button", "button small ghost", "Add to my plan").Attr("type", "button").Aria("label", i18n.F("Add to my plan: {routine}", "routine", name)).
					OnClick(func(ctx goapp.Context, e goapp.Event) { storage.FollowRoutine(s.Routine); p.load() }, goapp.EventScope(s.ID))
			})),
			view.ElemText("button", "button small ghost", "Delete").Attr("type", "button").Aria("label", i18n.F("Delete {routine}", "routine", name)).OnClick(func(ctx goapp.Context, e goapp.Event) { p.deleteSaved(s.ID) }, goapp.EventScope(s.ID)),
		),
		view.Slot(goapp.If(p.confirmOut == s.ID, func() goapp.UI { return p.confirmOutBox(s) })),
	)
}

// exerciseCount is "1 exercise" or "3 exercises".
func exerciseCount(n int) string {
	return oneOrMany(n, i18n.T("1 exercise"), i18n.N("{n} exercises", n))
}

// confirmOutBox asks before a home programme leaves the plan: its
// sessions stay in history, but adding it again starts at week 1.
func (p *RoutinesPage) confirmOutBox(s store.SavedRoutine) goapp.UI {
	return view.Elem("div", "plan-confirm",
		view.ElemText("p", "", i18n.F("Take {routine} out of your plan? Its sessions stay in your history; if you add it again, it starts at week 1.", "routine", i18n.T(s.Routine.Name))).ID("out-q-"+s.ID),
		view.El("div", "actions",
			view.ElemText("button", "button small primary", "Take it out").ID("out-yes").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) {
				p.confirmOut = ""
				storage.UnfollowRoutine(s.ID)
				p.load()
			}, goapp.EventScope(s.ID)),
			view.ElemText("button", "button small", "Keep it").ID("out-no").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { p.confirmOut = "" }, goapp.EventScope(s.ID)),
		),
	).Role("alertdialog").Aria("labelledby", "out-q-"+s.ID)
}

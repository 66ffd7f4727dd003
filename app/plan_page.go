package app

import (
	"strconv"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/i18n"
	"limber/app/plan"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
	"limber/content"
)

// PlanPage is one programme: who it suits, why it is shaped as it is, each
// week's focus and sessions, and following, pausing, restarting or
// stopping it.
//
// Slug comes from the route, so the first render has the programme.
type PlanPage struct {
	goapp.Compo
	storage.DataWatch
	Slug string

	data    store.Data
	loaded  bool
	confirm string // "switch", "restart" or "stop" while asking first
	saveErr string
	// self is the page's own context: a deferred focus must hang on the
	// page, since go-app drops a Defer whose source (the tapped button)
	// the same render removed.
	self goapp.Context
}

func (p *PlanPage) OnMount(ctx goapp.Context) {
	p.self = ctx
	p.load()
	p.Watch(ctx, p.load)
}

func (p *PlanPage) OnNav(ctx goapp.Context) { p.confirm, p.saveErr = "", "" }

func (p *PlanPage) load() { p.data, p.loaded = storage.Load(), true }

func (p *PlanPage) Render() goapp.UI {
	if !p.loaded && goapp.IsClient {
		p.load()
	}
	prog, _ := content.ProgrammeBySlug(p.Slug)
	st, following := plan.Of(p.data.Plan, p.data.History, time.Now(), nil)
	following = following && st.Programme.Slug == prog.Slug
	return shell(view.TabRoutines,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Href: "/plans", Label: "Plans"}, view.NavLink{Label: prog.Name}),
		view.ElText("h1", "", prog.Name),
		view.ElText("p", "lead", prog.Summary),
		view.ElText("p", "", prog.Description),
		view.Slot(goapp.If(following, func() goapp.UI { return &TodayCard{} })),
		p.actions(prog, following, st),
		view.Slot(goapp.If(p.saveErr != "", func() goapp.UI {
			return view.ElemText("p", "caution", p.saveErr).ID("plan-error").Role("alert")
		})),
		view.Elem("section", "block",
			view.ElText("h2", "", "Why it's built this way"),
			view.ElText("p", "", prog.Evidence),
			goapp.If(prog.Extra != "", func() goapp.UI {
				return view.ElemText("p", "", i18n.F("Besides the sessions: {extra}", "extra", extraAfterColon(prog.Extra))).ID("plan-extra")
			}),
			view.LinkText("", "/about", "Sources, on About"),
		),
		view.Elem("section", "block",
			view.ElText("h2", "", "Week by week"),
			view.El("ol", "plan-weeks",
				goapp.Range(prog.Weeks).Slice(func(i int) goapp.UI { return p.week(prog, i, following, st) }),
			),
		),
		view.StopRules(),
	)
}

func (p *PlanPage) week(prog content.Programme, i int, following bool, st plan.Status) goapp.UI {
	w := prog.Weeks[i]
	return view.El("li", "plan-week",
		view.ElText("h3", "", i18n.N("Week {n}", i+1)),
		view.ElText("p", "", w.Focus),
		view.El("ol", "plan-sessions",
			goapp.Range(w.Sessions).Slice(func(j int) goapp.UI {
				s := w.Sessions[j]
				r, _ := s.Dosed()
				step := plan.Step{Programme: prog.Slug, Week: i + 1, Session: j + 1}
				label := i18n.T(r.Name) + " · " + i18n.F("about {time}", "time", view.MinutesLabel(r.EstimatedSeconds())) + stretchDose(s)
				class := ""
				if following && st.Next == step && !st.Finished {
					class, label = "plan-next", label+" · "+i18n.T("next")
				}
				return view.ElemText("li", class, label).DataSet("step", step.String())
			}),
		),
	)
}

// extraAfterColon is a plan's Extra, translated, to follow "Besides the
// sessions:". English and Spanish go on in lower case after a colon;
// German keeps the capital (a whole sentence follows, and its nouns must
// keep theirs anyway).
func extraAfterColon(extra string) string {
	extra = i18n.T(extra)
	if i18n.Current() == i18n.German {
		return extra
	}
	return lowerFirst(extra)
}

// stretchDose says what the plan changes about the routine's stretches.
func stretchDose(s content.ProgrammeSession) string {
	switch {
	case s.StretchHold > 0 && s.StretchSets > 1:
		return " · " + i18n.F("stretches {seconds} s × {sets}", "seconds", strconv.Itoa(s.StretchHold), "sets", strconv.Itoa(s.StretchSets))
	case s.StretchHold > 0:
		return " · " + i18n.F("stretches {seconds} s", "seconds", strconv.Itoa(s.StretchHold))
	}
	return ""
}

func (p *PlanPage) actions(prog content.Programme, following bool, st plan.Status) goapp.UI {
	if p.confirm != "" {
		return p.confirmBox(prog)
	}
	other := p.data.Plan.Programme != "" && !following
	switch {
	case !following && !other:
		return view.El("div", "actions",
			view.ElemText("button", "button primary big", "Follow this plan").ID("plan-follow").Attr("type", "button").OnClick(p.on("follow"), goapp.EventScope("follow")))
	case other:
		cur, _ := content.ProgrammeBySlug(p.data.Plan.Programme)
		return view.El("div", "actions",
			view.ElemText("p", "", i18n.F("You're following {plan}.", "plan", i18n.T(cur.Name))).ID("plan-other"),
			view.ElemText("button", "button primary", "Switch to this plan").ID("plan-switch").Attr("type", "button").OnClick(p.on("ask-switch"), goapp.EventScope("ask-switch")))
	}
	pause := view.ElemText("button", "button", "Pause the plan").ID("plan-pause").Attr("type", "button").OnClick(p.on("pause"), goapp.EventScope("pause"))
	if st.Paused {
		pause = view.ElemText("button", "button primary", "Resume the plan").ID("plan-resume").Attr("type", "button").OnClick(p.on("resume"), goapp.EventScope("resume"))
	}
	return view.El("div", "actions",
		pause,
		view.ElemText("button", "button", "Restart from week 1").ID("plan-restart").Attr("type", "button").OnClick(p.on("ask-restart"), goapp.EventScope("ask-restart")),
		view.ElemText("button", "button ghost", "Stop following").ID("plan-stop").Attr("type", "button").OnClick(p.on("ask-stop"), goapp.EventScope("ask-stop")),
	)
}

func (p *PlanPage) confirmBox(prog content.Programme) goapp.UI {
	name := i18n.T(prog.Name)
	q := map[string]string{
		"switch":  i18n.F("Switch to {plan}? It starts at week 1; the sessions you've done stay in your history.", "plan", name),
		"restart": i18n.F("Restart {plan} from week 1? The sessions you've done stay in your history.", "plan", name),
		"stop":    i18n.F("Stop following {plan}? Your history is kept, and you can follow a plan again any time.", "plan", name),
	}[p.confirm]
	yes := map[string]string{"switch": i18n.T("Switch"), "restart": i18n.T("Restart"), "stop": i18n.T("Stop following")}[p.confirm]
	return view.Elem("div", "card plan-confirm",
		view.ElemText("p", "", q).ID("plan-confirm-q"),
		view.El("div", "actions",
			view.ElemText("button", "button primary", yes).ID("plan-confirm-yes").Attr("type", "button").OnClick(p.on(p.confirm), goapp.EventScope(p.confirm)),
			view.ElemText("button", "button", "Cancel").ID("plan-confirm-no").Attr("type", "button").OnClick(p.on("cancel"), goapp.EventScope("cancel")),
		),
	).Role("alertdialog").Aria("labelledby", "plan-confirm-q")
}

// on is a handler for an action. It reads the page's state when it runs,
// and each button carries its action as the handler's scope: go-app keeps
// an element's first handler when a re-render brings one from the same
// code, so without the scope Pause, taking Follow's place, would follow.
func (p *PlanPage) on(action string) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) { p.act(ctx, action) }
}

func (p *PlanPage) act(ctx goapp.Context, action string) {
	focus := "plan-confirm-yes"
	switch action {
	case "ask-switch", "ask-restart", "ask-stop":
		p.confirm = action[len("ask-"):]
		p.self.Defer(func(goapp.Context) { focusID(focus) })
		return
	case "cancel":
		p.confirm = ""
		return
	}
	p.confirm = ""
	now := time.Now()
	var change func(*store.Plan)
	switch action {
	case "follow", "switch", "restart":
		change, focus = func(pl *store.Plan) { *pl = store.Plan{Programme: p.Slug, Started: now} }, "today-start"
	case "pause":
		change, focus = func(pl *store.Plan) { pl.Paused = true }, "plan-resume"
	case "resume":
		change, focus = func(pl *store.Plan) { pl.Paused = false }, "today-start"
	case "stop":
		change, focus = func(pl *store.Plan) { *pl = store.Plan{} }, "plan-follow"
	default:
		return
	}
	d, err := storage.Update(func(d *store.Data) { change(&d.Plan) })
	p.data, p.saveErr = d, ""
	if err != nil {
		p.saveErr = i18n.F("This change couldn't be saved: {error}. It lasts until you close Limber.", "error", err.Error())
	}
	browser.Announce(storage.DataEvent) // the Today card on this page reads it again
	p.self.Defer(func(goapp.Context) { focusID(focus) })
}

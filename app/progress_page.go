package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/plan"
	"limber/app/progress"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
)

// ProgressPage shows whether things are changing: pain and stiffness from
// session check-ins, sessions a week against the plan, the weekly hard
// activity and the fortnightly reach test, each chart with its summary in
// words. It asks the weekly and fortnightly questions when they're due.
type ProgressPage struct {
	goapp.Compo
	storage.DataWatch

	data     store.Data
	loaded   bool
	activity string // the hard activity's name, as typed
}

func (p *ProgressPage) OnMount(ctx goapp.Context) {
	p.load()
	p.Watch(ctx, p.load)
}

func (p *ProgressPage) load() {
	p.data, p.loaded = storage.Load(), true
	if p.activity == "" {
		p.activity = lastActivity(p.data.CheckIns)
	}
}

func (p *ProgressPage) Render() goapp.UI {
	if !p.loaded && goapp.IsClient {
		p.load()
	}
	now := time.Now()
	r := progress.Page(p.data.History, p.data.CheckIns, now, nil, p.target(now))
	return shell(view.TabNone,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Label: "Progress"}),
		view.ElText("h1", "", "Your progress"),
		view.ElText("p", "lead", "Drawn from what you tell Limber before and after sessions. It stays on this phone. A change of 2 points, or 30 %, is about the smallest that people notice."),
		view.ConcernCard(r.Concern),
		chartCard("progress-symptoms", i18n.T("Pain and stiffness"), r.SymptomChart, r.Lines[:2], len(r.Pain)+len(r.Stiffness) > 0,
			view.El("p", "legend", view.ElText("span", "key key-pain", "Pain"), view.ElText("span", "key key-stiff", "Stiffness"))),
		chartCard("progress-weeks", i18n.T("Sessions each week"), r.WeekChart, r.Lines[2:3], true, nil),
		p.activityCard(r, now),
		p.reachCard(r, now),
		view.ElText("p", "disclaimer", "Limber shows your own answers; it can't tell what causes a change. If pain keeps rising, spreads down a leg, or comes with numbness or weakness, stop and see a professional."),
	)
}

// target is the plan's sessions this week, 0 without an active plan.
func (p *ProgressPage) target(now time.Time) int {
	st, ok := plan.Of(p.data.Plan, p.data.History, now, nil)
	if !ok || st.Paused || st.Finished {
		return 0
	}
	return len(st.Programme.Weeks[st.Next.Week-1].Sessions)
}

// chartCard is a chart with its summary sentences; without data it says
// how to get some instead of drawing an empty chart.
func chartCard(id, title, svg string, lines []string, has bool, legend goapp.UI) goapp.UI {
	body := []goapp.UI{view.ElemText("h2", "", title).ID(id + "-h")}
	if has {
		body = append(body, goapp.Raw(`<div class="chart-box">`+svg+`</div>`), legend)
	}
	for _, l := range lines {
		body = append(body, view.ElText("p", "chart-summary", l))
	}
	return view.Elem("section", "card chart-card", body...).ID(id).Aria("labelledby", id+"-h")
}

// activityCard is the weekly "one thing that's hard" question and its chart.
func (p *ProgressPage) activityCard(r progress.Report, now time.Time) goapp.UI {
	id := "activity-" + now.Format("20060102")
	ask := r.ActivityDue || hasCheckIn(p.data.CheckIns, id)
	var body []goapp.UI
	if ask {
		body = append(body,
			view.ElText("p", "card-text", "Name one everyday thing your back or hamstrings make hard (putting on socks, sitting through a film, lifting a child), then say how well it goes this week. Once a week is enough."),
			view.ElemText("label", "", "The activity").Attr("for", "activity-name"),
			view.Void("input", "").ID("activity-name").Attr("type", "text").Attr("maxlength", store.MaxLabel).Attr("autocomplete", "off").
				Attr("value", p.activity).OnChange(p.renameActivity(id)),
		)
		if p.activity != "" {
			body = append(body, &CheckInScale{DomID: "checkin-activity", RecordID: id, Measure: store.MeasureActivity, Label: p.activity,
				Question: i18n.T("How well does it go this week?"), Low: i18n.T("Can't do it"), High: i18n.T("No trouble")})
		}
	}
	if r.ActivityChart != "" {
		body = append(body, goapp.Raw(`<div class="chart-box">`+r.ActivityChart+`</div>`), view.ElText("p", "chart-summary", r.Lines[3]))
	} else if !ask {
		body = append(body, view.ElText("p", "card-text", "Next question next week."))
	}
	return view.Elem("section", "card chart-card", append([]goapp.UI{view.ElemText("h2", "", "One thing that's hard").ID("activity-h")}, body...)...).
		ID("progress-activity").Aria("labelledby", "activity-h")
}

// renameActivity keeps the typed name and, when this week's answer is
// already in, renames it there too.
func (p *ProgressPage) renameActivity(id string) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) {
		p.activity = store.TrimLabel(ctx.JSSrc().Get("value").String())
		storage.Update(func(d *store.Data) {
			for _, c := range d.CheckIns {
				if c.ID == id {
					c.Label = p.activity
					d.PutCheckIn(c)
				}
			}
		})
	}
}

// reachCard is the fortnightly standing toe-touch test, with its safety
// notes first.
func (p *ProgressPage) reachCard(r progress.Report, now time.Time) goapp.UI {
	id := "reach-" + now.Format("20060102")
	var body []goapp.UI
	if r.ReachDue || hasCheckIn(p.data.CheckIns, id) {
		body = append(body,
			view.ElText("p", "card-text", "Every two weeks, optional. Stand on a non-slip floor, feet together, knees straight but not locked. Breathe out and reach slowly down your legs, without bouncing, until you feel a stretch. Note where your fingertips get to, then roll back up slowly."),
			view.ElText("p", "caution small", "Skip it if bending forward brings pain down a leg, numbness or tingling, if you feel dizzy, or if you've been told not to bend. Stop at a stretch, never at pain."),
			&CheckInScale{DomID: "checkin-reach", RecordID: id, Measure: store.MeasureReach, Question: i18n.T("Where did your fingertips reach?"), Choices: store.ReachLevels},
		)
	}
	if r.ReachChart != "" {
		body = append(body, goapp.Raw(`<div class="chart-box">`+r.ReachChart+`</div>`), view.ElText("p", "chart-summary", r.Lines[len(r.Lines)-1]))
	} else if len(body) == 0 {
		body = append(body, view.ElText("p", "card-text", "The next reach test is due two weeks after the last."))
	}
	return view.Elem("section", "card chart-card", append([]goapp.UI{view.ElemText("h2", "", "Reach test").ID("reach-h")}, body...)...).
		ID("progress-reach").Aria("labelledby", "reach-h")
}

func hasCheckIn(list []store.CheckIn, id string) bool {
	for _, c := range list {
		if c.ID == id {
			return true
		}
	}
	return false
}

func lastActivity(list []store.CheckIn) string {
	for i := len(list) - 1; i >= 0; i-- {
		if list[i].Measure == store.MeasureActivity {
			return list[i].Label
		}
	}
	return ""
}

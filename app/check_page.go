package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/redflag"
	"limber/app/store"
)

// CheckPage is the red-flag checklist: yes/no questions grouped by urgency,
// then one clear result. Answers never leave the phone and are not stored;
// only the date of the last check is kept.
type CheckPage struct {
	goapp.Compo

	answers redflag.Answers
	result  *redflag.Result
	number  string
	editing bool
	draft   string
	numErr  string
	// mounted is the page's own context: a handler's context dies with
	// the form it came from, and go-app then drops its deferred work.
	mounted goapp.Context
}

func (p *CheckPage) OnMount(ctx goapp.Context) { p.mounted = ctx }

// afterRender focuses the first element matching sel once the new content
// is drawn, as the control that was pressed has just gone.
func (p *CheckPage) afterRender(sel string) {
	if p.mounted.Src() != nil {
		p.mounted.Defer(func(goapp.Context) { focusFirst(sel) })
	}
}

func (p *CheckPage) OnPreRender(ctx goapp.Context) { p.reset(ctx) }
func (p *CheckPage) OnNav(ctx goapp.Context)       { p.reset(ctx) }

func (p *CheckPage) reset(ctx goapp.Context) {
	p.answers = redflag.Answers{}
	p.result = nil
	p.number = emergencyNumber(loadData())
}

// emergencyNumber is the user's own number, else the one for the browser's
// language region, else 112.
func emergencyNumber(d store.Data) string {
	if redflag.ValidEmergencyNumber(d.EmergencyNumber) {
		return d.EmergencyNumber
	}
	if goapp.IsServer {
		return "112"
	}
	return redflag.DefaultEmergencyNumber(goapp.Window().Get("navigator").Get("language").String())
}

func (p *CheckPage) Render() goapp.UI {
	return shell(tabHelp,
		crumbs(navLink{Href: "/", Label: "Home"}, navLink{Href: "/help", Label: "Help"}, navLink{Label: "Red-flag check"}),
		elText("h1", "", "Red-flag check"),
		// An emergency should not wait for thirty questions: the call
		// comes first, before the check (the result repeats it).
		goapp.If(p.result == nil, func() goapp.UI {
			return el("p", "check-call callout danger",
				elText("span", "", "In an emergency, don't wait for the check."),
				anchorText("button danger call-button", "tel:"+p.number, "Call "+p.number).ID("check-call"),
			)
		}),
		elText("p", "lead", "Answer yes to anything that applies to you now, together with back pain or tight hamstrings. It takes about two minutes."),
		elText("p", "disclaimer", redflag.Disclaimer+" Your answers stay on this phone and are not saved."),
		goapp.If(p.result != nil, func() goapp.UI { return p.renderResult() }),
		goapp.If(p.result == nil, func() goapp.UI { return p.renderQuestions() }),
		p.renderNumber(),
	)
}

func (p *CheckPage) renderQuestions() goapp.UI {
	return elem("form", "check-form",
		goapp.Range(redflag.Tiers).Slice(func(i int) goapp.UI {
			t := redflag.Tiers[i]
			qs := redflag.QuestionsFor(t)
			if len(qs) == 0 {
				return nil
			}
			return questionGroup(t, qs, p.answers, func(id string, yes bool) { p.answers[id] = yes })
		}),
		elemText("button", "button primary wide", "See what to do").ID("check-submit").Attr("type", "submit"),
	).ID("check-form").OnSubmit(p.submit)
}

var tierHeadings = map[redflag.Tier]string{
	redflag.Emergency:       "Signs that need help now",
	redflag.Urgent:          "Signs to get checked today",
	redflag.SeeProfessional: "Signs to see a professional about",
}

// questionGroup renders one tier's questions as checkboxes ("yes" when
// ticked); shared by this page and the player's before-you-start check.
func questionGroup(t redflag.Tier, qs []redflag.Question, answers redflag.Answers, set func(id string, yes bool)) goapp.UI {
	return el("fieldset", "question-group tier-"+t.Slug(),
		elText("legend", "", tierHeadings[t]),
		goapp.Range(qs).Slice(func(i int) goapp.UI {
			q := qs[i]
			id := "q-" + q.ID
			return el("div", "question",
				void("input", "").Attr("type", "checkbox").ID(id).Attr("name", q.ID).Attr("checked", answers[q.ID]).OnChange(
					func(ctx goapp.Context, e goapp.Event) {
						set(q.ID, ctx.JSSrc().Get("checked").Bool())
					},
				),
				elem("label", "",
					elText("span", "question-text", q.Text),
					goapp.If(q.Hint != "", func() goapp.UI { return elText("span", "question-hint", q.Hint) }),
				).Attr("for", id),
			)
		}),
	)
}

func (p *CheckPage) submit(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	r := redflag.Evaluate(p.answers).WithNumber(p.number)
	p.result = &r
	updateData(func(d *store.Data) { d.LastCheck = redflag.CheckedAt(r, time.Now()) })
	p.afterRender("#result-h") // focusing scrolls it into view
}

func (p *CheckPage) renderResult() goapp.UI {
	return el("div", "",
		resultView(*p.result, p.number),
		elemText("button", "button", "Change my answers").ID("check-again").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { p.result = nil; p.afterRender("#check-form input") }),
	)
}

var tierCallout = map[redflag.Tier]string{
	redflag.Emergency:       "danger",
	redflag.Urgent:          "warn",
	redflag.SeeProfessional: "warn",
	redflag.AllClear:        "ok",
}

// resultView shows a result with the action first; for an emergency, the
// call button comes before anything else.
func resultView(r redflag.Result, number string) goapp.UI {
	return elem("section", "block callout result tier-"+r.Tier.Slug()+" "+tierCallout[r.Tier],
		elemText("h2", "", r.Title).ID("result-h").TabIndex(-1),
		goapp.If(r.Tier == redflag.Emergency && redflag.ValidEmergencyNumber(number), func() goapp.UI {
			return anchorText("button danger call-button", "tel:"+number, "Call "+number).ID("call-emergency")
		}),
		el("p", "result-action", elText("strong", "", r.Action)),
		goapp.If(r.Contact != "", func() goapp.UI {
			return el("p", "", elText("strong", "", "Who: "), goapp.Text(r.Contact))
		}),
		goapp.If(r.When != "", func() goapp.UI {
			return el("p", "", elText("strong", "", "When: "), goapp.Text(r.When))
		}),
		el("ul", "item-list", goapp.Range(r.Advice).Slice(func(i int) goapp.UI { return elText("li", "", r.Advice[i]) })),
		goapp.If(len(r.Matched) > 0, func() goapp.UI {
			return el("details", "",
				elText("summary", "", "What you said yes to"),
				el("ul", "", goapp.Range(r.Matched).Slice(func(i int) goapp.UI { return elText("li", "", r.Matched[i].Text) })),
			)
		}),
	).ID("check-result").Aria("live", "assertive").DataSet("tier", r.Tier.Slug())
}

func (p *CheckPage) renderNumber() goapp.UI {
	return elem("section", "block emergency-number",
		elemText("h2", "", "Your emergency number").ID("number-h"),
		el("p", "",
			goapp.Text("Limber uses "),
			elemText("strong", "", p.number).ID("current-number"),
			goapp.Text(". Common numbers: "),
			goapp.Range(redflag.CommonNumbers).Slice(func(i int) goapp.UI {
				n := redflag.CommonNumbers[i]
				return elText("span", "number-chip", n.Number+" ("+n.Where+")")
			}),
		),
		elText("p", "disclaimer", redflag.MobileNote),
		goapp.If(!p.editing, func() goapp.UI {
			return elemText("button", "button small", "Change number").ID("number-edit").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { p.editing, p.draft, p.numErr = true, p.number, "" })
		}),
		goapp.If(p.editing, func() goapp.UI {
			return elem("form", "number-form",
				elemText("label", "", "Emergency number (digits only)").Attr("for", "number-input"),
				void("input", "").ID("number-input").Attr("type", "tel").Attr("inputmode", "numeric").Attr("autocomplete", false).Attr("value", p.draft).Aria("describedby", "number-error").OnInput(func(ctx goapp.Context, e goapp.Event) { p.draft = ctx.JSSrc().Get("value").String() }),
				elemText("p", "field-error", p.numErr).ID("number-error").Aria("live", "polite"),
				elemText("button", "button primary small", "Save number").Attr("type", "submit"),
			).OnSubmit(p.saveNumber)
		}),
	).Aria("labelledby", "number-h")
}

func (p *CheckPage) saveNumber(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	if !redflag.ValidEmergencyNumber(p.draft) {
		p.numErr = "Use 2 to 6 digits, for example 112."
		return
	}
	updateData(func(d *store.Data) { d.EmergencyNumber = p.draft })
	p.number, p.editing, p.numErr = p.draft, false, ""
	if p.result != nil {
		r := redflag.Evaluate(p.answers).WithNumber(p.number)
		p.result = &r
	}
}

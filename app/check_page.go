package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/redflag"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
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
	p.number = emergencyNumberHere()
}

func (p *CheckPage) Render() goapp.UI {
	if p.number == "" {
		p.number = emergencyNumberHere()
	}
	return shell(view.TabHelp,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Href: "/help", Label: "Help"}, view.NavLink{Label: "Red-flag check"}),
		view.ElText("h1", "", "Red-flag check"),
		// An emergency should not wait for thirty questions: the call
		// comes first, before the check (the result repeats it).
		goapp.If(p.result == nil, func() goapp.UI {
			return view.El("p", "check-call callout danger",
				view.ElText("span", "", "In an emergency, don't wait for the check."),
				view.AnchorText("button danger call-button", "tel:"+p.number, i18n.F("Call {number}", "number", p.number)).ID("check-call"),
			)
		}),
		view.ElText("p", "lead", "Answer yes to anything that applies to you now, together with back pain or tight hamstrings. It takes about two minutes."),
		view.ElText("p", "disclaimer", i18n.T(redflag.Disclaimer)+" "+i18n.T("Your answers aren't kept or sent anywhere.")),
		goapp.If(p.result != nil, func() goapp.UI { return p.renderResult() }),
		goapp.If(p.result == nil, func() goapp.UI { return p.renderQuestions() }),
		p.renderNumber(),
	)
}

func (p *CheckPage) renderQuestions() goapp.UI {
	return view.Elem("form", "check-form",
		goapp.Range(redflag.Tiers).Slice(func(i int) goapp.UI {
			t := redflag.Tiers[i]
			qs := redflag.QuestionsFor(t)
			if len(qs) == 0 {
				return nil
			}
			return view.QuestionGroup(t, qs, p.answers, func(id string, yes bool) { p.answers[id] = yes })
		}),
		view.ElemText("button", "button primary wide", "See what to do").ID("check-submit").Attr("type", "submit"),
	).ID("check-form").OnSubmit(p.submit)
}

func (p *CheckPage) submit(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	r := redflag.Evaluate(p.answers).WithNumber(p.number)
	p.result = &r
	storage.Update(func(d *store.Data) { d.LastCheck = redflag.CheckedAt(r, time.Now()) })
	p.afterRender("#result-h") // focusing scrolls it into view
}

func (p *CheckPage) renderResult() goapp.UI {
	return view.El("div", "",
		view.ResultView(*p.result, p.number),
		view.ElemText("button", "button", "Change my answers").ID("check-again").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { p.result = nil; p.afterRender("#check-form input") }),
	)
}

func (p *CheckPage) renderNumber() goapp.UI {
	return view.Elem("section", "block emergency-number",
		view.ElemText("h2", "", "Your emergency number").ID("number-h"),
		view.El("p", "", append(
			// The sentence's trailing space is kept out of the key.
			textAround(i18n.T("Limber uses {number}. Common numbers:")+" ", "{number}", view.ElemText("strong", "", p.number).ID("current-number")),
			goapp.Range(redflag.CommonNumbers).Slice(func(i int) goapp.UI {
				n := redflag.CommonNumbers[i]
				return view.ElText("span", "number-chip", n.Number+" ("+i18n.T(n.Where)+")")
			}),
		)...),
		view.ElText("p", "disclaimer", redflag.MobileNote),
		goapp.If(!p.editing, func() goapp.UI {
			return view.ElemText("button", "button small", "Change number").ID("number-edit").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { p.editing, p.draft, p.numErr = true, p.number, "" })
		}),
		goapp.If(p.editing, func() goapp.UI {
			return view.Elem("form", "number-form",
				view.ElemText("label", "", "Emergency number (digits only)").Attr("for", "number-input"),
				view.Void("input", "").ID("number-input").Attr("type", "tel").Attr("inputmode", "numeric").Attr("autocomplete", false).Attr("value", p.draft).Aria("describedby", "number-error").OnInput(func(ctx goapp.Context, e goapp.Event) { p.draft = ctx.JSSrc().Get("value").String() }),
				view.ElemText("p", "field-error", p.numErr).ID("number-error").Aria("live", "polite"),
				view.ElemText("button", "button primary small", "Save number").Attr("type", "submit"),
			).OnSubmit(p.saveNumber)
		}),
	).Aria("labelledby", "number-h")
}

func (p *CheckPage) saveNumber(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	if !redflag.ValidEmergencyNumber(p.draft) {
		p.numErr = i18n.T("Use 2 to 6 digits, for example 112.")
		return
	}
	storage.Update(func(d *store.Data) { d.EmergencyNumber = p.draft })
	p.number, p.editing, p.numErr = p.draft, false, ""
	if p.result != nil {
		r := redflag.Evaluate(p.answers).WithNumber(p.number)
		p.result = &r
	}
}

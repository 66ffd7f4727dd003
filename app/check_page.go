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

var checkMeta = pageMeta{
	Title:       "Red-flag check",
	Description: "A short yes/no check of the warning signs that mean stop stretching and get help: now, today, or soon. It does not diagnose.",
	Path:        "/check",
}

func (p *CheckPage) OnPreRender(ctx goapp.Context) { p.reset(ctx) }
func (p *CheckPage) OnNav(ctx goapp.Context)       { p.reset(ctx) }

func (p *CheckPage) reset(ctx goapp.Context) {
	applyMeta(ctx, checkMeta)
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
		goapp.H1().Text("Red-flag check"),
		goapp.P().Class("lead").Text("Answer yes to anything that applies to you now, together with back pain or tight hamstrings. It takes about two minutes."),
		goapp.P().Class("disclaimer").Text(redflag.Disclaimer+" Your answers stay on this phone and are not saved."),
		goapp.If(p.result != nil, func() goapp.UI { return p.renderResult() }),
		goapp.If(p.result == nil, func() goapp.UI { return p.renderQuestions() }),
		p.renderNumber(),
	)
}

func (p *CheckPage) renderQuestions() goapp.UI {
	return goapp.Form().ID("check-form").Class("check-form").OnSubmit(p.submit).Body(
		goapp.Range(redflag.Tiers).Slice(func(i int) goapp.UI {
			t := redflag.Tiers[i]
			qs := redflag.QuestionsFor(t)
			if len(qs) == 0 {
				return nil
			}
			return questionGroup(t, qs, p.answers, func(id string, yes bool) { p.answers[id] = yes })
		}),
		goapp.Button().Class("button primary wide").ID("check-submit").Type("submit").Text("See what to do"),
	)
}

var tierHeadings = map[redflag.Tier]string{
	redflag.Emergency:       "Signs that need help now",
	redflag.Urgent:          "Signs to get checked today",
	redflag.SeeProfessional: "Signs to see a professional about",
}

// questionGroup renders one tier's questions as checkboxes ("yes" when
// ticked); shared by this page and the player's before-you-start check.
func questionGroup(t redflag.Tier, qs []redflag.Question, answers redflag.Answers, set func(id string, yes bool)) goapp.UI {
	return goapp.FieldSet().Class("question-group tier-"+t.Slug()).Body(
		goapp.Legend().Text(tierHeadings[t]),
		goapp.Range(qs).Slice(func(i int) goapp.UI {
			q := qs[i]
			id := "q-" + q.ID
			return goapp.Div().Class("question").Body(
				goapp.Input().Type("checkbox").ID(id).Name(q.ID).Checked(answers[q.ID]).
					OnChange(func(ctx goapp.Context, e goapp.Event) {
						set(q.ID, ctx.JSSrc().Get("checked").Bool())
					}),
				goapp.Label().For(id).Body(
					goapp.Span().Class("question-text").Text(q.Text),
					goapp.If(q.Hint != "", func() goapp.UI { return goapp.Span().Class("question-hint").Text(q.Hint) }),
				),
			)
		}),
	)
}

func (p *CheckPage) submit(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	r := redflag.Evaluate(p.answers).WithNumber(p.number)
	p.result = &r
	updateData(func(d *store.Data) { d.LastCheck = time.Now() })
	p.afterRender("#result-h") // focusing scrolls it into view
}

func (p *CheckPage) renderResult() goapp.UI {
	return goapp.Div().Body(
		resultView(*p.result, p.number),
		goapp.Button().Class("button").ID("check-again").Type("button").Text("Change my answers").
			OnClick(func(ctx goapp.Context, e goapp.Event) { p.result = nil; p.afterRender("#check-form input") }),
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
	return goapp.Section().ID("check-result").Class("block callout result tier-"+r.Tier.Slug()+" "+tierCallout[r.Tier]).
		Aria("live", "assertive").DataSet("tier", r.Tier.Slug()).Body(
		goapp.H2().ID("result-h").TabIndex(-1).Text(r.Title),
		goapp.If(r.Tier == redflag.Emergency && redflag.ValidEmergencyNumber(number), func() goapp.UI {
			return goapp.A().Class("button danger call-button").ID("call-emergency").Href("tel:" + number).Text("Call " + number)
		}),
		goapp.P().Class("result-action").Body(goapp.Strong().Text(r.Action)),
		goapp.If(r.Contact != "", func() goapp.UI {
			return goapp.P().Body(goapp.Strong().Text("Who: "), goapp.Text(r.Contact))
		}),
		goapp.If(r.When != "", func() goapp.UI {
			return goapp.P().Body(goapp.Strong().Text("When: "), goapp.Text(r.When))
		}),
		goapp.Ul().Class("item-list").Body(goapp.Range(r.Advice).Slice(func(i int) goapp.UI { return goapp.Li().Text(r.Advice[i]) })),
		goapp.If(len(r.Matched) > 0, func() goapp.UI {
			return goapp.Details().Body(
				goapp.Summary().Text("What you said yes to"),
				goapp.Ul().Body(goapp.Range(r.Matched).Slice(func(i int) goapp.UI { return goapp.Li().Text(r.Matched[i].Text) })),
			)
		}),
	)
}

func (p *CheckPage) renderNumber() goapp.UI {
	return goapp.Section().Class("block emergency-number").Aria("labelledby", "number-h").Body(
		goapp.H2().ID("number-h").Text("Your emergency number"),
		goapp.P().Body(goapp.Text("Limber uses "), goapp.Strong().ID("current-number").Text(p.number), goapp.Text(". Common numbers: "),
			goapp.Range(redflag.CommonNumbers).Slice(func(i int) goapp.UI {
				n := redflag.CommonNumbers[i]
				return goapp.Span().Class("number-chip").Text(n.Number + " (" + n.Where + ")")
			}),
		),
		goapp.P().Class("disclaimer").Text(redflag.MobileNote),
		goapp.If(!p.editing, func() goapp.UI {
			return goapp.Button().Class("button small").ID("number-edit").Type("button").Text("Change number").
				OnClick(func(ctx goapp.Context, e goapp.Event) { p.editing, p.draft, p.numErr = true, p.number, "" })
		}),
		goapp.If(p.editing, func() goapp.UI {
			return goapp.Form().Class("number-form").OnSubmit(p.saveNumber).Body(
				goapp.Label().For("number-input").Text("Emergency number (digits only)"),
				goapp.Input().ID("number-input").Type("tel").Attr("inputmode", "numeric").AutoComplete(false).Value(p.draft).
					Aria("describedby", "number-error").
					OnInput(func(ctx goapp.Context, e goapp.Event) { p.draft = ctx.JSSrc().Get("value").String() }),
				goapp.P().ID("number-error").Class("field-error").Aria("live", "polite").Text(p.numErr),
				goapp.Button().Class("button primary small").Type("submit").Text("Save number"),
			)
		}),
	)
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

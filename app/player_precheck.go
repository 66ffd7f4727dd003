package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/redflag"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
)

// renderResumeOffer is the stopped run of this routine, first on the page.
func (p *RoutinePlayer) renderResumeOffer() goapp.UI {
	r := p.resume
	return view.Elem("section", "card resume-card",
		view.ElemText("h2", "", "Pick up where you left off").ID("resume-h"),
		view.ElText("p", "", r.stoppedLabel(time.Now())),
		view.El("div", "actions",
			view.Elem("button", "button primary big", view.Icon(view.IconPlay), view.ElText("span", "", "Resume")).ID("player-resume").Attr("type", "button").OnClick(p.resumeRun),
			view.ElemText("button", "button", "Save what you did").ID("player-keep").Attr("type", "button").OnClick(p.keepDone),
		),
	).ID("resume-offer").Aria("labelledby", "resume-h")
}

// PreCheck is the player's before-you-start check: the weekly safety
// questions, then OnPass when nothing applies, or, when something does, the
// result in place of the routine (the player does not start). Its answers
// are its own: each check starts blank.
type PreCheck struct {
	goapp.Compo

	OnPass func(ctx goapp.Context)

	answers redflag.Answers
	blocked *redflag.Result
	number  string // emergency number shown with the blocked result
}

func (c *PreCheck) Render() goapp.UI {
	if c.blocked != nil {
		return c.renderBlocked()
	}
	return view.El("div", "precheck",
		view.ElemText("h1", "", "Before you start").ID("precheck-h").TabIndex(-1),
		view.ElText("p", "lead", "A quick safety check, once a week. Tick anything that applies to you now."),
		view.Elem("form", "",
			goapp.Range(redflag.Tiers).Slice(func(i int) goapp.UI {
				t := redflag.Tiers[i]
				var qs []redflag.Question
				for _, q := range redflag.PreStartQuestions() {
					if q.Tier == t {
						qs = append(qs, q)
					}
				}
				if len(qs) == 0 {
					return nil
				}
				return view.QuestionGroup(t, qs, c.answers, c.answer)
			}),
			view.ElemText("button", "button primary wide", "Continue").ID("precheck-submit").Attr("type", "submit"),
		).ID("precheck-form").OnSubmit(c.submit),
		view.ElText("p", "disclaimer", redflag.Disclaimer),
	)
}

func (c *PreCheck) answer(id string, yes bool) {
	if c.answers == nil {
		c.answers = redflag.Answers{}
	}
	c.answers[id] = yes
}

func (c *PreCheck) renderBlocked() goapp.UI {
	return view.El("div", "precheck",
		view.ElemText("h1", "", "Let's not start this routine today").ID("blocked-h").TabIndex(-1),
		view.ResultView(*c.blocked, c.number),
		view.ElText("p", "", "The guide stays open to read. Go through the full check if anything changes."),
		view.El("div", "actions",
			view.LinkText("button", "/check", "Full red-flag check"),
			view.LinkText("button", "/guide", "Read the guide"),
		),
	)
}

func (c *PreCheck) submit(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	r := redflag.Evaluate(c.answers)
	d, _ := storage.Update(func(d *store.Data) { d.LastCheck = redflag.CheckedAt(r, time.Now()) })
	if r.Tier == redflag.AllClear {
		c.OnPass(ctx)
		return
	}
	c.number = view.EmergencyNumber(d)
	r = r.WithNumber(c.number)
	c.blocked = &r
	ctx.Defer(func(goapp.Context) {
		goapp.Window().Call("scrollTo", 0, 0)
		focusID("blocked-h")
	})
}

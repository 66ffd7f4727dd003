package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/redflag"
	"limber/app/store"
	"limber/app/view"
)

// The stages before a run: the resume offer and the before-you-start check.

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

func (p *RoutinePlayer) renderPreCheck() goapp.UI {
	return shell(view.TabRoutines,
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
				return view.QuestionGroup(t, qs, p.answers, func(id string, yes bool) { p.answers[id] = yes })
			}),
			view.ElemText("button", "button primary wide", "Continue").ID("precheck-submit").Attr("type", "submit"),
		).ID("precheck-form").OnSubmit(p.submitPreCheck),
		view.ElText("p", "disclaimer", redflag.Disclaimer),
	)
}

func (p *RoutinePlayer) submitPreCheck(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	r := redflag.Evaluate(p.answers)
	d, _ := updateData(func(d *store.Data) { d.LastCheck = redflag.CheckedAt(r, time.Now()) })
	if r.Tier != redflag.AllClear {
		p.number = view.EmergencyNumber(d)
		p.blocked = r.WithNumber(p.number)
		p.stage = stageBlocked
		p.focusSoon("blocked-h")
		return
	}
	p.begin(ctx)
}

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/view"
)

// symptom is one answer to "what happened?" after Stop: something's wrong,
// with what to do about it. The advice informs; it never diagnoses.
// Label and Text are keyed fields so the catalogue finds their words
// (tools/catalogue); they are translated where they are shown.
type symptom struct {
	id    string
	Label string // the answer
	Text  string // the advice
}

var symptoms = []symptom{
	{id: "sharp-pain", Label: "Sharp pain",
		Text: "Stop this exercise. A stretch should feel like a gentle pull, never a sharp pain. Rest, and ease into it more gently another day. If the pain stays, gets worse, or began with a fall or injury, see a physiotherapist or doctor."},
	{id: "leg-pain", Label: "Pain down a leg",
		Text: "Stop for today. Pain that travels down a leg can come from an irritated nerve. Go through the red-flag check to see how soon to get help. Pain, weakness or numbness in both legs needs help now."},
	{id: "numbness", Label: "Numbness or tingling",
		Text: "Stop for today and go through the red-flag check. Numbness around the genitals, buttocks or inner thighs, or new trouble peeing, needs emergency help now."},
	{id: "dizzy", Label: "Dizziness",
		Text: "Stop, and sit or lie down until it passes; get up slowly. If it doesn't pass, or comes with chest pain, fainting or trouble breathing, call the emergency number."},
	{id: "other", Label: "Something else",
		Text: "Stop if anything feels wrong. The red-flag check tells you how soon to get help."},
}

// renderWrong is the "what happened?" step: the emergency call first, then
// a choice of answers and what each means, then the check, back to the
// paused session, or end it. Like the player it has no tab bar, and the
// way back to the session stays at the top.
func (p *RoutinePlayer) renderWrong() goapp.UI {
	return view.Elem("div", "player wrong-step",
		view.El("header", "player-top",
			view.Elem("button", "button ghost small", view.Icon(view.IconBack), view.ElText("span", "", "Back to the session")).ID("wrong-back").Attr("type", "button").OnClick(p.backFromWrong),
			view.Link("redflag-button", "/check", view.Icon(view.IconHelp), view.ElText("span", "", "Red flags")),
		),
		view.Elem("main", "page wrong-main", p.renderWrongBody()...).ID("main"),
	)
}

func (p *RoutinePlayer) renderWrongBody() []goapp.UI {
	return []goapp.UI{
		view.ElemText("h1", "", "What happened?").ID("wrong-h").TabIndex(-1),
		view.ElText("p", "lead", "The session is paused and what you've done is kept."),
		view.CallCard(p.number),
		goapp.If(p.wrong == "", func() goapp.UI {
			return view.Elem("div", "choice-list",
				goapp.Range(symptoms).Slice(func(i int) goapp.UI {
					sy := symptoms[i]
					return view.ElemText("button", "button wide", sy.Label).ID("wrong-"+sy.id).Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) {
						p.wrong = sy.id
						p.focusSoon("wrong-advice-h")
					}, goapp.EventScope(sy.id))
				}),
			).Role("group").Aria("labelledby", "wrong-h")
		}),
		goapp.If(p.wrong != "", func() goapp.UI {
			sy := symptomByID(p.wrong)
			return view.Elem("section", "block card",
				view.ElemText("h2", "", sy.Label).ID("wrong-advice-h").TabIndex(-1),
				view.ElemText("p", "", sy.Text).ID("wrong-advice"),
				view.ElemText("button", "button ghost small", "Pick a different answer").ID("wrong-change").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) {
					p.wrong = ""
					p.focusSoon("wrong-h")
				}),
			).Aria("labelledby", "wrong-advice-h")
		}),
		view.El("div", "actions",
			view.LinkText("button primary", "/check", "Red-flag check"),
			view.ElemText("button", "button", "End session").ID("wrong-end").Attr("type", "button").OnClick(p.endEarly),
		),
		view.ElText("p", "disclaimer", "Limber informs; it does not diagnose. If you are worried, get help."),
	}
}

// backFromWrong returns to the paused session; Resume carries on.
func (p *RoutinePlayer) backFromWrong(ctx goapp.Context, e goapp.Event) {
	p.wrong = ""
	p.stage = stageRunning
	p.focusSoon("player-pause")
}

func symptomByID(id string) symptom {
	for _, s := range symptoms {
		if s.id == id {
			return s
		}
	}
	return symptoms[len(symptoms)-1]
}

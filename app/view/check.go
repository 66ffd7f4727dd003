package view

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/redflag"
	"limber/app/store"
)

// EmergencyNumber is the user's own number, else the one for the browser's
// language region, else 112.
func EmergencyNumber(d store.Data) string {
	if redflag.ValidEmergencyNumber(d.EmergencyNumber) {
		return d.EmergencyNumber
	}
	if goapp.IsServer {
		return "112"
	}
	return redflag.DefaultEmergencyNumber(goapp.Window().Get("navigator").Get("language").String())
}

// tierHeading heads a tier's questions.
func tierHeading(t redflag.Tier) string {
	switch t {
	case redflag.Emergency:
		return i18n.T("Signs that need help now")
	case redflag.Urgent:
		return i18n.T("Signs to get checked today")
	case redflag.SeeProfessional:
		return i18n.T("Signs to see a professional about")
	}
	return ""
}

// QuestionGroup renders one tier's questions as checkboxes ("yes" when
// ticked); shared by this page and the player's before-you-start check.
func QuestionGroup(t redflag.Tier, qs []redflag.Question, answers redflag.Answers, set func(id string, yes bool)) goapp.UI {
	return El("fieldset", "question-group tier-"+t.Slug(),
		ElText("legend", "", tierHeading(t)),
		goapp.Range(qs).Slice(func(i int) goapp.UI {
			q := qs[i]
			id := "q-" + q.ID
			return El("div", "question",
				Void("input", "").Attr("type", "checkbox").ID(id).Attr("name", q.ID).Attr("checked", answers[q.ID]).OnChange(
					func(ctx goapp.Context, e goapp.Event) {
						set(q.ID, ctx.JSSrc().Get("checked").Bool())
					},
				),
				Elem("label", "",
					ElText("span", "question-text", q.Text),
					goapp.If(q.Hint != "", func() goapp.UI { return ElText("span", "question-hint", q.Hint) }),
				).Attr("for", id),
			)
		}),
	)
}

var tierCallout = map[redflag.Tier]string{
	redflag.Emergency:       "danger",
	redflag.Urgent:          "warn",
	redflag.SeeProfessional: "warn",
	redflag.AllClear:        "ok",
}

// ResultView shows a result with the action first; for an emergency, the
// call button comes before anything else.
func ResultView(r redflag.Result, number string) goapp.UI {
	return Elem("section", "block callout result tier-"+r.Tier.Slug()+" "+tierCallout[r.Tier],
		ElemText("h2", "", r.Title).ID("result-h").TabIndex(-1),
		goapp.If(r.Tier == redflag.Emergency && redflag.ValidEmergencyNumber(number), func() goapp.UI {
			return AnchorText("button danger call-button", "tel:"+number, callLabel(number)).ID("call-emergency")
		}),
		El("p", "result-action", ElText("strong", "", r.Action)),
		goapp.If(r.Contact != "", func() goapp.UI {
			return El("p", "", El("strong", "", goapp.Text(i18n.T("Who:")+" ")), Text(r.Contact))
		}),
		goapp.If(r.When != "", func() goapp.UI {
			return El("p", "", El("strong", "", goapp.Text(i18n.T("When:")+" ")), Text(r.When))
		}),
		El("ul", "item-list", goapp.Range(r.Advice).Slice(func(i int) goapp.UI { return ElText("li", "", r.Advice[i]) })),
		goapp.If(len(r.Matched) > 0, func() goapp.UI {
			return El("details", "",
				ElText("summary", "", "What you said yes to"),
				El("ul", "", goapp.Range(r.Matched).Slice(func(i int) goapp.UI { return ElText("li", "", r.Matched[i].Text) })),
			)
		}),
	).ID("check-result").Aria("live", "assertive").DataSet("tier", r.Tier.Slug())
}

// CallCard puts the emergency call first, with the signs that need it.
func CallCard(number string) goapp.UI {
	return Elem("div", "callout danger call-card",
		ElText("p", "", "Numbness around the genitals or buttocks, new trouble peeing, weakness in both legs, or chest pain: call now."),
		AnchorText("button danger call-button", "tel:"+number, callLabel(number)).ID("call-now"),
	)
}

// callLabel is the call button's text: "Call 112".
func callLabel(number string) string { return i18n.F("Call {number}", "number", number) }

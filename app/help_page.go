package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/redflag"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
	"limber/content"
)

// HelpPage says when to get professional help and leads to the red-flag check.
type HelpPage struct {
	goapp.Compo
	number string // the emergency number for this phone's region
}

func (p *HelpPage) OnNav(ctx goapp.Context) { p.number = emergencyNumberHere() }

// emergencyNumberHere is the number to call from this phone: the person's
// own, else their region's. Pages read it at their first render, so no
// frame shows a call button without a number.
func emergencyNumberHere() string {
	if goapp.IsServer {
		return view.EmergencyNumber(store.Default())
	}
	return view.EmergencyNumber(storage.Load())
}

func (p *HelpPage) Render() goapp.UI {
	if p.number == "" {
		p.number = emergencyNumberHere()
	}
	return shell(view.TabHelp,
		view.ElText("h1", "", "When to get help"),
		view.ElText("p", "lead", content.HelpIntro),
		view.Elem("section", "block callout danger",
			view.ElemText("h2", "", "Get help now if your back pain comes with any of these").ID("emergency-h"),
			// The call comes first, on the first screen; the signs follow.
			view.AnchorText("button danger call-button", "tel:"+p.number, i18n.F("Call {number}", "number", p.number)).ID("help-call"),
			view.El("ul", "",
				goapp.Range(redflag.QuestionsFor(redflag.Emergency)).Slice(func(i int) goapp.UI {
					return view.ElText("li", "", redflag.QuestionsFor(redflag.Emergency)[i].Sign())
				}),
			),
			view.LinkText("button", "/check", "Not sure? Go through the red-flag check"),
		).Aria("labelledby", "emergency-h"),
		view.El("section", "block",
			view.ElText("h2", "", "See a professional if"),
			renderItems(view.NewGlossed(), content.HelpTriggers),
			view.ElText("p", "", content.WhoCanHelp),
		),
		view.El("section", "block",
			view.ElText("h2", "", "Stop rules while you exercise"),
			view.El("ul", "item-list", goapp.Range(redflag.StopRules).Slice(func(i int) goapp.UI { return view.ElText("li", "", redflag.StopRules[i]) })),
		),
		view.ElText("p", "disclaimer", "Limber informs; it does not diagnose. Only a professional who examines you can say what is behind your symptoms."),
	)
}

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/redflag"
	"limber/app/store"
	"limber/content"
)

// HelpPage says when to get professional help and leads to the red-flag check.
type HelpPage struct {
	goapp.Compo
	number string // the emergency number for this phone's region
}

func (p *HelpPage) OnPreRender(ctx goapp.Context) {
	p.number = emergencyNumber(store.Default())
}
func (p *HelpPage) OnNav(ctx goapp.Context) {
	p.number = emergencyNumber(loadData())
}

func (p *HelpPage) Render() goapp.UI {
	return shell(tabHelp,
		elText("h1", "", "When to get help"),
		elText("p", "lead", content.HelpIntro),
		elem("section", "block callout danger",
			elemText("h2", "", "Get help now if your back pain comes with any of these").ID("emergency-h"),
			// The call comes first, on the first screen; the signs follow.
			anchorText("button danger call-button", "tel:"+p.number, "Call "+p.number).ID("help-call"),
			el("ul", "",
				goapp.Range(redflag.QuestionsFor(redflag.Emergency)).Slice(func(i int) goapp.UI {
					return elText("li", "", redflag.QuestionsFor(redflag.Emergency)[i].Sign())
				}),
			),
			linkText("button", "/check", "Not sure? Go through the red-flag check"),
		).Aria("labelledby", "emergency-h"),
		el("section", "block",
			elText("h2", "", "See a professional if"),
			renderItems(content.HelpTriggers),
			elText("p", "", content.WhoCanHelp),
		),
		el("section", "block",
			elText("h2", "", "Stop rules while you exercise"),
			el("ul", "item-list", goapp.Range(redflag.StopRules).Slice(func(i int) goapp.UI { return elText("li", "", redflag.StopRules[i]) })),
		),
		elText("p", "disclaimer", "Limber informs; it does not diagnose. Only a professional who examines you can say what is behind your symptoms."),
	)
}

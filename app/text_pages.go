package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/redflag"
	"limber/app/store"
	"limber/content"
)

func itoa(n int) string { return strconv.Itoa(n) }

// FAQPage answers the five common questions.
type FAQPage struct{ goapp.Compo }

func (p *FAQPage) Render() goapp.UI {
	return shell(tabNone,
		crumbs(navLink{Href: "/", Label: "Home"}, navLink{Label: "FAQ"}),
		elText("h1", "", "Frequently asked questions"),
		el("div", "faq",
			goapp.Range(content.FAQs).Slice(func(i int) goapp.UI {
				f := content.FAQs[i]
				return elem("section", "faq-item",
					elText("h2", "", f.Question),
					elText("p", "", f.Answer),
					goapp.If(len(f.Links) > 0, func() goapp.UI {
						return el("p", "see-also",
							goapp.Text("Read more: "),
							goapp.Range(f.Links).Slice(func(j int) goapp.UI { return guideLink(f.Links[j]) }),
						)
					}),
				).ID(f.Slug)
			}),
		),
	)
}

// guideLink links a section or strategy slug by its title.
func guideLink(slug string) goapp.UI {
	if s, ok := content.SectionBySlug(slug); ok {
		return linkText("inline-link", "/guide/"+slug, s.Title)
	}
	if s, ok := content.StrategyBySlug(slug); ok {
		return linkText("inline-link", "/guide/strategies/"+slug, s.Title)
	}
	return nil
}

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

// AboutPage names the sources, the privacy promise and the disclaimer.
type AboutPage struct{ goapp.Compo }

func (p *AboutPage) Render() goapp.UI {
	return shell(tabNone,
		crumbs(navLink{Href: "/", Label: "Home"}, navLink{Label: "About"}),
		elText("h1", "", "About Limber"),
		elText("p", "lead", content.AboutIntro),
		el("section", "block callout", elText("h2", "", "Limber informs, it does not diagnose"), elText("p", "", content.Disclaimer)),
		el("section", "block",
			elText("h2", "", "Sources"),
			el("ul", "item-list",
				goapp.Range(content.Sources).Slice(func(i int) goapp.UI {
					s := content.Sources[i]
					return el("li", "", elText("strong", "", s.Title), goapp.Text(" — "+s.Note))
				}),
			),
		),
		el("section", "block", elText("h2", "", "Your data"), elText("p", "", content.Privacy)),
		el("section", "block",
			elText("h2", "", "Works offline"),
			elText("p", "", "After your first visit, every page, exercise, routine, timer and the red-flag check work with no signal. Add Limber to your home screen to open it like an app."),
		),
	)
}

// NotFoundPage is shown for unknown routes (the server also answers 404).
type NotFoundPage struct{ goapp.Compo }

func (p *NotFoundPage) Render() goapp.UI {
	return shell(tabNone,
		el("section", "not-found",
			elemText("h1", "", "We couldn't find that page").ID("not-found"),
			elText("p", "lead", "The link may be old or cut short. Nothing you saved has been lost."),
			el("div", "hero-actions",
				link("button primary", "/", icon(iconHome), elText("span", "", "Go home")),
				link("button", "/exercises", icon(iconLibrary), elText("span", "", "Browse exercises")),
			),
		),
	)
}

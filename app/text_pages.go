package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/redflag"
	"limber/content"
)

func itoa(n int) string { return strconv.Itoa(n) }

// FAQPage answers the five common questions.
type FAQPage struct{ goapp.Compo }

var faqMeta = pageMeta{
	Title:       "Frequently asked questions",
	Description: "Short answers on what tightens hamstrings and the lower back, how the two are linked, what helps, when to get help and how to prevent it.",
	Path:        "/faq",
}

func (p *FAQPage) OnPreRender(ctx goapp.Context) { applyMeta(ctx, faqMeta) }
func (p *FAQPage) OnNav(ctx goapp.Context)       { applyMeta(ctx, faqMeta) }

func (p *FAQPage) Render() goapp.UI {
	return shell(tabNone,
		crumbs(navLink{Href: "/", Label: "Home"}, navLink{Label: "FAQ"}),
		goapp.H1().Text("Frequently asked questions"),
		goapp.Div().Class("faq").Body(goapp.Range(content.FAQs).Slice(func(i int) goapp.UI {
			f := content.FAQs[i]
			return goapp.Section().Class("faq-item").ID(f.Slug).Body(
				goapp.H2().Text(f.Question),
				goapp.P().Text(f.Answer),
				goapp.If(len(f.Links) > 0, func() goapp.UI {
					return goapp.P().Class("see-also").Body(
						goapp.Text("Read more: "),
						goapp.Range(f.Links).Slice(func(j int) goapp.UI { return guideLink(f.Links[j]) }),
					)
				}),
			)
		})),
	)
}

// guideLink links a section or strategy slug by its title.
func guideLink(slug string) goapp.UI {
	if s, ok := content.SectionBySlug(slug); ok {
		return goapp.A().Class("inline-link").Href("/guide/" + slug).Text(s.Title)
	}
	if s, ok := content.StrategyBySlug(slug); ok {
		return goapp.A().Class("inline-link").Href("/guide/strategies/" + slug).Text(s.Title)
	}
	return nil
}

// HelpPage says when to get professional help and leads to the red-flag check.
type HelpPage struct{ goapp.Compo }

var helpMeta = pageMeta{
	Title:       "When to get help",
	Description: "The signs that mean you should stop stretching and see a physiotherapist or doctor, and the emergency signs that need help now.",
	Path:        "/help",
}

func (p *HelpPage) OnPreRender(ctx goapp.Context) { applyMeta(ctx, helpMeta) }
func (p *HelpPage) OnNav(ctx goapp.Context)       { applyMeta(ctx, helpMeta) }

func (p *HelpPage) Render() goapp.UI {
	return shell(tabHelp,
		goapp.H1().Text("When to get help"),
		goapp.P().Class("lead").Text(content.HelpIntro),
		goapp.Section().Class("block callout danger").Aria("labelledby", "emergency-h").Body(
			goapp.H2().ID("emergency-h").Text("Get help now if your back pain comes with…"),
			goapp.Ul().Body(goapp.Range(redflag.QuestionsFor(redflag.Emergency)).Slice(func(i int) goapp.UI {
				return goapp.Li().Text(redflag.QuestionsFor(redflag.Emergency)[i].Text)
			})),
			goapp.A().Class("button danger").Href("/check").Text("Go through the red-flag check"),
		),
		goapp.Section().Class("block").Body(
			goapp.H2().Text("See a professional if"),
			renderItems(content.HelpTriggers),
			goapp.P().Text(content.WhoCanHelp),
		),
		goapp.Section().Class("block").Body(
			goapp.H2().Text("Stop rules while you exercise"),
			goapp.Ul().Class("item-list").Body(goapp.Range(redflag.StopRules).Slice(func(i int) goapp.UI { return goapp.Li().Text(redflag.StopRules[i]) })),
		),
		goapp.P().Class("disclaimer").Text(redflag.Disclaimer),
	)
}

// AboutPage names the sources, the privacy promise and the disclaimer.
type AboutPage struct{ goapp.Compo }

var aboutMeta = pageMeta{
	Title:       "About Limber and its sources",
	Description: "Where Limber's guidance comes from, what it can and cannot do, and how it keeps your data on your phone.",
	Path:        "/about",
}

func (p *AboutPage) OnPreRender(ctx goapp.Context) { applyMeta(ctx, aboutMeta) }
func (p *AboutPage) OnNav(ctx goapp.Context)       { applyMeta(ctx, aboutMeta) }

func (p *AboutPage) Render() goapp.UI {
	return shell(tabNone,
		crumbs(navLink{Href: "/", Label: "Home"}, navLink{Label: "About"}),
		goapp.H1().Text("About Limber"),
		goapp.P().Class("lead").Text(content.AboutIntro),
		goapp.Section().Class("block callout").Body(goapp.H2().Text("Limber informs, it does not diagnose"), goapp.P().Text(content.Disclaimer)),
		goapp.Section().Class("block").Body(
			goapp.H2().Text("Sources"),
			goapp.Ul().Class("item-list").Body(goapp.Range(content.Sources).Slice(func(i int) goapp.UI {
				s := content.Sources[i]
				return goapp.Li().Body(goapp.Strong().Text(s.Title), goapp.Text(" — "+s.Note))
			})),
		),
		goapp.Section().Class("block").Body(goapp.H2().Text("Your data"), goapp.P().Text(content.Privacy)),
		goapp.Section().Class("block").Body(
			goapp.H2().Text("Works offline"),
			goapp.P().Text("After your first visit, every page, exercise, routine, timer and the red-flag check work with no signal. Add Limber to your home screen to open it like an app."),
		),
	)
}

// NotFoundPage is shown for unknown routes (the server also answers 404).
type NotFoundPage struct{ goapp.Compo }

var notFoundMeta = pageMeta{
	Title:       "Page not found",
	Description: "This page does not exist in Limber. The guide, exercises and routines are a tap away.",
}

func (p *NotFoundPage) OnPreRender(ctx goapp.Context) { applyMeta(ctx, notFoundMeta) }
func (p *NotFoundPage) OnNav(ctx goapp.Context)       { applyMeta(ctx, notFoundMeta) }

func (p *NotFoundPage) Render() goapp.UI {
	return shell(tabNone,
		goapp.Section().Class("not-found").Body(
			goapp.H1().ID("not-found").Text("We couldn't find that page"),
			goapp.P().Class("lead").Text("The link may be old or cut short. Nothing you saved has been lost."),
			goapp.Div().Class("hero-actions").Body(
				goapp.A().Class("button primary").Href("/").Body(icon("home"), goapp.Span().Text("Go home")),
				goapp.A().Class("button").Href("/exercises").Body(icon("library"), goapp.Span().Text("Browse exercises")),
			),
		),
	)
}

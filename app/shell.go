package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// tab identifies the bottom-bar entry a page belongs to.
type tab string

const (
	tabHome      tab = "home"
	tabExercises tab = "exercises"
	tabRoutines  tab = "routines"
	tabTimer     tab = "timer"
	tabHelp      tab = "help"
	tabNone      tab = ""
)

type navLink struct {
	Tab   tab
	Href  string
	Label string
	Icon  string
}

var navLinks = []navLink{
	{tabHome, "/", "Home", "home"},
	{tabExercises, "/exercises", "Exercises", "library"},
	{tabRoutines, "/routines", "Routines", "routines"},
	{tabTimer, "/timer", "Timer", "timer"},
	{tabHelp, "/help", "Help", "help"},
}

// shell wraps every page in the same frame: a skip link, the top bar with the
// always-visible red-flag button, the page's main landmark, a footer and the
// bottom tab bar on phones.
func shell(active tab, body ...goapp.UI) goapp.UI {
	return goapp.Div().Class("shell").Body(
		goapp.A().Class("skip-link").Href("#main").Text("Skip to content"),
		goapp.Header().Class("topbar").Body(
			goapp.A().Class("brand").Href("/").Aria("label", "Limber home").Body(
				goapp.Img().Class("brand-mark").Src("/web/icons/icon.svg").Alt("").Attr("role", "presentation").Width(32).Height(32),
				goapp.Span().Class("brand-name").Text("Limber"),
			),
			goapp.Nav().Class("topnav").Aria("label", "Main").Body(
				goapp.Range(navLinks).Slice(func(i int) goapp.UI {
					return navAnchor(navLinks[i], active, "topnav-link")
				}),
			),
			goapp.A().Class("redflag-button").Href("/check").Body(
				icon("help"),
				goapp.Span().Text("Red flags"),
			),
		),
		&StatusBar{},
		&RouteFocus{},
		goapp.Main().ID("main").Class("page").TabIndex(-1).Body(body...),
		goapp.Footer().Class("footer").Body(
			goapp.P().Text("Limber informs; it does not diagnose. If something feels wrong, stop and check the red flags."),
			goapp.P().Class("footer-links").Body(
				goapp.A().Href("/check").Text("Red-flag check"),
				goapp.A().Href("/guide").Text("Guide"),
				goapp.A().Href("/faq").Text("FAQ"),
				goapp.A().Href("/settings").Text("Settings"),
				goapp.A().Href("/about").Text("About & sources"),
			),
		),
		goapp.Nav().Class("tabbar").Aria("label", "Tabs").Body(
			goapp.Range(navLinks).Slice(func(i int) goapp.UI {
				return navAnchor(navLinks[i], active, "tabbar-link")
			}),
		),
	)
}

func navAnchor(l navLink, active tab, class string) goapp.UI {
	a := goapp.A().Class(class).Href(l.Href).Body(icon(l.Icon), goapp.Span().Text(l.Label))
	if l.Tab == active {
		a = a.Aria("current", "page").Class("active")
	}
	return a
}

// crumbs renders a breadcrumb trail; the last entry is the current page.
func crumbs(trail ...navLink) goapp.UI {
	return goapp.Nav().Class("crumbs").Aria("label", "Breadcrumb").Body(
		goapp.Ol().Body(goapp.Range(trail).Slice(func(i int) goapp.UI {
			if i == len(trail)-1 {
				return goapp.Li().Body(goapp.Span().Aria("current", "page").Text(trail[i].Label))
			}
			return goapp.Li().Body(goapp.A().Href(trail[i].Href).Text(trail[i].Label))
		})),
	)
}

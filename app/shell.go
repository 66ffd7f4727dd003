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
	Icon  iconName
}

var navLinks = []navLink{
	{tabHome, "/", "Home", iconHome},
	{tabExercises, "/exercises", "Exercises", iconLibrary},
	{tabRoutines, "/routines", "Routines", iconRoutines},
	{tabTimer, "/timer", "Timer", iconTimer},
	{tabHelp, "/help", "Help", iconHelp},
}

// shell wraps every page in the same frame: a skip link, the top bar with the
// always-visible red-flag button, the page's main landmark, a footer and the
// bottom tab bar on phones.
func shell(active tab, body ...goapp.UI) goapp.UI {
	return el("div", "shell",
		linkText("skip-link", "#main", "Skip to content"),
		el("header", "topbar",
			anchor("brand", "/",
				void("img", "brand-mark").Attr("src", "/web/icons/icon.svg").Attr("alt", "").Attr("role", "presentation").Attr("width", 32).Attr("height", 32),
				elText("span", "brand-name", "Limber"),
			).Aria("label", "Limber home"),
			elem("nav", "topnav",
				goapp.Range(navLinks).Slice(func(i int) goapp.UI {
					return navAnchor(navLinks[i], active, "topnav-link")
				}),
			).Aria("label", "Main"),
			link("redflag-button", "/check",
				icon(iconHelp),
				elText("span", "", "Red flags"),
			),
		),
		&StatusBar{},
		&RouteFocus{},
		elem("main", "page", body...).ID("main").TabIndex(-1),
		el("footer", "footer",
			elText("p", "", "Limber informs; it does not diagnose. If something feels wrong, stop and check the red flags."),
			el("p", "footer-links",
				linkText("", "/check", "Red-flag check"),
				linkText("", "/guide", "Guide"),
				linkText("", "/faq", "FAQ"),
				linkText("", "/settings", "Settings"),
				linkText("", "/about", "About & sources"),
			),
		),
		elem("nav", "tabbar",
			goapp.Range(navLinks).Slice(func(i int) goapp.UI {
				return navAnchor(navLinks[i], active, "tabbar-link")
			}),
		).Aria("label", "Tabs"),
	)
}

func navAnchor(l navLink, active tab, class string) goapp.UI {
	a := anchor(class, l.Href, icon(l.Icon), elText("span", "", l.Label))
	if l.Tab == active {
		a = a.Aria("current", "page").Class("active")
	}
	return a
}

// crumbs renders a breadcrumb trail; the last entry is the current page.
func crumbs(trail ...navLink) goapp.UI {
	return elem("nav", "crumbs",
		el("ol", "",
			goapp.Range(trail).Slice(func(i int) goapp.UI {
				if i == len(trail)-1 {
					return el("li", "", elemText("span", "", trail[i].Label).Aria("current", "page"))
				}
				return el("li", "", linkText("", trail[i].Href, trail[i].Label))
			}),
		),
	).Aria("label", "Breadcrumb")
}

// opening stands in for a page until it has read its address, so no
// state of a page shows an empty heading.
func opening() goapp.UI {
	return elemText("p", "shell-opening", "Opening…").Attr("role", "status")
}

package view

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
)

// Tab identifies the bottom-bar entry a page belongs to.
type Tab string

const (
	TabHome      Tab = "home"
	TabExercises Tab = "exercises"
	TabRoutines  Tab = "routines"
	TabTimer     Tab = "timer"
	TabHelp      Tab = "help"
	TabNone      Tab = ""
)

type NavLink struct {
	Tab   Tab
	Href  string
	Label string
	Icon  IconName
}

// navLinks' labels are English keys, translated where they are shown
// (navAnchor's ElText): keyed fields, so the catalogue finds them.
var navLinks = []NavLink{
	{Tab: TabHome, Href: "/", Label: "Home", Icon: IconHome},
	{Tab: TabExercises, Href: "/exercises", Label: "Exercises", Icon: IconLibrary},
	{Tab: TabRoutines, Href: "/routines", Label: "Routines", Icon: IconRoutines},
	{Tab: TabTimer, Href: "/timer", Label: "Timer", Icon: IconTimer},
	{Tab: TabHelp, Href: "/help", Label: "Help", Icon: IconHelp},
}

// Shell wraps every page in the same frame: a skip link, the top bar with the
// always-visible red-flag button, the page's main landmark, a footer and the
// bottom tab bar on phones. Chrome goes between the top bar and main: the
// routed pages' status bar and focus keeper, which know the app's routes and
// stored data, things a view does not.
//
// Footer is what the routed pages add at the end of the footer (the
// language switch, which knows the page's address).
func Shell(active Tab, chrome, footer []goapp.UI, body ...goapp.UI) goapp.UI {
	return El("div", "shell",
		LinkText("skip-link", "#main", "Skip to content"),
		El("header", "topbar",
			Anchor("brand", "/",
				Void("img", "brand-mark").Attr("src", "/web/icons/icon.svg").Attr("alt", "").Attr("role", "presentation").Attr("width", 32).Attr("height", 32),
				ElText("span", "brand-name", "Limber"),
			).Aria("label", i18n.T("Limber home")),
			Elem("nav", "topnav",
				goapp.Range(navLinks).Slice(func(i int) goapp.UI {
					return navAnchor(navLinks[i], active, "topnav-link")
				}),
			).Aria("label", i18n.T("Main")),
			Link("redflag-button", "/check",
				Icon(IconHelp),
				ElText("span", "", "Red flags"),
			),
		),
		goapp.Range(chrome).Slice(func(i int) goapp.UI { return chrome[i] }),
		Elem("main", "page", body...).ID("main").TabIndex(-1),
		El("footer", "footer",
			ElText("p", "", "Limber informs; it does not diagnose. If something feels wrong, stop and check the red flags."),
			El("p", "footer-links",
				LinkText("", "/check", "Red-flag check"),
				LinkText("", "/guide", "Guide"),
				LinkText("", "/faq", "FAQ"),
				LinkText("", "/glossary", "Glossary"),
				LinkText("", "/settings", "Settings"),
				LinkText("", "/about", "About & sources"),
			),
			goapp.Range(footer).Slice(func(i int) goapp.UI { return footer[i] }),
		),
		Elem("nav", "tabbar",
			goapp.Range(navLinks).Slice(func(i int) goapp.UI {
				return navAnchor(navLinks[i], active, "tabbar-link")
			}),
		).Aria("label", i18n.T("Tabs")),
	)
}

func navAnchor(l NavLink, active Tab, class string) goapp.UI {
	a := Anchor(class, l.Href, Icon(l.Icon), ElText("span", "", l.Label))
	if l.Tab == active {
		a = a.Aria("current", "page").Class("active")
	}
	return a
}

// Crumbs renders a breadcrumb trail; the last entry is the current page.
func Crumbs(trail ...NavLink) goapp.UI {
	return Elem("nav", "crumbs",
		El("ol", "",
			goapp.Range(trail).Slice(func(i int) goapp.UI {
				if i == len(trail)-1 {
					return El("li", "", ElemText("span", "", trail[i].Label).Aria("current", "page"))
				}
				return El("li", "", LinkText("", trail[i].Href, trail[i].Label))
			}),
		),
	).Aria("label", i18n.T("Breadcrumb"))
}

// Opening stands in for a page until it has read its address, so no
// state of a page shows an empty heading.
func Opening() goapp.UI {
	return ElemText("p", "shell-opening", "Opening…").Attr("role", "status")
}

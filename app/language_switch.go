package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/storage"
	"limber/app/view"
)

// LanguageSwitch links to this page in each other language. Following one
// reloads the page (each language loads its own texts) and remembers the
// choice.
type LanguageSwitch struct {
	goapp.Compo
	Class string

	path string // this page in English, with its query (a shared routine's link)
}

func (c *LanguageSwitch) OnPreRender(ctx goapp.Context) { c.read(ctx) }
func (c *LanguageSwitch) OnMount(ctx goapp.Context)     { c.read(ctx) }
func (c *LanguageSwitch) OnNav(ctx goapp.Context)       { c.read(ctx) }

// read keeps the page's path and its query, re-encoded (a link's query
// can carry anything).
// The server's HTML leaves the query out (go-app does not escape
// attribute values there); the browser adds it.
func (c *LanguageSwitch) read(ctx goapp.Context) {
	c.path = routePath(ctx)
	if goapp.IsServer {
		return
	}
	if q := ctx.Page().URL().Query().Encode(); q != "" {
		c.path += "?" + q
	}
}

func (c *LanguageSwitch) Render() goapp.UI {
	path := c.path
	if path == "" || path[0] != '/' {
		path = "/" + path
	}
	return view.Elem("ul", "language-switch "+c.Class,
		goapp.Range(i18n.Langs).Slice(func(i int) goapp.UI {
			l := i18n.Langs[i]
			if l == i18n.Current() {
				return view.Elem("li", "", view.ElemText("span", "current", l.Name()).Attr("lang", l.Tag()).Aria("current", "true"))
			}
			href := rootPrefix() + i18n.PathIn(l, path)
			return view.Elem("li", "", goapp.Elem("a").Attr("href", href).Attr("lang", l.Tag()).Attr("hreflang", l.Tag()).Text(l.Name()).
				On("click", c.follow(l), goapp.EventScope(string(l))))
		}),
	).Aria("label", i18n.T("Language"))
}

// follow leaves by a full page load rather than go-app's in-page
// navigation, so the new language's texts load. It reads the link's
// address (query included) when tapped: go-app keeps an element's first handler across
// renders, and the first render may not know this page's path yet.
func (c *LanguageSwitch) follow(l i18n.Lang) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) {
		e.PreventDefault()
		e.Call("stopPropagation")
		_ = storage.Set(languageKey, string(l))
		goapp.Window().Get("location").Call("assign", e.Get("currentTarget").Get("href").String())
	}
}

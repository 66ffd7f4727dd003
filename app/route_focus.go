package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/view"
)

// RouteFocus does what every page needs when it is opened. It applies the
// route table's metadata (title, description, canonical link, preview), on
// the server and on each client-side navigation, so no page repeats it. And
// after a client-side navigation it moves keyboard focus to the new page's
// h1, as a full page load would: otherwise focus is lost with the link that
// was pressed, the next Tab starts from nowhere in particular and screen
// readers say nothing about the new page. The first load and links to a
// #fragment keep their focus.
type RouteFocus struct {
	goapp.Compo
}

func (f *RouteFocus) OnPreRender(ctx goapp.Context) { applyRouteMeta(ctx) }

// applyRouteMeta applies the table's metadata for this page, if it has any
// (pages whose metadata depends on their query apply their own).
func applyRouteMeta(ctx goapp.Context) {
	if m := metaFor(routePath(ctx)); m.Title != "" {
		applyMeta(ctx, m)
	}
}

func (f *RouteFocus) OnNav(ctx goapp.Context) {
	// Each language loads its texts at start: arriving in another one
	// without a page load (history kept across a language switch) reloads.
	if lang, _ := i18n.Split(withoutRootPrefix(ctx.Page().URL().Path)); lang != i18n.Current() {
		goapp.Window().Get("location").Call("reload")
		return
	}
	applyRouteMeta(ctx)
	navigations++
	if navigations == 1 || ctx.Page().URL().Fragment != "" {
		return
	}
	ctx.Defer(func(goapp.Context) { focusHeading() })
}

func (f *RouteFocus) Render() goapp.UI {
	return view.Elem("span", "route-focus").Hidden(true)
}

// focusHeading focuses the main h1 (made focusable by script only, so it is
// never a Tab stop), or the main landmark when a page has no h1.
func focusHeading() {
	doc := goapp.Window().Get("document")
	el := doc.Call("querySelector", "main h1")
	if !el.Truthy() {
		el = doc.Call("getElementById", "main")
	}
	if !el.Truthy() {
		return
	}
	if !el.Call("hasAttribute", "tabindex").Bool() {
		el.Call("setAttribute", "tabindex", "-1")
	}
	// A new page starts at its top, breadcrumbs in view: focusing the
	// heading must not scroll it up under the sticky top bar.
	el.Call("focus", map[string]any{"preventScroll": true})
	goapp.Window().Call("scrollTo", 0, 0)
}

// focusID focuses the element with this id, if it is there.
func focusID(id string) {
	if el := goapp.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}

// focusFirst focuses the first element matching a CSS selector, if any.
func focusFirst(sel string) {
	if el := goapp.Window().Get("document").Call("querySelector", sel); el.Truthy() {
		el.Call("focus")
	}
}

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/i18n"
	"limber/app/view"
)

// ShareButton shares the current page: the Web Share API where the browser
// has it, otherwise the link goes to the clipboard with a visible note.
type ShareButton struct {
	goapp.Compo

	Title string
	Text  string
	// URL overrides the page's own address (a routine link, for example).
	URL string

	note string
}

func (b *ShareButton) Render() goapp.UI {
	return view.El("div", "share",
		view.Elem("button", "button",
			view.Icon(view.IconShare),
			view.ElText("span", "", "Share"),
		).ID("share-button").Attr("type", "button").OnClick(b.share),
		view.ElemText("span", "share-note", b.note).ID("share-note").Aria("live", "polite"),
	)
}

func (b *ShareButton) link() string {
	if b.URL != "" {
		return b.URL
	}
	loc := goapp.Window().Get("location")
	return loc.Get("origin").String() + loc.Get("pathname").String() + loc.Get("search").String()
}

func (b *ShareButton) share(ctx goapp.Context, e goapp.Event) {
	url := b.link()
	nav := goapp.Window().Get("navigator")
	if nav.Get("share").Truthy() {
		data := map[string]any{"title": i18n.T(b.Title) + " · Limber", "text": i18n.T(b.Text), "url": url}
		browser.PromiseThen(nav.Call("share", data), func(goapp.Value) {
			ctx.Dispatch(func(goapp.Context) { b.note = i18n.T("Shared.") })
		}, func(err goapp.Value) {
			// AbortError means the person closed the sheet: say nothing.
			if err.Truthy() && err.Get("name").String() == "AbortError" {
				return
			}
			b.copy(ctx, url)
		})
		return
	}
	b.copy(ctx, url)
}

func (b *ShareButton) copy(ctx goapp.Context, url string) {
	clip := goapp.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		ctx.Dispatch(func(goapp.Context) { b.note = i18n.F("Copy this link: {url}", "url", url) })
		return
	}
	browser.PromiseThen(clip.Call("writeText", url), func(goapp.Value) {
		ctx.Dispatch(func(goapp.Context) { b.note = i18n.T("Link copied.") })
	}, func(goapp.Value) {
		ctx.Dispatch(func(goapp.Context) { b.note = i18n.F("Copy this link: {url}", "url", url) })
	})
}

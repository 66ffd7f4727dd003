package view

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
)

// Elements are built here through goapp.Elem rather than go-app's typed
// constructors (goapp.Div, goapp.A, ...): each typed constructor links its
// own type with some sixty methods into app.wasm, and each chained call costs
// code at every call site. Folding tag, class and children into one call
// keeps app.wasm small (docs/BENCHMARKS.md sets its size beside a bare
// go-app app's; it does not measure this choice on its own).
//
// El, ElText, Link and LinkText return a finished UI; Elem, ElemText, Anchor
// and AnchorText return the element for more attributes or event handlers.

// Elem is an element with an optional class and children.
func Elem(tag, class string, body ...goapp.UI) goapp.HTMLElem {
	e := goapp.Elem(tag)
	if class != "" {
		e = e.Class(class)
	}
	if len(body) > 0 {
		e = e.Body(body...)
	}
	return e
}

// ElemText is an element holding just text, in the current language
// (i18n.T: English keys, and text someone typed, pass through unchanged).
func ElemText(tag, class, text string) goapp.HTMLElem {
	return Elem(tag, class).Text(i18n.T(text))
}

// Anchor is a link to href; an app path leads to the page in the current
// language (i18n.Path).
func Anchor(class, href string, body ...goapp.UI) goapp.HTMLElem {
	return Elem("a", class, body...).Attr("href", i18n.Path(href))
}

// AnchorText is a link to href holding just text, both in the current
// language.
func AnchorText(class, href, text string) goapp.HTMLElem {
	return Elem("a", class).Attr("href", i18n.Path(href)).Text(i18n.T(text))
}

// Text is a text node in the current language.
func Text(s string) goapp.UI { return goapp.Text(i18n.T(s)) }

// TextAround puts ui in the place of placeholder in text, a whole sentence
// already in the current language: TextAround(i18n.T("Read the {link}."),
// "{link}", LinkText("", "/guide", "guide")). A sentence is translated
// whole, so each language puts the link where its word order needs it.
func TextAround(text, placeholder string, ui goapp.UI) []goapp.UI {
	before, after, found := strings.Cut(text, placeholder)
	var out []goapp.UI
	if before != "" {
		out = append(out, goapp.Text(before))
	}
	if !found {
		return append(out, ui)
	}
	out = append(out, ui)
	if after != "" {
		out = append(out, goapp.Text(after))
	}
	return out
}

// Void is an element without children (img, input).
func Void(tag, class string) goapp.HTMLElemSelfClosing {
	e := goapp.ElemSelfClosing(tag)
	if class != "" {
		e = e.Class(class)
	}
	return e
}

// The UI-returning forms stay out of line so that the conversion from
// HTMLElem to UI is compiled once here rather than at hundreds of calls.

//go:noinline
func El(tag, class string, body ...goapp.UI) goapp.UI { return Elem(tag, class, body...) }

//go:noinline
func ElText(tag, class, text string) goapp.UI { return ElemText(tag, class, text) }

//go:noinline
func Link(class, href string, body ...goapp.UI) goapp.UI { return Anchor(class, href, body...) }

//go:noinline
func LinkText(class, href, text string) goapp.UI { return AnchorText(class, href, text) }

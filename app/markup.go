package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Elements are built here through goapp.Elem rather than go-app's typed
// constructors (goapp.Div, goapp.A, ...): each typed constructor links its
// own type with some sixty methods into app.wasm, and each chained call costs
// code at every call site. Folding tag, class and children into one call
// keeps app.wasm small (docs/BENCHMARKS.md sets its size beside a bare
// go-app app's; it does not measure this choice on its own).
//
// el, elText, link and linkText return a finished UI; elem, elemText, anchor
// and anchorText return the element for more attributes or event handlers.

// elem is an element with an optional class and children.
func elem(tag, class string, body ...goapp.UI) goapp.HTMLElem {
	e := goapp.Elem(tag)
	if class != "" {
		e = e.Class(class)
	}
	if len(body) > 0 {
		e = e.Body(body...)
	}
	return e
}

// elemText is an element holding just text.
func elemText(tag, class, text string) goapp.HTMLElem {
	return elem(tag, class).Text(text)
}

// anchor is a link to href.
func anchor(class, href string, body ...goapp.UI) goapp.HTMLElem {
	return elem("a", class, body...).Attr("href", href)
}

// anchorText is a link to href holding just text.
func anchorText(class, href, text string) goapp.HTMLElem {
	return elem("a", class).Attr("href", href).Text(text)
}

// void is an element without children (img, input).
func void(tag, class string) goapp.HTMLElemSelfClosing {
	e := goapp.ElemSelfClosing(tag)
	if class != "" {
		e = e.Class(class)
	}
	return e
}

// The UI-returning forms stay out of line so that the conversion from
// HTMLElem to UI is compiled once here rather than at hundreds of calls.

//go:noinline
func el(tag, class string, body ...goapp.UI) goapp.UI { return elem(tag, class, body...) }

//go:noinline
func elText(tag, class, text string) goapp.UI { return elemText(tag, class, text) }

//go:noinline
func link(class, href string, body ...goapp.UI) goapp.UI { return anchor(class, href, body...) }

//go:noinline
func linkText(class, href, text string) goapp.UI { return anchorText(class, href, text) }

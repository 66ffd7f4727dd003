package app

import (
	"net/url"
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/routinelink"
	"limber/app/view"
	"limber/content"
)

// renderRx is what a physio or coach adds for the person they hand the
// routine to: who it suits, how often, for how long and how to do it.
// Folded away, as most people build for themselves.
func (b *RoutineBuilder) renderRx() goapp.UI {
	set := func(f func(*content.Prescription)) { f(&b.rx); b.changed() }
	return view.Elem("details", "card builder-rx",
		view.ElText("summary", "", "For a physio or coach: instructions and how often"),
		view.ElText("p", "card-text", "They travel inside the link and show before the exercises. Each exercise above can carry its own note too."),
		view.El("div", "field",
			view.ElemText("label", "", "Who it suits").Attr("for", "rx-suits-in"),
			view.Void("input", "").ID("rx-suits-in").Attr("type", "text").Attr("maxlength", routinelink.MaxSuitsRunes).Attr("value", b.rx.Suits).
				Attr("placeholder", i18n.T("e.g. Tight hamstrings after long runs")).
				OnInput(func(ctx goapp.Context, e goapp.Event) {
					v := ctx.JSSrc().Get("value").String()
					set(func(rx *content.Prescription) { rx.Suits = v })
				}),
		),
		view.El("div", "field",
			view.ElemText("label", "", "Instructions").Attr("for", "rx-instructions-in"),
			view.Elem("textarea", "").ID("rx-instructions-in").Attr("rows", 3).Attr("maxlength", routinelink.MaxInstructionsRunes).
				Attr("placeholder", i18n.T("e.g. Morning and evening. Stop if the tingling comes back.")).Text(b.rx.Instructions).
				OnInput(func(ctx goapp.Context, e goapp.Event) {
					v := ctx.JSSrc().Get("value").String()
					set(func(rx *content.Prescription) { rx.Instructions = v })
				}),
		),
		view.El("div", "builder-fields",
			view.El("div", "number-field",
				view.ElemText("label", "", "How often").Attr("for", "rx-often-in"),
				view.Elem("select", "", goapp.Range(view.Often).Slice(func(i int) goapp.UI {
					n := view.Often[i]
					label := view.OftenLabel(content.Prescription{PerWeek: n})
					if n == 0 {
						label = i18n.T("Not said")
					}
					return view.ElemText("option", "", label).Attr("value", strconv.Itoa(n)).Attr("selected", n == b.rx.PerWeek)
				})).ID("rx-often-in").OnChange(func(ctx goapp.Context, e goapp.Event) {
					n, _ := strconv.Atoi(ctx.JSSrc().Get("value").String())
					set(func(rx *content.Prescription) { rx.PerWeek = n })
				}),
			),
			numberField("rx-weeks-in", i18n.T("For weeks (0: not said)"), b.rx.Weeks, 0, routinelink.MaxWeeks, func(v int) { set(func(rx *content.Prescription) { rx.Weeks = v }) }),
		),
	).Attr("open", b.rxOpen || !b.rx.IsZero()).ID("builder-rx").On("toggle", func(ctx goapp.Context, e goapp.Event) {
		b.rxOpen = ctx.JSSrc().Get("open").Bool()
	})
}

// renderLink is the made link: to copy, share, scan or print.
func (b *RoutineBuilder) renderLink() goapp.UI {
	return view.El("div", "card share-card",
		view.ElemText("label", "", "Link to this routine").Attr("for", "builder-url"),
		view.Void("input", "").ID("builder-url").Attr("type", "url").Attr("readonly", true).Attr("value", b.link),
		goapp.If(b.qr != "", func() goapp.UI {
			return view.Elem("figure", "qr", view.QRBox(b.qr),
				view.ElText("figcaption", "card-text", "Scan it from this screen with another phone's camera."),
			).ID("builder-qr")
		}),
		view.El("div", "actions",
			&ShareButton{Title: b.routine().Name, Text: i18n.T("A stretching routine in Limber"), URL: b.link},
			view.LinkText("button", "/routines/sheet?r="+url.QueryEscape(b.token), "Print or save as PDF"),
			view.LinkText("button", b.link, "Open preview"),
		),
	)
}

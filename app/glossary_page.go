package app

import (
	"slices"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/view"
	"limber/content"
)

// GlossaryPage explains the clinical words the guide uses, in plain
// language, sorted as the reader's language sorts them. The guide links
// each term's first use on a page here (view.Glossed).
type GlossaryPage struct{ goapp.Compo }

func (p *GlossaryPage) Render() goapp.UI {
	terms := slices.Clone(content.Glossary)
	slices.SortFunc(terms, func(a, b content.Term) int {
		return strings.Compare(strings.ToLower(i18n.T(a.Term)), strings.ToLower(i18n.T(b.Term)))
	})
	return shell(view.TabNone,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Href: "/guide", Label: "Guide"}, view.NavLink{Label: "Glossary"}),
		view.El("article", "prose",
			view.ElText("h1", "", "Glossary"),
			view.ElText("p", "lead", "The medical words the guide uses, in plain language. They describe; they don't diagnose."),
			view.El("dl", "glossary",
				goapp.Range(terms).Slice(func(i int) goapp.UI {
					t := terms[i]
					return view.El("div", "glossary-entry",
						view.ElemText("dt", "", t.Term).ID(t.Slug),
						view.ElText("dd", "", t.Plain),
					)
				}),
			),
		),
	)
}

package view

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/content"
)

// Glossed writes a page's prose with the first use of each glossary term
// linked to its plain-language entry. One per render: it remembers which
// terms this page has linked.
type Glossed struct{ linked map[string]bool }

func NewGlossed() *Glossed { return &Glossed{linked: map[string]bool{}} }

// Text is text in the current language, split around the first unlinked
// term it uses (then the rest, which may hold another).
func (g *Glossed) Text(s string) []goapp.UI {
	s = i18n.T(s)
	var out []goapp.UI
	for s != "" {
		at, n, term := g.first(s)
		if term == "" {
			return append(out, goapp.Text(s))
		}
		g.linked[term] = true
		if at > 0 {
			out = append(out, goapp.Text(s[:at]))
		}
		out = append(out, goapp.Elem("a").Class("term").Attr("href", i18n.Path("/glossary")+"#"+term).Text(s[at:at+n]))
		s = s[at+n:]
	}
	return out
}

// first finds the earliest use in s of a term not linked yet.
func (g *Glossed) first(s string) (at, n int, slug string) {
	at = -1
	lower := strings.ToLower(s)
	for _, t := range content.Glossary {
		if g.linked[t.Slug] {
			continue
		}
		m := strings.ToLower(i18n.T(t.Match))
		if len(lower) != len(s) {
			m = i18n.T(t.Match) // case folding changed byte lengths: match exactly
			lower = s
		}
		if i := strings.Index(lower, m); i >= 0 && (at < 0 || i < at) {
			at, n, slug = i, len(m), t.Slug
		}
	}
	return at, n, slug
}

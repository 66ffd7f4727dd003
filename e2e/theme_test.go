package e2e

import (
	"testing"
)

// TestThemeColours: the palette follows the system until Settings picks a
// theme, and a picked theme wins over the system, both ways.
func TestThemeColours(t *testing.T) {
	const lightBg, darkBg = "rgb(245, 247, 246)", "rgb(15, 26, 28)"
	p := newPage(t)
	p.open("/")
	system := (&auditor{p: p}).colorScheme // also checks the page sees it
	cases := []struct{ system, picked, want string }{
		{"light", "", lightBg},
		{"dark", "", darkBg},
		{"dark", "light", lightBg},
		{"light", "dark", darkBg},
	}
	for _, c := range cases {
		system(c.system)
		p.eval(`(() => { const v = `+jsString(c.picked)+`; if (v) document.documentElement.dataset.theme = v; else delete document.documentElement.dataset.theme; return true; })()`, nil)
		var bg, text string
		p.eval(`getComputedStyle(document.body).backgroundColor`, &bg)
		p.eval(`getComputedStyle(document.body).color`, &text)
		if bg != c.want {
			t.Errorf("system %s, picked %q: page background %s, want %s", c.system, c.picked, bg, c.want)
		}
		if text == bg || text == "" {
			t.Errorf("system %s, picked %q: text colour %q on %s", c.system, c.picked, text, bg)
		}
	}
}

package server

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"limber/app"
	"limber/app/i18n"
)

// TestNoEnglishLeftOnTranslatedPages renders every page in Spanish and
// German with the shipped catalogues and looks for text (and accessible
// names, descriptions) still in English: a string the catalogue
// translates that reached the page untranslated, because the code shows
// it without i18n.
func TestNoEnglishLeftOnTranslatedPages(t *testing.T) {
	web := richWebDir(t)
	en := map[string]string{}
	for _, l := range []string{"en", "es", "de"} {
		b, err := os.ReadFile(filepath.Join("..", "web", "i18n", l+".json"))
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(web, "i18n", l+".json"), string(b))
		if l == "en" {
			if err := json.Unmarshal(b, &en); err != nil {
				t.Fatal(err)
			}
		}
	}
	s, err := newSite(Config{WebDir: web, Domain: "limber.test"})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range i18n.Langs[1:] {
		cat := s.catalogues[l]
		left := map[string][]string{}
		for _, p := range app.Paths() {
			if pl, _ := i18n.Split(p); pl != l {
				continue
			}
			doc, err := html.Parse(bytes.NewReader(request(s, "GET", p).Body.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			for _, text := range pageTexts(doc) {
				if tr, ok := cat[text]; ok && tr != text {
					left[text] = append(left[text], p)
				}
			}
		}
		for text, pages := range left {
			t.Errorf("%s: %q is shown in English on %d page(s), e.g. %s", l.Name(), text, len(pages), pages[0])
		}
	}
}

// pageTexts lists a page's text nodes and the attributes people read or
// hear, trimmed.
func pageTexts(n *html.Node) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		if n.Type == html.TextNode {
			if s := strings.TrimSpace(n.Data); s != "" {
				out = append(out, s)
			}
		}
		for _, a := range n.Attr {
			switch a.Key {
			case "aria-label", "alt", "placeholder", "title", "content":
				if s := strings.TrimSpace(a.Val); s != "" {
					out = append(out, s)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

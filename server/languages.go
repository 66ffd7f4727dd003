package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app"
	"limber/app/i18n"
)

// renderMu: the language is process-wide (app/i18n), so pages render one
// at a time, each in its own language. Rendering is cached per page, so
// only pages with a query wait on one another.
var renderMu sync.Mutex

// loadCatalogues reads web/i18n/<lang>.json for every language but
// English. A missing one (a test's small web folder) leaves that language
// in English, logged; a broken one is an error.
func loadCatalogues(static staticFiles) (map[i18n.Lang]map[string]string, error) {
	out := map[i18n.Lang]map[string]string{}
	for _, l := range i18n.Langs[1:] {
		a, ok := static["/web/i18n/"+string(l)+".json"]
		if !ok {
			goapp.Log(fmt.Sprintf("limber: no web/i18n/%s.json: %s pages will show English", l, l.Name()))
			continue
		}
		var cat map[string]string
		if err := json.Unmarshal(a.raw, &cat); err != nil {
			return nil, fmt.Errorf("reading web/i18n/%s.json: %w", l, err)
		}
		out[l] = cat
	}
	return out, nil
}

// manifestLink finds the page's manifest link, whatever its attribute order.
var manifestLink = regexp.MustCompile(`<link [^>]*rel="manifest"[^>]*>`)

// inLanguage runs render with lang's catalogue in use.
func (s *site) inLanguage(lang i18n.Lang, render func()) {
	renderMu.Lock()
	defer renderMu.Unlock()
	i18n.Use(lang, s.catalogues[lang])
	defer i18n.Use(i18n.English, nil)
	render()
}

// localise tells browsers and crawlers the page's language: the lang
// attribute, the language's manifest (its own start page), and for a page
// in its own right, where it is in every language (hreflang).
func (s *site) localise(page []byte, lang i18n.Lang, path string) []byte {
	page = bytes.Replace(page, []byte(`<html lang="en">`), []byte(`<html lang="`+lang.Tag()+`">`), 1)
	if lang != i18n.English {
		// go-app writes a tag's attributes in no fixed order.
		href := []byte(`href="` + s.base + `/manifest.webmanifest"`)
		if loc := manifestLink.FindIndex(page); loc != nil {
			tag := bytes.Replace(page[loc[0]:loc[1]], href, []byte(`href="`+s.base+lang.Prefix()+`/manifest.webmanifest"`), 1)
			page = append(page[:loc[0]:loc[0]], append(tag, page[loc[1]:]...)...)
		}
	}
	if !app.IsKnownPath(path) {
		return page
	}
	var links bytes.Buffer
	origin := s.scheme() + "://" + s.domain + s.base
	for _, l := range i18n.Langs {
		fmt.Fprintf(&links, `<link rel="alternate" hreflang="%s" href="%s%s">`, l, origin, i18n.PathIn(l, path))
	}
	fmt.Fprintf(&links, `<link rel="alternate" hreflang="x-default" href="%s%s">`, origin, path)
	return bytes.Replace(page, []byte("</head>"), append(links.Bytes(), "</head>"...), 1)
}

// manifestIn is the manifest of lang's pages.
func (s *site) manifestIn(lang i18n.Lang) ([]byte, error) {
	var m manifest
	s.inLanguage(lang, func() { m = buildManifest(s.base, lang) })
	b, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("writing the %s manifest: %w", lang.Name(), err)
	}
	return b, nil
}

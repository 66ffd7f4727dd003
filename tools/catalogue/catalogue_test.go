package main

import (
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"limber/app/i18n"
	"limber/content"
)

func catalogue(t *testing.T, lang string) map[string]string {
	t.Helper()
	cat, err := read(filepath.Join("..", "..", "web", "i18n", lang+".json"))
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// The source catalogue is what the app shows today: run `make catalogue`
// after changing English text.
func TestEnglishCatalogueIsCurrent(t *testing.T) {
	keys, err := extract(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	en := catalogue(t, "en")
	var stored []string
	for k := range en {
		stored = append(stored, k)
	}
	sort.Strings(stored)
	if !slices.Equal(keys, stored) {
		for _, k := range keys {
			if _, ok := en[k]; !ok {
				t.Errorf("new text not in web/i18n/en.json: %q", k)
			}
		}
		t.Error("web/i18n/en.json is out of date: run make catalogue")
	}
}

// Every shipped language has every string, none empty, and no leftovers.
func TestEveryLanguageIsComplete(t *testing.T) {
	en := catalogue(t, "en")
	for _, l := range i18n.Langs[1:] {
		cat := catalogue(t, string(l))
		missing := 0
		for k := range en {
			if strings.TrimSpace(cat[k]) == "" {
				missing++
				if missing <= 20 {
					t.Errorf("%s: no translation for %q", l.Name(), k)
				}
			}
		}
		if missing > 20 {
			t.Errorf("%s: %d more strings untranslated", l.Name(), missing-20)
		}
		for k := range cat {
			if _, ok := en[k]; !ok {
				t.Errorf("%s: %q is no longer used (run make catalogue)", l.Name(), k)
			}
		}
	}
}

var placeholder = regexp.MustCompile(`\{[a-z]+\}|%[-+#0-9.]*[vsdqfxXgeEc]`)

// A translation keeps its key's placeholders, each as often.
func TestPlaceholdersMatch(t *testing.T) {
	for _, l := range i18n.Langs[1:] {
		for k, v := range catalogue(t, string(l)) {
			want, got := placeholder.FindAllString(k, -1), placeholder.FindAllString(v, -1)
			sort.Strings(want)
			sort.Strings(got)
			if !slices.Equal(want, got) {
				t.Errorf("%s: %q has placeholders %v, its translation %q has %v", l.Name(), k, want, v, got)
			}
		}
	}
}

// Each glossary term can be linked in every language: its translation
// appears, as the glossary writes it, in a translated sentence of the
// guide that uses it in English.
func TestGlossaryTermsAppearInTranslations(t *testing.T) {
	for _, l := range i18n.Langs[1:] {
		cat := catalogue(t, string(l))
		for _, term := range content.Glossary {
			match := strings.ToLower(cat[term.Match])
			if match == "" {
				continue // reported as untranslated
			}
			found := false
			for k, v := range cat {
				if k != term.Match && k != term.Term && k != term.Plain &&
					strings.Contains(strings.ToLower(k), strings.ToLower(term.Match)) && strings.Contains(strings.ToLower(v), match) {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%s: no translated sentence of the guide contains %q (the glossary's %q)", l.Name(), cat[term.Match], term.Match)
			}
		}
	}
}

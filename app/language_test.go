package app

import (
	"slices"
	"testing"

	"limber/app/i18n"
)

// Every page in its own right exists in every language, under its prefix.
func TestEveryRouteExistsInEveryLanguage(t *testing.T) {
	paths := Paths()
	for _, p := range paths {
		if l, _ := i18n.Split(p); l != i18n.English {
			continue
		}
		for _, l := range i18n.Langs[1:] {
			if want := i18n.PathIn(l, p); !slices.Contains(paths, want) || !IsKnownPath(want) {
				t.Errorf("%s has no %s page (%s)", p, l.Name(), want)
			}
		}
	}
	if n := len(paths); n%len(i18n.Langs) != 0 {
		t.Errorf("%d listed pages is not a whole number per language", n)
	}
}

// A language's page reads the same slugs as the English one.
func TestLanguagePathsKeepSlugs(t *testing.T) {
	for _, p := range []string{"/es/exercises/cat-cow", "/de/routines/desk-break/play", "/es"} {
		if _, en := i18n.Split(p); !IsKnownPath(en) {
			t.Errorf("%s: its English path %s is unknown", p, en)
		}
	}
}

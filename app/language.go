package app

import (
	"encoding/json"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/i18n"
	"limber/app/storage"
)

// languageKey remembers the language someone chose (or was given on their
// first visit), so Limber picks the browser's language only once.
const languageKey = "limber.lang"

// StartLanguage runs in the browser before go-app starts: it reads the
// page's language from its address and loads that language's catalogue
// (kept by the service worker, so it works offline), so the first render
// is already translated. Arriving on an English page from outside Limber,
// it moves to the language the person chose, or on a first visit the
// browser's language if Limber has it.
func StartLanguage() {
	lang, path := i18n.Split(withoutRootPrefix(goapp.Window().URL().Path))
	if lang == i18n.English && movedToPreferred(path) {
		return
	}
	var cat map[string]string
	if lang != i18n.English {
		cat = loadCatalogue(lang)
	}
	// Without its texts (offline, never fetched) the page shows English:
	// say so to screen readers and translators' tools.
	tag := lang.Tag()
	if lang != i18n.English && cat == nil {
		tag = i18n.English.Tag()
	}
	goapp.Window().Get("document").Get("documentElement").Set("lang", tag)
	i18n.Use(lang, cat)
}

// loadCatalogue fetches a language's messages; without them the page
// shows in English (with a note in the console), never blank.
func loadCatalogue(lang i18n.Lang) map[string]string {
	text, err := browser.FetchText(rootPrefix() + "/web/i18n/" + string(lang) + ".json")
	if err != nil {
		goapp.Log("limber: the " + lang.Name() + " texts could not be loaded; showing English")
		return nil
	}
	var cat map[string]string
	if err := json.Unmarshal([]byte(text), &cat); err != nil {
		goapp.Log("limber: the " + lang.Name() + " texts are damaged; showing English")
		return nil
	}
	return cat
}

// aroundPlaceholder splits a translated message at its placeholder {name},
// for a sentence with an element inside it (a link, a name in its own
// span): the text before and after it. A translation that lost the
// placeholder is all "before".
func aroundPlaceholder(msg, name string) (before, after string) {
	before, after, _ = strings.Cut(msg, "{"+name+"}")
	return before, after
}

// oneOrMany picks the singular or the plural message for n; both are
// whole translated messages ("1 session", "{n} sessions").
func oneOrMany(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func rootPrefix() string { return strings.TrimRight(goapp.Getenv("GOAPP_ROOT_PREFIX"), "/") }

// movedToPreferred moves a visit arriving from outside Limber (a link, a
// bookmark) to the same page in the language the person chose, or on a
// first visit the browser's language, and reports whether it did. A move
// from inside Limber (the language switch to English) never moves again,
// and English once chosen stays, so there is no loop.
func movedToPreferred(path string) bool {
	if !IsKnownPath(path) {
		return false // an unknown address gets the 404 page where it is
	}
	origin := goapp.Window().Get("location").Get("origin").String()
	if ref := goapp.Window().Get("document").Get("referrer").String(); ref != "" && strings.HasPrefix(ref, origin) {
		return false
	}
	chosen, err := storage.Get(languageKey)
	if err != nil {
		return false
	}
	lang, ok := i18n.Parse(chosen)
	if !ok {
		lang = browserLanguage()
		_ = storage.Set(languageKey, string(lang))
	}
	if lang == i18n.English {
		return false
	}
	loc := goapp.Window().Get("location")
	loc.Call("replace", rootPrefix()+i18n.PathIn(lang, path)+loc.Get("search").String()+loc.Get("hash").String())
	return true
}

// browserLanguage is the first of the browser's languages Limber ships.
func browserLanguage() i18n.Lang {
	nav := goapp.Window().Get("navigator")
	if list := nav.Get("languages"); list.Truthy() {
		for i := 0; i < list.Length(); i++ {
			if l, ok := i18n.Parse(list.Index(i).String()); ok {
				return l
			}
		}
	}
	if l, ok := i18n.Parse(nav.Get("language").String()); ok {
		return l
	}
	return i18n.English
}

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
// (cached by the service worker, so it works offline), so the first
// render is already translated. On a first visit to an English page from
// outside, it moves to the browser's language if Limber has it, once.
func StartLanguage() {
	lang, path := i18n.Split(withoutRootPrefix(goapp.Window().URL().Path))
	if lang == i18n.English && firstVisitIn(path) {
		return
	}
	goapp.Window().Get("document").Get("documentElement").Set("lang", lang.Tag())
	if lang == i18n.English {
		i18n.Use(lang, nil)
		return
	}
	i18n.Use(lang, loadCatalogue(lang))
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

// firstVisitIn moves a first visit, arriving from outside Limber, to the
// browser's language and reports whether it did. Only the first: the
// choice is remembered, and a visit from inside Limber (a language
// switch to English) never moves.
func firstVisitIn(path string) bool {
	if v, err := storage.Get(languageKey); err != nil || v != "" {
		return false
	}
	doc := goapp.Window().Get("document")
	origin := goapp.Window().Get("location").Get("origin").String()
	if ref := doc.Get("referrer").String(); ref != "" && strings.HasPrefix(ref, origin) {
		return false
	}
	lang := browserLanguage()
	_ = storage.Set(languageKey, string(lang))
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

// Package i18n is Limber's translation layer. English is the source: every
// user-facing string is its own key, and a catalogue per language
// (web/i18n/<lang>.json, go-i18n's flat JSON as Weblate reads it) maps it
// to the translation. A key without a translation shows in English, so a
// missing string is never a blank. Pages in other languages live under
// /<lang>/ (/es/exercises/cat-cow); English keeps the bare paths.
//
// The language is process-wide: the browser loads one catalogue at start
// (switching language reloads the page), and the server renders one page
// at a time under a lock (server/site.go). No go-app import.
package i18n

import (
	"strings"
	"sync"
)

// Lang is a language Limber ships.
type Lang string

const (
	English Lang = "en"
	Spanish Lang = "es"
	German  Lang = "de"
)

// Langs lists the shipped languages, the source first.
var Langs = []Lang{English, Spanish, German}

// Name is what the language calls itself, for the language switch.
func (l Lang) Name() string {
	switch l {
	case Spanish:
		return "Español"
	case German:
		return "Deutsch"
	}
	return "English"
}

// Tag is the BCP 47 tag for lang attributes, hreflang and speech.
func (l Lang) Tag() string {
	switch l {
	case Spanish:
		return "es-ES"
	case German:
		return "de-DE"
	}
	return "en-GB"
}

// Prefix is the path prefix of the language's pages: "" for English.
func (l Lang) Prefix() string {
	if l == English || l == "" {
		return ""
	}
	return "/" + string(l)
}

// Parse finds a shipped language in a tag such as "es-MX" or "de".
func Parse(tag string) (Lang, bool) {
	base, _, _ := strings.Cut(strings.ToLower(tag), "-")
	for _, l := range Langs {
		if string(l) == base {
			return l, true
		}
	}
	return English, false
}

var (
	mu      sync.RWMutex
	current = English
	msgs    map[string]string
)

// Use makes lang and its catalogue (key → translation) the current ones.
func Use(lang Lang, catalogue map[string]string) {
	mu.Lock()
	defer mu.Unlock()
	current, msgs = lang, catalogue
}

// Current is the language in use.
func Current() Lang {
	mu.RLock()
	defer mu.RUnlock()
	return current
}

// T is s in the current language (s itself when there is no translation:
// English, a name someone typed, a string not yet translated). Keys are
// stored trimmed, so "Who: " finds "Who:" and keeps its space.
func T(s string) string {
	mu.RLock()
	defer mu.RUnlock()
	if len(msgs) == 0 {
		return s
	}
	if t, ok := msgs[s]; ok && t != "" {
		return t
	}
	trimmed := strings.TrimSpace(s)
	if t, ok := msgs[trimmed]; ok && t != "" && trimmed != s {
		at := strings.Index(s, trimmed)
		return s[:at] + t + s[at+len(trimmed):]
	}
	return s
}

// Mark returns s unchanged: it marks a string defined in one place (a
// package-level table) and translated where it is shown, so the catalogue
// extractor (tools/catalogue) finds it.
func Mark(s string) string { return s }

// Path is an app path in the current language: "/exercises" becomes
// "/es/exercises" in Spanish. Asset paths (/web/...) and anything not
// starting with one slash stay as they are.
func Path(p string) string {
	return PathIn(Current(), p)
}

// PathIn is p in the pages of lang.
func PathIn(lang Lang, p string) string {
	if lang == English || !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.HasPrefix(p, "/web/") {
		return p
	}
	if p == "/" {
		return lang.Prefix()
	}
	return lang.Prefix() + p
}

// Split reads a page path's language and the path without it:
// "/es/exercises" → Spanish, "/exercises"; "/es" → Spanish, "/".
func Split(p string) (Lang, string) {
	for _, l := range Langs[1:] {
		pre := l.Prefix()
		if p == pre || p == pre+"/" {
			return l, "/"
		}
		if strings.HasPrefix(p, pre+"/") {
			return l, p[len(pre):]
		}
	}
	return English, p
}

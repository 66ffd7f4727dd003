package server

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"limber/app/i18n"
)

// languageHandler serves a web folder with a small Spanish catalogue.
func languageHandler(t *testing.T) *site {
	t.Helper()
	web := richWebDir(t)
	write(t, filepath.Join(web, "i18n", "es.json"), `{"Exercise library": "Biblioteca de ejercicios", "Home": "Inicio", "Glossary": "Glosario", "An offline guide and workout timer for tight hamstrings and a stiff lower back.": "Guía <b>sin conexión</b>"}`)
	s, err := newSite(Config{WebDir: web, Domain: "limber.test"})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// A Spanish page is in Spanish for browsers and crawlers: lang, its own
// manifest, and links to itself in every language.
func TestSpanishPageSaysItsLanguage(t *testing.T) {
	s := languageHandler(t)
	body := request(s, "GET", "/es/exercises").Body.String()
	for _, want := range []string{
		`<html lang="es-ES">`,
		`<link rel="alternate" hreflang="en" href="https://limber.test/exercises">`,
		`<link rel="alternate" hreflang="es" href="https://limber.test/es/exercises">`,
		`<link rel="alternate" hreflang="de" href="https://limber.test/de/exercises">`,
		`<link rel="alternate" hreflang="x-default" href="https://limber.test/exercises">`,
		`Biblioteca de ejercicios`,
		`href="/es/glossary"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/es/exercises lacks %s", want)
		}
	}
	// go-app writes a tag's attributes in no fixed order.
	if m := manifestLink.FindString(body); !strings.Contains(m, `href="/es/manifest.webmanifest"`) {
		t.Errorf("/es/exercises links the manifest %q, want /es/manifest.webmanifest", m)
	}
	en := request(s, "GET", "/exercises").Body.String()
	if !strings.Contains(en, `<html lang="en-GB">`) || strings.Contains(en, "Biblioteca") || !strings.Contains(en, `href="/glossary"`) {
		t.Error("the English page is not in English")
	}
	// German has no catalogue in this folder: its pages fall back to English text.
	if de := request(s, "GET", "/de/exercises"); de.Code != 200 || !strings.Contains(de.Body.String(), `<html lang="de-DE">`) {
		t.Errorf("/de/exercises: %d", de.Code)
	}
}

// Each language installs as its own app, starting on its own pages; the
// manifest's text is translated and stays JSON-escaped.
func TestManifestPerLanguage(t *testing.T) {
	s := languageHandler(t)
	var m manifest
	if err := json.Unmarshal(request(s, "GET", "/es/manifest.webmanifest").Body.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	if m.StartURL != "/es/" || m.Scope != "/es/" || m.Lang != "es" || m.Description != "Guía <b>sin conexión</b>" {
		t.Errorf("Spanish manifest: start %q scope %q lang %q description %q", m.StartURL, m.Scope, m.Lang, m.Description)
	}
	if m.Shortcuts[1].URL != "/es/timer" {
		t.Errorf("Spanish shortcut goes to %s", m.Shortcuts[1].URL)
	}
	if err := json.Unmarshal(request(s, "GET", "/manifest.webmanifest").Body.Bytes(), &m); err != nil || m.StartURL != "/" || m.Lang != "en" {
		t.Errorf("English manifest: %v %q %q", err, m.StartURL, m.Lang)
	}
}

// An unknown Spanish address gets the 404 page in Spanish, status 404.
func TestUnknownSpanishPage(t *testing.T) {
	s := languageHandler(t)
	rec := request(s, "GET", "/es/no-such-page")
	if rec.Code != 404 || !strings.Contains(rec.Body.String(), `<html lang="es-ES">`) || !strings.Contains(rec.Body.String(), "Inicio") {
		t.Errorf("/es/no-such-page: %d, Spanish: %v", rec.Code, strings.Contains(rec.Body.String(), "Inicio"))
	}
}

// A broken catalogue stops the server with a clear error rather than
// serving pages that claim a language they don't have.
func TestBrokenCatalogueIsAnError(t *testing.T) {
	web := richWebDir(t)
	write(t, filepath.Join(web, "i18n", "de.json"), `{"Home": `)
	if _, err := newSite(Config{WebDir: web}); err == nil || !strings.Contains(err.Error(), "de.json") {
		t.Errorf("err = %v, want one naming de.json", err)
	}
}

// The worker knows every language with its own pages.
func TestWorkerKnowsTheLanguages(t *testing.T) {
	js, err := os.ReadFile("app-worker.js")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`const LANGS = \[(.*)\];`).FindSubmatch(js)
	var want []string
	for _, l := range i18n.Langs[1:] {
		want = append(want, `"`+string(l)+`"`)
	}
	if m == nil || string(m[1]) != strings.Join(want, ", ") {
		t.Errorf("app-worker.js LANGS = %q, want %s", m, strings.Join(want, ", "))
	}
}

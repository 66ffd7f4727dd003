package e2e

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"limber/app/i18n"
	"limber/content"

	"github.com/chromedp/chromedp"
)

// spanishBrowser makes the tab's browser prefer Spanish, as a phone set to
// Spanish does, before any page script runs.
const spanishBrowser = `Object.defineProperty(Navigator.prototype, "languages", { get: () => ["es-ES", "es", "en"] });
Object.defineProperty(Navigator.prototype, "language", { get: () => "es-ES" });`

// recordSpeech replaces speech with a recorder of what would be said, in
// which language and with which voice, and offers a Spanish and an
// English voice.
const recordSpeech = `(() => {
	window.__spoken = [];
	const voices = [{ name: "Test English", lang: "en-GB" }, { name: "Test Español", lang: "es-ES" }];
	const synth = { speaking: false, pending: false, speak(u) { window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : "" }); }, cancel() {}, getVoices() { return voices; }, addEventListener() {} };
	Object.defineProperty(window, "speechSynthesis", { configurable: true, get: () => synth });
	// A real utterance accepts only a real voice; this one takes the fakes.
	window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ""; this.voice = null; } };
})();`

// waitLanded waits for the tab to settle on path, through the page
// replacing itself (evaluations in a page that navigates away fail).
func waitLanded(p *page, path string) {
	p.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		res, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](`location.pathname`))
		if err == nil && res == path {
			p.waitBoot()
			return
		}
		time.Sleep(100 * time.Millisecond) // polling an address, not a timing guess
	}
	p.t.Fatalf("the tab never landed on %s", path)
}

func loadCatalogue(t *testing.T, lang string) map[string]string {
	t.Helper()
	b, err := os.ReadFile("../web/i18n/" + lang + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var cat map[string]string
	if err := json.Unmarshal(b, &cat); err != nil {
		t.Fatal(err)
	}
	return cat
}

// TestSpanishBrowserLandsInSpanish: a first visit from a Spanish phone
// opens the Spanish pages; the footer switches to German and back to
// English, and English then stays (no redirect loop).
func TestSpanishBrowserLandsInSpanish(t *testing.T) {
	es, de := loadCatalogue(t, "es"), loadCatalogue(t, "de")
	p := newPage(t)
	injectScript(p, spanishBrowser)
	// The page moves itself while loading: wait for where it lands rather
	// than for the first page to boot.
	p.do(chromedp.Navigate(baseURL + "/exercises"))
	waitLanded(p, "/es/exercises")
	p.waitJS(`document.documentElement.lang === "es-ES"`)
	p.waitJS(`document.querySelector("main h1") && document.querySelector("main h1").textContent === ` + jsString(es["Exercise library"]))
	if got := p.text(".tabbar a[href='/es/routines'] span:last-child"); got != es["Routines"] {
		t.Errorf("Spanish tab bar says %q, want %q", got, es["Routines"])
	}
	// Later visits from outside keep the language chosen (here, given).
	p.do(chromedp.Navigate(baseURL + "/about"))
	waitLanded(p, "/es/about")
	// The switch keeps a page's query (a shared routine's link).
	p.open("/es/routines/sheet?slug=desk-break")
	var href string
	p.eval(`document.querySelector('.footer-languages a[hreflang="de-DE"]').getAttribute("href")`, &href)
	if href != "/de/routines/sheet?slug=desk-break" {
		t.Errorf("the switch to German links to %q", href)
	}
	p.open("/es/exercises")

	// A tap on the switch (in JS: the tab bar covers the footer's last line
	// for a pointer at this size until scrolled).
	p.eval(`document.querySelector('.footer-languages a[hreflang="de-DE"]').click(); true`, nil)
	waitLanded(p, "/de/exercises")
	p.waitJS(`document.documentElement.lang === "de-DE"`)
	p.waitJS(`document.querySelector("main h1") && document.querySelector("main h1").textContent === ` + jsString(de["Exercise library"]))

	p.eval(`document.querySelector('.footer-languages a[hreflang="en-GB"]').click(); true`, nil)
	waitLanded(p, "/exercises")
	p.waitJS(`document.documentElement.lang === "en-GB"`)
	p.waitJS(`document.querySelector("main h1") && document.querySelector("main h1").textContent === "Exercise library"`)
	// Reopening English later, from outside, stays English.
	p.open("/")
	p.waitJS(`document.querySelector("main h1") !== null`)
	var path string
	p.eval(`location.pathname`, &path)
	if path != "/" {
		t.Errorf("after choosing English, / moved to %s", path)
	}
}

// TestUnknownAddressIsNotMoved: an address Limber doesn't have gets the
// 404 page where it is, even from a Spanish browser.
func TestUnknownAddressIsNotMoved(t *testing.T) {
	p := newPage(t)
	injectScript(p, spanishBrowser)
	p.do(chromedp.Navigate(baseURL + "/ES/exercises"))
	p.waitBoot()
	p.waitJS(`document.getElementById("not-found") !== null`)
	var path string
	p.eval(`location.pathname`, &path)
	if path != "/ES/exercises" {
		t.Errorf("an unknown address moved to %s", path)
	}
}

// TestSpanishRoutineSpeaksSpanish: the player shows and says its cues in
// Spanish, with a Spanish voice.
func TestSpanishRoutineSpeaksSpanish(t *testing.T) {
	es := loadCatalogue(t, "es")
	p := newPage(t)
	injectScript(p, recordSpeech)
	p.open("/es/check")
	p.click("#check-submit")
	p.waitJS(`document.getElementById("check-result") !== null`)
	p.open("/es/routines/quick/play?hold=20&sides=2&sets=1&name=cat-cow")
	p.click("#player-start")
	p.waitJS(`document.getElementById("player") && document.getElementById("player").dataset.phase === "get-ready"`)
	p.click("#player-skip")
	p.waitJS(`document.getElementById("player").dataset.phase === "hold"`)
	e, _ := content.ExerciseBySlug("cat-cow")
	if got := p.text("#player-exercise"); got != es[e.Name] {
		t.Errorf("the player names the exercise %q, want %q", got, es[e.Name])
	}
	p.waitJS(`window.__spoken.length > 0`)
	var spoken []struct{ Text, Lang, Voice string }
	p.eval(`window.__spoken`, &spoken)
	for _, s := range spoken {
		if s.Lang != "es-ES" || s.Voice != "Test Español" {
			t.Errorf("said %q in %q with voice %q, want es-ES and the Spanish voice", s.Text, s.Lang, s.Voice)
		}
	}
	var said []string
	for _, s := range spoken {
		said = append(said, s.Text)
	}
	if all := strings.Join(said, " | "); !strings.Contains(all, strings.SplitN(es[e.Name], " (", 2)[0]) {
		t.Errorf("the spoken cues %q never name the exercise in Spanish (%q)", all, es[e.Name])
	}
}

// TestSpanishPageOffline: after one visit in Spanish, with the server
// stopped, Spanish pages open in Spanish, visited or not.
func TestSpanishPageOffline(t *testing.T) {
	es := loadCatalogue(t, "es")
	url, stop, err := serveDir("../web", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := newPage(t)
	p.openURL(url + "/es/exercises")
	waitFullyCached(p)
	p.waitJS(`caches.keys().then(ks => caches.open(ks.find(k => k.startsWith("limber-")))).then(c => c.match("/web/i18n/es.json")).then(r => !!r)`)
	stop()

	e, _ := content.ExerciseBySlug("glute-bridge")
	p.openURL(url + "/es/exercises/" + e.Slug) // never visited: the shell, then the app
	p.waitJS(`document.querySelector("main h1") && document.querySelector("main h1").textContent === ` + jsString(es[e.Name]))
	p.openURL(url + "/es/exercises")
	p.waitJS(`document.querySelector("main h1") && document.querySelector("main h1").textContent === ` + jsString(es["Exercise library"]))
	if lang := i18n.Spanish.Tag(); lang != "es-ES" {
		t.Fatal(lang)
	}
}

package e2e

import (
	"strings"
	"testing"

	"limber/app"
	"limber/content"
)

// emptyHeadingWatchJS records every moment, from the first byte of HTML to
// go-app's own render and after, at which a page shows an h1 with no text.
const emptyHeadingWatchJS = `(() => {
	window.limberEmptyH1 = [];
	const check = () => {
		for (const h of document.querySelectorAll("h1")) {
			if (h.isConnected && !h.textContent.trim()) window.limberEmptyH1.push(location.pathname + " (" + document.readyState + (window.limberPrerendered && !window.limberPrerendered.isConnected ? ", go-app rendered" : "") + "): " + h.outerHTML.slice(0, 120));
		}
	};
	new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
	document.addEventListener("DOMContentLoaded", check);
})();`

// TestNoEmptyHeadingWhileBooting loads every route fresh and follows it
// through boot: at no point may its heading be empty (an axe run once
// reported one right after boot).
func TestNoEmptyHeadingWhileBooting(t *testing.T) {
	p := newPage(t)
	injectScript(p, emptyHeadingWatchJS)
	paths := append(app.Paths(), "/no-such-page", "/routines/quick/play?hold=20&sides=2", "/routines/shared?r=not-a-routine", "/routines/saved/play?id=gone")
	for _, path := range paths {
		p.open(path)
		// One more frame of go-app's work after boot: its first updates.
		p.eval(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`, nil)
		var empty []string
		p.eval(`window.limberEmptyH1`, &empty)
		if len(empty) > 0 {
			t.Errorf("empty h1 while opening %s:\n  %s", path, strings.Join(empty, "\n  "))
		}
		var h1 string
		p.eval(`(document.querySelector("h1") || {}).textContent || ""`, &h1)
		if strings.TrimSpace(h1) == "" {
			t.Errorf("%s: no heading after boot", path)
		}
	}
	// Client-side navigation mounts pages too: a tap from the library to
	// an exercise, from one exercise to the next, to a player.
	for _, path := range []string{"/exercises", "/exercises/cat-cow", "/exercises/bird-dog", "/guide/strategies/" + content.Strategies[0].Slug, "/routines/" + content.Routines[0].Slug + "/play", "/routines/shared?r=x"} {
		p.goTo(path)
		p.waitJS(`document.querySelector("h1") !== null`)
	}
	var empty []string
	p.eval(`window.limberEmptyH1`, &empty)
	if len(empty) > 0 {
		t.Errorf("empty h1 during client-side navigation:\n  %s", strings.Join(empty, "\n  "))
	}
	noPanic(t, p)
}

// TestArrivingShowsTheTop: a link to another page lands on its top, with
// focus on its heading and the breadcrumbs in view (not under the top bar).
func TestArrivingShowsTheTop(t *testing.T) {
	p := newPage(t)
	p.open("/routines")
	target := "/routines/" + content.Routines[len(content.Routines)-1].Slug
	p.eval(`window.scrollTo(0, document.body.scrollHeight); true`, nil)
	p.click(`main a[href="` + target + `"]`)
	p.waitJS(`location.pathname === ` + jsString(target) + ` && document.activeElement === document.querySelector("main h1")`)
	var crumbs struct{ Top, BarBottom, ScrollY float64 }
	p.eval(`({Top: document.querySelector(".crumbs").getBoundingClientRect().top, BarBottom: document.querySelector("header.topbar").getBoundingClientRect().bottom, ScrollY: scrollY})`, &crumbs)
	if crumbs.Top < crumbs.BarBottom {
		t.Errorf("the breadcrumbs start at %.0f px, under the top bar (to %.0f px); page scrolled %.0f px", crumbs.Top, crumbs.BarBottom, crumbs.ScrollY)
	}
}

package e2e

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"limber/app"
	"limber/app/i18n"
	"limber/app/redflag"
)

// axePath is where `make axe` installs the pinned axe-core (git-ignored).
const axePath = "../.cache/axe/node_modules/axe-core/axe.min.js"

// wcagTags are the axe rule sets for WCAG 2.2 level AA.
const wcagTags = `['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']`

func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatalf("axe-core is missing (%v): run `make axe` (or `make test`, which installs it)", err)
	}
	return string(b)
}

// auditor runs axe-core and Limber's own structure checks on whatever the
// tab shows, light theme first, then colour contrast again in dark.
type auditor struct {
	p   *page
	axe string
}

type axeViolation struct {
	ID      string   `json:"id"`
	Impact  string   `json:"impact"`
	Help    string   `json:"help"`
	Targets []string `json:"targets"`
	Summary string   `json:"summary"`
}

// audit checks the current screen, naming it in any failure.
func (a *auditor) audit(name string) {
	t := a.p.t
	t.Helper()
	a.settle()
	// From the top, as a page first shows: axe counts links scrolled under
	// the sticky top bar as too small to tap.
	a.p.eval(`window.scrollTo(0, 0); true`, nil)
	var loaded bool
	a.p.eval(`typeof window.axe === "object"`, &loaded)
	if !loaded {
		// Once per document: client-side navigation keeps it.
		if _, err := chromedp.Run(a.p.ctx, chromedp.Evaluate[chromedp.Void](a.axe+"\n;true")); err != nil {
			t.Fatalf("injecting axe-core: %v", err)
		}
	}
	report := func(theme string, vs []axeViolation) {
		if len(vs) == 0 {
			return
		}
		var b strings.Builder
		for _, v := range vs {
			fmt.Fprintf(&b, "\n  - %s [%s] %s\n      at %s", v.ID, v.Impact, v.Help, strings.Join(v.Targets, " | "))
			if v.Summary != "" {
				fmt.Fprintf(&b, "\n      %s", strings.ReplaceAll(v.Summary, "\n", " "))
			}
		}
		t.Errorf("%s (%s): %d axe violation(s):%s", name, theme, len(vs), b.String())
	}
	report("light", a.runAxe(`{runOnly: {type: 'tag', values: `+wcagTags+`}, resultTypes: ['violations']}`))

	// Dark theme: the same page with the system set to dark.
	a.colorScheme("dark")
	report("dark", a.runAxe(`{runOnly: {type: 'rule', values: ['color-contrast', 'link-in-text-block']}, resultTypes: ['violations']}`))
	a.colorScheme("light")

	var problems []string
	a.p.eval(structureJS, &problems)
	for _, pr := range problems {
		t.Errorf("%s: %s", name, pr)
	}
	a.p.eval(reflowJS, &problems)
	for _, pr := range problems {
		t.Errorf("%s at 200%% text: %s", name, pr)
	}
}

func (a *auditor) runAxe(options string) []axeViolation {
	var vs []axeViolation
	a.p.eval(`axe.run(document, `+options+`).then(r => r.violations.map(v => ({
		id: v.id, impact: v.impact || "", help: v.help,
		targets: v.nodes.slice(0, 6).map(n => n.target.join(" ")),
		summary: (v.nodes[0] && v.nodes[0].failureSummary) || "",
	})))`, &vs)
	return vs
}

func (a *auditor) colorScheme(scheme string) {
	a.p.t.Helper()
	_, err := chromedp.Call(a.p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	})
	if err != nil {
		a.p.t.Fatalf("emulating %s colour scheme: %v", scheme, err)
	}
	var on bool
	a.p.eval(`matchMedia("(prefers-color-scheme: `+scheme+`)").matches`, &on)
	if !on {
		a.p.t.Fatalf("the page does not see the %s colour scheme", scheme)
	}
}

// settle waits until go-app has stopped changing the DOM (100 ms quiet).
func (a *auditor) settle() { a.p.settle() }

// goTo navigates client-side, as a tap on a link does.
func (a *auditor) goTo(path string) { a.p.goTo(path) }

// structureJS: one h1, no skipped heading levels, one main landmark, and a
// banner on every screen.
const structureJS = `(() => {
	const out = [];
	const shown = (el) => !el.closest("[hidden], [aria-hidden='true'], template") && el.getClientRects().length > 0;
	const hs = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].filter(shown);
	const h1s = hs.filter((h) => h.tagName === "H1");
	if (h1s.length !== 1) out.push("has " + h1s.length + " h1 elements, want exactly 1: " + h1s.map((h) => JSON.stringify(h.textContent.trim())).join(", "));
	if (hs.length && hs[0].tagName !== "H1") out.push("first heading is " + hs[0].tagName + " " + JSON.stringify(hs[0].textContent.trim()) + ", want the h1");
	let prev = 0;
	for (const h of hs) {
		const level = Number(h.tagName[1]);
		if (!h.textContent.trim()) out.push("empty " + h.tagName);
		if (prev && level > prev + 1) out.push("heading level skips from h" + prev + " to " + h.tagName + " " + JSON.stringify(h.textContent.trim()));
		prev = level;
	}
	const mains = [...document.querySelectorAll("main, [role=main]")].filter(shown);
	if (mains.length !== 1) out.push("has " + mains.length + " main landmarks, want 1");
	const banners = [...document.querySelectorAll("header")].filter((h) => shown(h) && !h.closest("article, aside, main, nav, section"));
	if (banners.length !== 1) out.push("has " + banners.length + " banner landmarks (top-level header), want 1");
	const unlabelled = [...document.querySelectorAll("nav")].filter(shown).filter((n) => !n.getAttribute("aria-label") && !n.getAttribute("aria-labelledby"));
	if (document.querySelectorAll("nav").length > 1 && unlabelled.length) out.push(unlabelled.length + " nav landmark(s) without a label");
	return out;
})()`

// reflowJS doubles the root font size (text-only zoom to 200%) and lists
// what then sticks out of the viewport or is cut off.
const reflowJS = `new Promise((resolve) => {
	const root = document.documentElement;
	root.style.fontSize = "200%";
	requestAnimationFrame(() => requestAnimationFrame(() => {
		const out = [];
		const W = document.documentElement.clientWidth;
		if (root.scrollWidth > W) out.push("the page scrolls sideways: " + root.scrollWidth + "px wide in a " + W + "px viewport");
		const describe = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\s+/).join(".") : "") + " " + JSON.stringify((el.textContent || "").trim().slice(0, 40));
		const skip = (el) => el.closest(".visually-hidden, .skip-link, svg, [hidden], [aria-hidden='true']");
		for (const el of document.body.querySelectorAll("*")) {
			if (out.length >= 6 || skip(el)) continue;
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.height === 0) continue;
			const cs = getComputedStyle(el);
			if ((r.right > W + 1 || r.left < -1) && !el.parentElement.closest("[data-scroll-x]")) {
				let scroller = false;
				for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
					const ox = getComputedStyle(a).overflowX;
					if (ox === "auto" || ox === "scroll") { scroller = true; break; }
				}
				// Report the outermost offender only.
				const parent = el.parentElement.getBoundingClientRect();
				if (!scroller && !(parent.right > W + 1 || parent.left < -1)) out.push(describe(el) + " sticks out of the viewport (" + Math.round(r.left) + "–" + Math.round(r.right) + "px)");
			}
			if ((cs.overflowX === "hidden" || cs.overflowX === "clip" || cs.textOverflow === "ellipsis") && el.scrollWidth > el.clientWidth + 1 && el.children.length === 0 && !el.matches("input, textarea, select")) {
				out.push(describe(el) + " cuts its text off (" + el.scrollWidth + "px of text in " + el.clientWidth + "px)");
			}
		}
		// Words wider than their box overflow without moving the box.
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		for (let n = walker.nextNode(); n && out.length < 6; n = walker.nextNode()) {
			const el = n.parentElement;
			if (!n.textContent.trim() || skip(el)) continue;
			range.selectNodeContents(n);
			const r = range.getBoundingClientRect();
			if (r.width && (r.right > W + 1 || r.left < -1)) {
				let scroller = false;
				for (let a = el; a && a !== document.body; a = a.parentElement) {
					const ox = getComputedStyle(a).overflowX;
					if (ox !== "visible") { scroller = true; break; }
				}
				if (!scroller) out.push("the text of " + describe(el) + " runs off the screen (" + Math.round(r.left) + "–" + Math.round(r.right) + "px)");
			}
		}
		root.style.fontSize = "";
		resolve(out);
	}));
})`

// TestA11yEveryRoute runs axe-core (WCAG 2.2 A and AA rules) and the
// heading, landmark and 200% text checks on every route, the 404 page, the
// red-flag check's results and the player while it runs, in one tab.
func TestA11yEveryRoute(t *testing.T) {
	src := axeSource(t)
	start := time.Now()
	p := newPage(t)
	// The whole walk shares one tab; give it more than newPage's default.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(p.ctx), 10*time.Minute)
	defer cancel()
	p.ctx = ctx
	a := &auditor{p: p, axe: src}

	// Each language loads its own texts at start, so its pages are walked
	// from a fresh load of its home page.
	for _, l := range i18n.Langs {
		home := i18n.PathIn(l, "/")
		p.open(home)
		for _, path := range app.Paths() {
			if pl, _ := i18n.Split(path); pl != l {
				continue
			}
			if path != home {
				a.goTo(path)
			}
			a.audit(path)
		}
	}

	p.open("/")
	a.goTo("/exercises/no-such-stretch")
	p.waitJS(`document.getElementById("not-found") !== null`)
	a.audit("404 page")

	// The red-flag check: an emergency answer, then all clear (which also
	// counts as this week's check, so the player starts at once).
	a.goTo("/check")
	p.click("#q-" + redflag.QuestionsFor(redflag.Emergency)[0].ID)
	p.click("#check-submit")
	p.waitJS(`document.getElementById("check-result") && document.getElementById("check-result").dataset.tier === "emergency"`)
	a.audit("/check emergency result")
	p.click("#check-again")
	p.waitJS(`document.getElementById("check-form") !== null`)
	p.click("#q-" + redflag.QuestionsFor(redflag.Emergency)[0].ID)
	p.click("#check-submit")
	p.waitJS(`document.getElementById("check-result") && document.getElementById("check-result").dataset.tier === "all-clear"`)
	a.audit("/check all-clear result")

	// Forms in their filled-in states.
	a.goTo("/routines/new")
	p.click("#add-step")
	p.waitJS(`document.querySelector(".builder-step") !== null`)
	p.click("#builder-link")
	p.waitJS(`document.getElementById("builder-url") !== null`)
	a.audit("/routines/new with a step and a link")
	a.goTo("/timer?mode=reps")
	p.waitJS(`document.getElementById("rep-tap") !== null`)
	a.audit("/timer rep counter")
	a.goTo("/routines/shared?r=not-a-routine")
	p.waitJS(`document.getElementById("link-problem") !== null`)
	a.audit("/routines/shared with a broken link")

	// The player, which draws its own frame.
	a.goTo("/routines/quick/play?hold=20&sides=2&sets=1")
	p.click("#player-start")
	p.waitJS(`document.getElementById("player") && document.getElementById("player").dataset.phase === "get-ready"`)
	a.audit("player, get ready")
	p.click("#player-skip")
	p.waitJS(`document.getElementById("player").dataset.phase === "hold" && document.getElementById("player-side") !== null`)
	a.audit("player, holding the left side")
	// prefers-reduced-motion: the ring jumps instead of sliding.
	if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
	}); err != nil {
		t.Fatalf("emulating reduced motion: %v", err)
	}
	var motion string
	p.eval(`getComputedStyle(document.querySelector(".ring-fill")).transitionDuration`, &motion)
	if motion != "0s" {
		t.Errorf("with prefers-reduced-motion the countdown ring still animates (transition %s)", motion)
	}
	a.colorScheme("light") // and back to no motion preference
	p.click("#player-pause")
	p.waitJS(`document.getElementById("paused-note") !== null`)
	a.audit("player, paused")
	p.click("#player-end")
	p.waitJS(`document.activeElement?.id === "end-keep"`)
	a.audit("player, asking before ending")
	p.click("#end-confirm")
	p.waitJS(`document.getElementById("player-done") !== null`)
	a.audit("player, finished")

	if errs := p.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
	t.Logf("audited %d routes and 11 states in %s", len(app.Paths()), time.Since(start).Round(time.Second))
}

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestKeyboardOnlyRoutine goes from home to the end of a routine with Tab,
// Shift+Tab, Enter and Space only, checking at every stop that focus can be
// seen and is not hidden under the top bar or the tab bar, in a browser
// that refuses the screen wake lock.
func TestKeyboardOnlyRoutine(t *testing.T) {
	p := newPage(t)
	injectScript(p, wakeLockRejects) // as Firefox and battery savers do
	p.open("/")
	k := &keyboard{p: p}
	// Let the first frames after start-up paint (the app's first render
	// and the mount work it queues) before the first key.
	p.eval(`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`, nil)

	// The first Tab reaches the skip link, which shows itself.
	k.press(kb.Tab)
	k.expect(".skip-link")
	var skipShown bool
	p.eval(`document.activeElement.getBoundingClientRect().left >= 0`, &skipShown)
	if !skipShown {
		t.Error("the focused skip link stays off screen")
	}

	// Through the page to the Timer tab, and back with Shift+Tab.
	k.tabTo(`.tabbar a[href="/timer"]`, false, 80)
	k.press(kb.Tab)
	k.expect(`.tabbar a[href="/help"]`)
	k.shiftTab()
	k.expect(`.tabbar a[href="/timer"]`)
	k.press(kb.Enter)
	p.waitJS(`location.pathname === "/timer" && document.activeElement === document.querySelector("main h1")`)

	// Pick the 20 s hold with Space, then Start with Enter.
	k.tabTo("#hold-20", false, 10)
	k.press(" ")
	p.waitJS(`document.getElementById("hold-20").getAttribute("aria-pressed") === "true"`)
	k.tabTo("#timer-start", false, 10)
	k.press(kb.Enter)

	// One Start: the player begins at once; on the first start of the
	// week that is the before-you-start check, answered no.
	p.waitJS(`document.getElementById("precheck-form") !== null && document.activeElement.id === "precheck-h"`)
	k.tabTo("#precheck-submit", false, 40)
	k.press(kb.Enter)

	// The player takes focus on its pause button.
	p.waitJS(`document.getElementById("player") !== null && document.activeElement.id === "player-pause"`)
	k.check()
	// Space on the focused button pauses and resumes.
	k.press(" ")
	p.waitJS(`document.getElementById("paused-note") !== null`)
	k.press(" ")
	p.waitJS(`document.getElementById("paused-note") === null`)
	// Skip the get-ready, then take 10 s off the 20 s hold: about 10 s left.
	k.tabTo("#player-skip", false, 5)
	k.press(kb.Enter)
	p.waitJS(`document.getElementById("player").dataset.phase === "hold"`)
	k.tabTo("#player-minus", true, 5)
	k.press(kb.Enter)
	p.waitJS(`Number(document.getElementById("countdown").textContent) <= 10`)

	// It runs to the end by itself; focus lands on the finish heading.
	p.waitJS(`document.getElementById("player-done") !== null`)
	p.waitJS(`document.activeElement.id === "done-h"`)
	k.press(kb.Tab)
	k.check()
	if errs := p.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

// TestKeyboardShortcutsBesideFocusedControls: the player's ← and → work
// while a control has focus (it does from the start), and Space presses
// the focused button rather than toggling twice.
func TestKeyboardShortcutsBesideFocusedControls(t *testing.T) {
	p := newPage(t)
	p.open("/check")
	p.click("#check-submit")
	p.waitJS(`document.getElementById("check-result") !== null`)
	p.open("/routines/quick/play?hold=30&sides=1&sets=1")
	p.click("#player-start")
	p.waitJS(`document.getElementById("player") && document.activeElement.id === "player-pause"`)
	k := &keyboard{p: p}
	k.press(kb.ArrowRight)
	p.waitJS(`document.getElementById("player").dataset.phase === "hold"`)
	k.press(kb.ArrowLeft)
	p.waitJS(`document.getElementById("player").dataset.phase === "get-ready"`)
	k.press(" ")
	p.waitJS(`document.getElementById("paused-note") !== null`)
	var paused bool
	p.eval(`new Promise((r) => setTimeout(() => r(document.getElementById("paused-note") !== null), 300))`, &paused)
	if !paused {
		t.Error("one Space press paused and resumed: it was handled twice")
	}
}

// keyboard sends real key events through the DevTools protocol.
type keyboard struct{ p *page }

func (k *keyboard) press(key string, opts ...chromedp.KeyOption) {
	k.p.t.Helper()
	k.p.do(chromedp.KeyEvent(key, opts...))
}

func (k *keyboard) shiftTab() {
	k.p.t.Helper()
	k.press(kb.Tab, chromedp.KeyModifiers(kb.ModifierShift))
	k.check()
}

// tabTo presses Tab (or Shift+Tab) until the focused element matches sel,
// checking the focus indicator at every stop.
func (k *keyboard) tabTo(sel string, back bool, max int) {
	k.p.t.Helper()
	for i := 0; i < max; i++ {
		if back {
			k.press(kb.Tab, chromedp.KeyModifiers(kb.ModifierShift))
		} else {
			k.press(kb.Tab)
		}
		k.check()
		var at bool
		k.p.eval(`!!document.activeElement && document.activeElement.matches(`+jsString(sel)+`)`, &at)
		if at {
			return
		}
	}
	var now string
	k.p.eval(focusedJS, &now)
	k.p.t.Fatalf("%d presses of Tab did not reach %s; focus is on %s", max, sel, now)
}

func (k *keyboard) expect(sel string) {
	k.p.t.Helper()
	var at bool
	k.p.eval(`!!document.activeElement && document.activeElement.matches(`+jsString(sel)+`)`, &at)
	if !at {
		var now string
		k.p.eval(focusedJS, &now)
		k.p.t.Fatalf("focus is on %s, want %s", now, sel)
	}
}

const focusedJS = `(() => {
	const el = document.activeElement;
	if (!el) return "nothing";
	return el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "") + " " + JSON.stringify((el.textContent || el.value || "").trim().slice(0, 30));
})()`

// check asserts that the focused control shows a focus ring (it matches
// :focus-visible and has an outline or a shadow) and that nothing covers
// it (WCAG 2.4.7 and 2.4.11).
func (k *keyboard) check() {
	k.p.t.Helper()
	var st struct {
		What    string `json:"what"`
		Visible bool   `json:"visible"`
		Ring    bool   `json:"ring"`
		Covered string `json:"covered"`
	}
	k.p.eval(`new Promise((resolve) => requestAnimationFrame(() => {
		const el = document.activeElement;
		const what = `+focusedJS+`;
		if (!el || el === document.body) return resolve({what, visible: false, ring: false, covered: ""});
		const cs = getComputedStyle(el);
		let ring = (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== "none";
		// A visually hidden input shows its focus on its label.
		if (!ring && el.labels && el.labels.length) {
			const ls = getComputedStyle(el.labels[0]);
			ring = ls.outlineStyle !== "none" && parseFloat(ls.outlineWidth) >= 2;
		}
		// The first line box: a link that wraps has gaps in its bounding box.
		const r = el.getClientRects()[0] || el.getBoundingClientRect();
		const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
		const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
		const top = document.elementFromPoint(x, y);
		let covered = "";
		if (r.bottom <= 0 || r.top >= innerHeight) covered = "off screen";
		else if (top && top !== el && !el.contains(top) && !(el.labels && [...el.labels].some((l) => l.contains(top)))) covered = "under " + top.tagName.toLowerCase() + "." + String(top.className);
		resolve({what, visible: el.matches(":focus-visible"), ring, covered});
	}))`, &st)
	if !st.Visible || !st.Ring {
		k.p.t.Errorf("focus on %s is not visible (:focus-visible %v, ring %v)", st.What, st.Visible, st.Ring)
	}
	if st.Covered != "" {
		k.p.t.Errorf("focus on %s is hidden: %s", st.What, st.Covered)
	}
}

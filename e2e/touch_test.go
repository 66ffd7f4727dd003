package e2e

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// tap scrolls sel into view and touches its centre with one finger, as a
// phone does: touchstart, touchend, and the click the browser makes of it.
func (p *page) tap(sel string) {
	p.t.Helper()
	p.waitJS(`document.querySelector(` + jsString(sel) + `) !== null`)
	var box struct{ X, Y float64 }
	p.eval(`(() => { const el = document.querySelector(`+jsString(sel)+`); el.scrollIntoView({block: "center"}); const r = el.getBoundingClientRect(); return {X: r.left + r.width / 2, Y: r.top + r.height / 2}; })()`, &box)
	var hit bool
	p.eval(`(() => { const el = document.elementFromPoint(`+strconv.FormatFloat(box.X, 'f', 1, 64)+`, `+strconv.FormatFloat(box.Y, 'f', 1, 64)+`); const want = document.querySelector(`+jsString(sel)+`); return !!el && (el === want || want.contains(el)); })()`, &hit)
	if !hit {
		p.t.Fatalf("tapping %s: something else covers it", sel)
	}
	point := []*input.TouchPoint{{X: box.X, Y: box.Y}}
	p.do(chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: point}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}})
		return err
	}))
}

// TestTouchOnlyRoutine: Home → a routine → Start → the first-run check →
// pause, resume, skip to the end → done, all by touch, in a browser that
// refuses the screen wake lock.
func TestTouchOnlyRoutine(t *testing.T) {
	p := newPage(t)
	injectScript(p, wakeLockRejects)
	p.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: true, MaxTouchPoints: 5})
		return err
	}))
	p.open("/")

	p.tap(`main a[href="/routines/desk-break"]`)
	p.waitJS(`location.pathname === "/routines/desk-break"`)
	p.tap("#start-routine")
	// One Start: straight to the weekly check, answered "none of these".
	p.waitJS(`document.getElementById("precheck-form") !== null`)
	p.tap("#precheck-submit")
	p.waitJS(`document.getElementById("player") !== null && document.getElementById("player-pause") !== null`)

	// The refused lock is said once, quietly, and covers nothing.
	p.waitJS(`document.getElementById("lock-note") !== null`)
	pauseAt := func() (y float64) {
		p.eval(`document.getElementById("player-pause").getBoundingClientRect().top`, &y)
		return y
	}
	before := pauseAt()
	p.tap("#player-pause")
	p.waitJS(`document.getElementById("paused-note") !== null`)
	if after := pauseAt(); after != before {
		t.Errorf("pausing moved the Pause button from %.0f to %.0f px", before, after)
	}
	p.tap("#player-pause") // now Resume
	p.waitJS(`document.getElementById("paused-note") === null`)
	p.tap("#lock-note-ok")
	p.waitJS(`document.getElementById("lock-note") === null`)

	// Skip through every step by touch to the finish.
	for i := 0; i < 40; i++ {
		var done bool
		p.eval(`document.getElementById("player-done") !== null`, &done)
		if done {
			break
		}
		before := ""
		p.eval(`document.getElementById("player").dataset.index + "/" + document.getElementById("player").dataset.phase`, &before)
		p.tap("#player-skip")
		p.waitJS(`document.getElementById("player-done") !== null || document.getElementById("player").dataset.index + "/" + document.getElementById("player").dataset.phase !== ` + jsString(before))
	}
	p.waitJS(`document.getElementById("player-done") !== null`)
	// Skipped through: it says so rather than "Well done", and why it
	// won't count for a plan.
	if h, s := p.text("#done-h"), p.text("#player-done"); h != "Session over" || !strings.Contains(s, "partly done") {
		t.Errorf("a skipped-through session ends with %q: %q", h, s)
	}
	var lockAsked bool
	p.eval(`document.body.textContent.includes("Tap to keep the screen on")`, &lockAsked)
	if lockAsked {
		t.Error("the refused wake lock still asks to be tapped")
	}
	if errs := p.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
	noPanic(t, p)
}

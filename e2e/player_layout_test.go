package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// playerFits reports what of the running player does not fit the screen:
// any control below the fold, or the countdown wider than the ring.
const playerFits = `(() => {
	const out = [];
	for (const id of ["player-back", "player-pause", "player-skip", "player-minus", "player-plus", "player-repdone", "player-wrong", "player-end", "player-close"]) {
		const el = document.getElementById(id);
		if (!el) continue;
		const r = el.getBoundingClientRect();
		if (r.bottom > innerHeight + 0.5 || r.top < 0) out.push(id + " at " + Math.round(r.top) + "-" + Math.round(r.bottom) + " of " + innerHeight);
	}
	// Nothing in the top bar is cut off at the sides (Red flags included).
	for (const el of document.querySelectorAll(".player-top a, .player-top button")) {
		const r = el.getBoundingClientRect();
		if (r.right > innerWidth + 0.5 || r.left < -0.5) out.push((el.id || el.textContent.trim()) + " at x " + Math.round(r.left) + "-" + Math.round(r.right) + " of " + innerWidth);
	}
	const ring = document.querySelector(".ring-wrap").getBoundingClientRect();
	const c = document.getElementById("countdown").getBoundingClientRect();
	if (c.width > ring.width * 0.72) out.push("countdown " + Math.round(c.width) + " px in a " + Math.round(ring.width) + " px ring");
	return out.join("; ");
})()`

// TestEveryPlayerControlFitsOneScreen on a small phone, a common phone and
// a laptop, in a hold, a paced-rep and a counted-rep phase, with no
// scrolling, with the refused-wake-lock note showing.
func TestEveryPlayerControlFitsOneScreen(t *testing.T) {
	for _, size := range [][2]int64{{360, 640}, {390, 844}, {1280, 800}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			p := newPage(t)
			mobile := size[0] < 800
			opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(2)}
			if mobile {
				opts = append(opts, chromedp.EmulateMobile)
			}
			p.do(chromedp.EmulateViewport(size[0], size[1], opts...))
			injectScript(p, wakeLockRejects) // its note takes room too
			// Desk break, every phase to the end: paced leg swings, the
			// 12-rep count (the widest countdown, "1/12"), holds whose cue
			// runs to three lines, sides and rests.
			startRoutine(p, "/routines/desk-break/play")
			for i := 0; i < 60; i++ {
				var state string
				p.eval(`document.getElementById("player-done") ? "done" : document.getElementById("player").dataset.index + " " + document.getElementById("player").dataset.phase`, &state)
				if state == "done" {
					break
				}
				var problems string
				p.eval(playerFits, &problems)
				if problems != "" {
					t.Errorf("step %s: %s", state, problems)
				}
				// A drawing of another move than the one named (a rest shows
				// the next) is marked as next.
				var unmarked bool
				p.eval(`(() => { const f = document.querySelector(".player-figure"); return !!f && f.dataset.slug !== document.getElementById("player-exercise").dataset.slug && !document.getElementById("figure-next"); })()`, &unmarked)
				if unmarked {
					t.Errorf("step %s: the next exercise's drawing is not marked as next", state)
				}
				p.click("#player-skip")
				p.waitJS(`document.getElementById("player-done") !== null || document.getElementById("player").dataset.index + " " + document.getElementById("player").dataset.phase !== ` + jsString(state))
			}
			p.open("/routines/quick/play?hold=30&sides=2&sets=1&name=seated-hamstring-stretch")
			p.click("#player-start")
			p.waitJS(`document.getElementById("player") !== null`)
			p.click("#player-skip")
			p.waitJS(`document.getElementById("player").dataset.phase === "hold"`)
			var problems string
			p.eval(playerFits, &problems)
			if problems != "" {
				t.Errorf("hold: %s", problems)
			}
			p.click("#player-wrong")
			p.waitJS(`document.getElementById("wrong-h") !== null`)
			var back float64
			p.eval(`document.getElementById("wrong-back").getBoundingClientRect().bottom`, &back)
			if back > float64(size[1]) || back <= 0 {
				t.Errorf("what happened?: Back to the session at %v px of %d", back, size[1])
			}
		})
	}
}

package e2e

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// clockSkew moves the page's clocks (Date and performance.now, which Go's
// wasm runtime reads) ahead by localStorage "test.skew" milliseconds, so a
// test can let 40 s pass in a moment. It survives reloads, like real time.
// Date also moves by "test.wall" (see morningClock), which leaves
// performance.now alone so the monotonic clock never runs backwards.
const clockSkew = `(() => {
	const RealDate = Date, realPerf = performance.now.bind(performance);
	const skew = () => Number(localStorage.getItem("test.skew") || 0);
	const wall = () => Number(localStorage.getItem("test.wall") || 0);
	class SkewedDate extends RealDate {
		constructor(...a) { if (a.length === 0) super(RealDate.now() + skew() + wall()); else super(...a); }
		static now() { return RealDate.now() + skew() + wall(); }
	}
	window.Date = SkewedDate;
	performance.now = () => realPerf() + skew();
})();`

// morningClock, injected before clockSkew, sets the page's day to start at
// 9:00 on the day the test runs, so a test that lets hours pass ("the rest
// of the session") never crosses midnight into another day or week,
// whatever time the suite runs.
const morningClock = `(() => { try {
	if (localStorage.getItem("test.wall") !== null) return;
	const now = Date.now(), nine = new Date(now);
	nine.setHours(9, 0, 0, 0);
	localStorage.setItem("test.wall", String(nine.getTime() - now));
	} catch (e) {} // about:blank has no storage
})();`

// storedSessions reads the history the app saved.
func storedSessions(t *testing.T, p *page) []map[string]any {
	t.Helper()
	var text string
	p.eval(`localStorage.getItem("limber.v1") || "{}"`, &text)
	var d struct {
		History []map[string]any `json:"history"`
	}
	if err := json.Unmarshal([]byte(text), &d); err != nil {
		t.Fatalf("stored data: %v", err)
	}
	return d.History
}

// runIntoSecondHold starts a 30 s per-side hold and jumps the clock 32 s,
// past the left side: the player catches up as after a locked phone.
func runIntoSecondHold(p *page) {
	p.t.Helper()
	startRoutine(p, "/routines/quick/play?hold=30&sides=2&sets=1")
	p.waitJS(`document.getElementById("player")?.dataset.phase === "hold"`)
	p.eval(`localStorage.setItem("test.skew", "32000")`, nil)
	p.waitJS(`document.getElementById("player").dataset.index === "2"`) // switch sides
}

func TestReloadMidRoutineResumes(t *testing.T) {
	p := newPage(t)
	injectScript(p, clockSkew)
	runIntoSecondHold(p)

	p.do(chromedp.Reload())
	p.waitBoot()
	p.waitJS(`document.getElementById("resume-offer") !== null`)
	if offer := p.text("#resume-offer"); !strings.Contains(offer, "You stopped after 3") {
		t.Errorf("resume offer = %q, want how much was done", offer)
	}
	if n := len(storedSessions(t, p)); n != 1 {
		t.Errorf("%d sessions in history after the reload, want the one in progress", n)
	}
	p.click("#player-resume")
	// The reload took a moment, so the clock carried on: the switch or
	// the right side, running, never back at the start.
	p.waitJS(`Number(document.getElementById("player")?.dataset.index) >= 2 && document.getElementById("paused-note") === null`)

	p.click("#player-end")
	p.click("#end-confirm")
	p.waitJS(`document.getElementById("player-done") !== null`)
	h := storedSessions(t, p)
	if len(h) != 1 {
		t.Fatalf("history = %v, want one session for the whole run", h)
	}
	if secs, _ := h[0]["activeSeconds"].(float64); secs < 35 || h[0]["completed"] != false {
		t.Errorf("session = %v, want about 37 s done, not completed", h[0])
	}
	var run string
	p.eval(`localStorage.getItem("limber.run") || ""`, &run)
	if run != "" {
		t.Errorf("the ended run is still offered: %s", run)
	}
	noPanic(t, p)
}

func TestClosedTabOffersToSaveWhatWasDone(t *testing.T) {
	p := newPage(t)
	injectScript(p, clockSkew)
	runIntoSecondHold(p)

	// Closing the tab (or the phone discarding it) leaves the app.
	p.do(chromedp.Navigate("about:blank"))
	p.open("/")
	p.waitJS(`document.getElementById("resume-offer-bar") !== null`)
	if offer := p.text("#resume-offer-bar"); !strings.Contains(offer, "Resume Hold timer") {
		t.Errorf("offer on home = %q", offer)
	}
	p.click("#resume-bar-keep")
	p.waitJS(`document.getElementById("resume-offer-bar") === null`)
	h := storedSessions(t, p)
	if len(h) != 1 || h[0]["completed"] != false {
		t.Fatalf("history = %v, want the unfinished session once", h)
	}
	if secs, _ := h[0]["activeSeconds"].(float64); secs < 35 {
		t.Errorf("active %v s, want the 37 s done", secs)
	}
	p.open("/history")
	// The list arrives when the page has read storage, just after boot.
	p.waitJS(`document.getElementById("session-list") !== null`)
	if p.text("#session-list") == "" {
		t.Error("history page shows nothing")
	}
	p.open("/routines/quick/play?hold=30&sides=2&sets=1")
	var offered bool
	p.eval(`document.getElementById("resume-offer") !== null`, &offered)
	if offered {
		t.Error("a saved run is still offered")
	}
	noPanic(t, p)
}

func TestResumeFromHomeAfterALongGapWaitsWhereItWas(t *testing.T) {
	p := newPage(t)
	injectScript(p, clockSkew)
	runIntoSecondHold(p)
	// Away from the app (a plain file of the same site, so its storage
	// is reachable), then back 30 min later.
	p.do(chromedp.Navigate(baseURL + "/web/icons/icon.svg"))
	p.eval(`localStorage.setItem("test.skew", String(32000 + 30 * 60000))`, nil)
	p.open("/")
	p.click("#resume-bar-go")
	p.waitJS(`location.pathname === "/routines/quick/play" && document.getElementById("player-resume") !== null`)
	var bars int
	p.eval(`document.querySelectorAll("#resume-offer-bar").length`, &bars)
	if bars != 0 {
		t.Error("the player page offers the run twice")
	}
	p.click("#player-resume")
	// Where it stopped (the switch before the right side), not run on to
	// the end while the tab was gone.
	p.waitJS(`document.getElementById("player")?.dataset.index === "2" || document.getElementById("player")?.dataset.index === "3"`)
	var phase string
	p.eval(`document.getElementById("player").dataset.phase`, &phase)
	if phase == "done" {
		t.Error("the routine ran on to the end during the gap")
	}
	// It waits for the person to get into position.
	p.waitJS(`document.getElementById("paused-note") !== null`)
	noPanic(t, p)
}

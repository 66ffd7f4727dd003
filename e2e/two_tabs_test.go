package e2e

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// staleReads makes the app read the main key from window.__stale while it
// is set: the copy Chromium's per-tab storage cache still holds for a few
// milliseconds after another tab wrote.
const staleReads = `(() => {
	const get = Storage.prototype.getItem;
	Storage.prototype.getItem = function (k) {
		if (window.__stale !== undefined && k === "limber.v1") return window.__stale;
		return get.call(this, k);
	};
})();`

func storedText(p *page) string {
	p.t.Helper()
	var text string
	p.eval(`localStorage.getItem("limber.v1") || ""`, &text)
	return text
}

// TestTwoTabsBothKeepTheirChange: tab B stars an exercise from a copy read
// just before tab A starred another; tab A notices that B wrote over its
// change and merges, so both stars survive and both tabs show them.
func TestTwoTabsBothKeepTheirChange(t *testing.T) {
	a := newPage(t)
	b := newTabBeside(t, a)
	injectScript(b, staleReads)
	a.open("/exercises/cat-cow")
	b.open("/exercises/bird-dog")

	b.eval(`window.__stale = localStorage.getItem("limber.v1"); true`, nil)
	a.click("#favourite-button")
	a.waitJS(`(localStorage.getItem("limber.v1") || "").includes("cat-cow")`)
	b.click("#favourite-button") // written from the stale copy, without cat-cow
	b.eval(`window.__stale = undefined; true`, nil)

	bothKept(a, b, "cat-cow", "bird-dog")
	if sa, sb := storedText(a), storedText(b); sa != sb {
		t.Errorf("the tabs disagree:\nA %s\nB %s", sa, sb)
	}
	// B's next page shows A's change.
	b.open("/exercises/cat-cow")
	b.waitJS(`document.getElementById("favourite-button").getAttribute("aria-pressed") === "true"`)
}

// TestTwoTabsWritingInTheSameMillisecond: both tabs star an exercise at
// the same instant, with real storage; neither change is lost.
func TestTwoTabsWritingInTheSameMillisecond(t *testing.T) {
	a := newPage(t)
	b := newTabBeside(t, a)
	a.open("/exercises/dead-bug")
	b.open("/exercises/glute-bridge")
	var at float64
	a.eval(`Date.now() + 400`, &at)
	tap := `new Promise(r => setTimeout(() => { document.getElementById("favourite-button").click(); r(true); }, ` + strconv.FormatInt(int64(at), 10) + ` - Date.now()))`
	done := make(chan error, 1)
	go func() { // t.Fatal belongs to the test's own goroutine
		_, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](tap, chromedp.EvalAwaitPromise))
		done <- err
	}()
	a.eval(tap, nil)
	if err := <-done; err != nil {
		t.Fatalf("tab B's tap: %v", err)
	}
	bothKept(a, b, "dead-bug", "glute-bridge")
}

// bothKept waits until both tabs' storage holds both starred exercises.
func bothKept(a, b *page, x, y string) {
	a.t.Helper()
	both := `(() => { const t = localStorage.getItem("limber.v1") || ""; return t.includes("` + x + `") && t.includes("` + y + `"); })()`
	a.waitJS(both)
	b.waitJS(both)
	noPanic(a.t, a)
	noPanic(b.t, b)
}

// TestSettingsFollowAnotherTab: a setting changed in one tab shows in the
// other's open Settings page.
func TestSettingsFollowAnotherTab(t *testing.T) {
	a := newPage(t)
	b := newTabBeside(t, a)
	a.open("/settings")
	b.open("/settings")
	b.click("#theme-dark")
	a.waitJS(`document.getElementById("theme-dark").getAttribute("aria-pressed") === "true" && document.documentElement.dataset.theme === "dark"`)
	// The browser bar follows the chosen theme, not the system's.
	a.waitJS(`[...document.querySelectorAll('meta[name="theme-color"]')].every(m => m.content === "#0f1a1c")`)
	noPanic(t, a)
}

// TestDamageInOneTabIsRepairedByTheOther: a tab that stores unreadable
// data does not take the other tab's good copy with it.
func TestDamageInOneTabIsRepairedByTheOther(t *testing.T) {
	a := newPage(t)
	b := newTabBeside(t, a)
	a.open("/exercises/cat-cow")
	a.click("#favourite-button")
	a.waitJS(`(localStorage.getItem("limber.v1") || "").includes("cat-cow")`)
	b.open("/settings")
	b.click("#theme-dark")
	b.waitJS(`(localStorage.getItem("limber.v1") || "").includes("dark")`)

	a.eval(`localStorage.setItem("limber.v1", '{"version":1,"history":[{"id":'); true`, nil)
	b.waitJS(`document.getElementById("storage-notice") !== null`)
	good := `(() => { const t = localStorage.getItem("limber.v1") || ""; return t.includes("cat-cow") && t.includes("dark"); })()`
	a.waitJS(good)
	var copies []string
	a.eval(`Object.keys(localStorage).filter(k => k.startsWith("limber.backup."))`, &copies)
	if len(copies) != 1 {
		t.Errorf("saved copies %v, want the unreadable text kept once", copies)
	}
	a.open("/exercises/cat-cow")
	a.waitJS(`document.getElementById("favourite-button").getAttribute("aria-pressed") === "true"`)
	noPanic(t, a)
	noPanic(t, b)
}

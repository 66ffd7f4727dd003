package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Fault injection for localStorage: each script runs before any page
// script, in every document of the tab.
const (
	// quotaFull: every write fails as a full quota does.
	quotaFull = `Storage.prototype.setItem = function () { throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.", "QuotaExceededError"); };`
	// storageBlocked: the getter itself throws, as with cookies blocked.
	storageBlocked = `Object.defineProperty(window, "localStorage", { configurable: true, get() { throw new DOMException("The operation is insecure.", "SecurityError"); } });`
	// backupsFull: the main key can be written, a backup copy cannot.
	backupsFull = `(() => { const set = Storage.prototype.setItem; Storage.prototype.setItem = function (k, v) { if (String(k).startsWith("limber.backup.")) throw new DOMException("exceeded the quota", "QuotaExceededError"); return set.call(this, k, v); }; })();`
)

func injectScript(p *page, src string) {
	p.t.Helper()
	p.do(chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: src})
		return err
	}))
}

// startQuickRoutine opens a 5 s hold and starts it past the first-run check.
func startQuickRoutine(p *page) {
	p.t.Helper()
	startRoutine(p, "/routines/quick/play?hold=5&sides=1&sets=1")
}

// startRoutine opens a player, presses Start, passes the weekly check and
// waits for the running player.
func startRoutine(p *page, path string) {
	p.t.Helper()
	p.open(path)
	p.click("#player-start")
	p.waitJS(`document.getElementById("precheck-form") !== null`)
	p.click("#precheck-submit")
	p.waitJS(`document.getElementById("player") !== null`)
}

// noPanic fails the test if Go panicked or the console logged an error
// other than the ones a test expects.
func noPanic(t *testing.T, p *page) {
	t.Helper()
	for _, e := range p.consoleErrors() {
		if strings.Contains(e, "panic") || strings.Contains(e, "exit code") || strings.Contains(e, "Go program has already exited") {
			t.Errorf("the Go app died: %s", e)
		}
	}
}

// TestQuotaFullKeepsTheAppRunning: with every write refused, a favourite
// still toggles, the person is told it couldn't be saved, a routine runs
// to the end and the finished screen says the session was not kept.
func TestQuotaFullKeepsTheAppRunning(t *testing.T) {
	p := newPage(t)
	injectScript(p, quotaFull)
	p.open("/exercises/cat-cow")
	p.click("#favourite-button")
	p.waitJS(`document.getElementById("favourite-button").getAttribute("aria-pressed") === "true"`)
	p.waitJS(`document.getElementById("storage-notice") !== null`)
	if n := p.text("#storage-notice"); !strings.Contains(n, "full") || !strings.Contains(n, "couldn't save") {
		t.Errorf("notice = %q, want it to say storage is full and nothing was saved", n)
	}
	startQuickRoutine(p)
	p.waitJS(`document.getElementById("player-done") !== null`)
	if s := p.text("#save-failed"); !strings.Contains(s, "full") {
		t.Errorf("done screen says %q, want why the session was not saved", s)
	}
	var repeated bool
	p.eval(`document.getElementById("storage-notice") !== null`, &repeated)
	if repeated {
		t.Error("the done screen shows the same failure twice (status bar and page)")
	}
	p.click(`#player-done a[href="/history"]`)
	p.waitJS(`location.pathname === "/history" && document.querySelectorAll("#session-list li").length > 0`)
	noPanic(t, p)
}

// TestBlockedStorageStillStarts: a localStorage getter that throws must
// not stop the app at start-up; it says so and a routine still starts.
func TestBlockedStorageStillStarts(t *testing.T) {
	p := newPage(t)
	injectScript(p, storageBlocked)
	p.open("/")
	p.waitJS(`document.getElementById("storage-notice") !== null`)
	if n := p.text("#storage-notice"); !strings.Contains(n, "can't use this browser's storage") {
		t.Errorf("notice = %q", n)
	}
	startQuickRoutine(p)
	noPanic(t, p)
}

// TestBackupThatDoesNotFitLeavesTheOriginal: when the copy of unusable data
// cannot be stored, the original stays where it is and the person is told.
func TestBackupThatDoesNotFitLeavesTheOriginal(t *testing.T) {
	p := newPage(t)
	p.open("/")
	injectScript(p, backupsFull)
	bad := `{"version":1,"history":[{"id":` + strings.Repeat("x", 200000)
	p.eval(`localStorage.setItem("limber.v1", '`+bad+`'); true`, nil)
	p.open("/")
	p.waitJS(`document.getElementById("storage-notice") !== null`)
	if n := p.text("#storage-notice"); !strings.Contains(n, "couldn't keep a copy") {
		t.Errorf("notice = %q, want it to say no copy could be kept", n)
	}
	var kept string
	p.eval(`localStorage.getItem("limber.v1")`, &kept)
	if kept != bad {
		t.Errorf("the original was changed (%d bytes, want %d)", len(kept), len(bad))
	}
	// A tap that saves must not overwrite it either.
	p.open("/exercises/cat-cow")
	p.click("#favourite-button")
	p.waitJS(`document.getElementById("favourite-button").getAttribute("aria-pressed") === "true"`)
	p.eval(`localStorage.getItem("limber.v1")`, &kept)
	if kept != bad {
		t.Error("saving a favourite overwrote data that could not be backed up")
	}
	noPanic(t, p)
}

// TestBackupsAreCapped: old backups are removed, oldest first, so copies
// never pile up towards the quota.
func TestBackupsAreCapped(t *testing.T) {
	p := newPage(t)
	p.open("/")
	p.eval(`for (let i = 1; i <= 5; i++) localStorage.setItem("limber.backup.0000000000000000000" + i, "old " + i);
		localStorage.setItem("limber.v1", "not json"); true`, nil)
	p.open("/")
	p.waitJS(`document.getElementById("storage-notice") !== null`)
	var keys []string
	p.eval(`Object.keys(localStorage).filter(k => k.startsWith("limber.backup.")).sort()`, &keys)
	if len(keys) != 3 {
		t.Fatalf("backups = %v, want 3", keys)
	}
	var newest string
	p.eval(`localStorage.getItem("`+keys[2]+`")`, &newest)
	if newest != "not json" || keys[0] != "limber.backup.00000000000000000004" {
		t.Errorf("kept %v (newest %q): want the two newest old ones and the new copy", keys, newest)
	}
}

// TestNewerDataIsLeftAlone: data written by a later Limber is not moved
// aside or saved over by this one.
func TestNewerDataIsLeftAlone(t *testing.T) {
	p := newPage(t)
	p.open("/")
	newer := `{"version":999,"favourites":["cat-cow"],"future":true}`
	p.eval(`localStorage.setItem("limber.v1", '`+newer+`'); true`, nil)
	p.open("/exercises/cat-cow")
	p.waitJS(`document.getElementById("storage-notice") !== null`)
	if n := p.text("#storage-notice"); !strings.Contains(n, "newer version") {
		t.Errorf("notice = %q", n)
	}
	p.click("#favourite-button")
	p.waitJS(`document.getElementById("favourite-button").getAttribute("aria-pressed") === "true"`)
	var kept string
	var backups int
	p.eval(`localStorage.getItem("limber.v1")`, &kept)
	p.eval(`Object.keys(localStorage).filter(k => k.startsWith("limber.backup.")).length`, &backups)
	if kept != newer || backups != 0 {
		t.Errorf("stored %q with %d backups, want the newer data untouched", kept, backups)
	}
	noPanic(t, p)
}

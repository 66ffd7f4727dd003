package e2e

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// TestBuiltRoutineTravelsInItsLink builds a routine, takes its link, opens
// it in a fresh browser profile, sees the preview and starts it.
func TestBuiltRoutineTravelsInItsLink(t *testing.T) {
	p := newPage(t)
	p.open("/routines/new")
	p.eval(`(() => { const s = document.getElementById("exercise-pick"); s.value = "cat-cow"; s.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, nil)
	p.click("#add-step")
	p.waitJS(`document.querySelectorAll(".builder-step").length === 1`)
	p.eval(`(() => { const s = document.getElementById("exercise-pick"); s.value = "childs-pose"; s.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, nil)
	p.click("#add-step")
	p.waitJS(`document.querySelectorAll(".builder-step").length === 2`)
	// Shorten the hold, rename, reorder.
	p.eval(`(() => { const i = document.getElementById("step-1-hold"); i.value = "5"; i.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, nil)
	p.eval(`(() => { const i = document.getElementById("routine-name"); i.value = "Morning <b>reset</b>"; i.dispatchEvent(new Event("input", {bubbles: true})); return true })()`, nil)
	p.click(`button[aria-label="Move Child's pose up"]`)
	p.waitJS(`document.querySelector(".builder-step .card-title").textContent.includes("Child")`)
	p.click("#builder-link")
	p.waitJS(`document.getElementById("builder-url") !== null`)
	var link string
	p.eval(`document.getElementById("builder-url").value`, &link)
	if !strings.HasPrefix(link, baseURL+"/routines/shared?r=") {
		t.Fatalf("share link = %q", link)
	}

	fresh := newPage(t)
	fresh.openURL(link)
	fresh.waitJS(`document.querySelector("h1").textContent === "Morning <b>reset</b>"`)
	var bold int
	fresh.eval(`document.querySelectorAll("h1 b").length`, &bold)
	if bold != 0 {
		t.Error("text from the link was rendered as HTML")
	}
	var steps []string
	fresh.eval(`[...document.querySelectorAll(".routine-step .step-name")].map(a => a.textContent)`, &steps)
	if len(steps) != 2 || steps[0] != "Child's pose" || steps[1] != "Cat-cow" {
		t.Errorf("shared steps = %v, want [Child's pose Cat-cow]", steps)
	}
	fresh.click("#shared-start")
	fresh.waitJS(`location.pathname === "/routines/shared/play"`)
	fresh.waitJS(`document.getElementById("precheck-form") !== null`) // one Start, no second
	fresh.click("#precheck-submit")
	fresh.waitJS(`document.getElementById("player-exercise").textContent === "Child's pose"`)
}

// TestBrokenLinksExplainThemselves: cut short, tampered and foreign links
// open a clear explanation, never a blank page.
func TestBrokenLinksExplainThemselves(t *testing.T) {
	p := newPage(t)
	p.open("/routines/new")
	p.click("#add-step")
	p.waitJS(`document.querySelectorAll(".builder-step").length === 1`)
	p.click("#builder-link")
	p.waitJS(`document.getElementById("builder-url") !== null`)
	var link string
	p.eval(`document.getElementById("builder-url").value`, &link)
	u, _ := url.Parse(link)
	token := u.Query().Get("r")
	flipped := []byte(token)
	flipped[len(flipped)/2] ^= 1
	for name, tok := range map[string]string{
		"cut short": token[:len(token)/2],
		"tampered":  string(flipped),
		"garbage":   "not-a-routine",
		"empty":     "",
		"newer":     "9" + token[1:],
	} {
		p.open("/routines/shared?r=" + url.QueryEscape(tok))
		p.waitJS(`document.getElementById("link-problem") !== null`)
		msg := p.text("#link-problem")
		if len(msg) < 40 || !strings.Contains(msg, "link") {
			t.Errorf("%s link: message %q is not a clear explanation", name, msg)
		}
		var starts int
		p.eval(`document.querySelectorAll("#shared-start").length`, &starts)
		if starts != 0 {
			t.Errorf("%s link still offers Start", name)
		}
	}
}

// TestSharePaths: Web Share where the browser has it, else the clipboard
// with a visible confirmation; both carry the page's absolute URL.
func TestSharePaths(t *testing.T) {
	p := newPage(t)
	p.open("/exercises/cat-cow")
	p.eval(`window.__shared = null; navigator.share = (d) => { window.__shared = d; return Promise.resolve(); }; true`, nil)
	p.click("#share-button")
	p.waitJS(`window.__shared !== null`)
	var shared struct{ Title, URL string }
	p.eval(`window.__shared`, &shared)
	if shared.URL != baseURL+"/exercises/cat-cow" || !strings.Contains(shared.Title, "Cat-cow") {
		t.Errorf("shared %+v", shared)
	}

	p.open("/exercises/plank")
	bc := chromedp.FromContext(p.ctx).BrowserContextID
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		p.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.CallBrowser(ctx, browser.SetPermission, browser.SetPermissionParams{
				Permission: &browser.PermissionDescriptor{Name: name}, Setting: browser.PermissionSettingGranted,
				Origin: baseURL, BrowserContextID: bc,
			})
			return err
		}))
	}
	p.eval(`delete Navigator.prototype.share; navigator.share = undefined; true`, nil)
	p.click("#share-button")
	p.waitJS(`document.getElementById("share-note").textContent === "Link copied."`)
	var clip string
	p.eval(`navigator.clipboard.readText()`, &clip)
	if clip != baseURL+"/exercises/plank" {
		t.Errorf("clipboard = %q, want the page URL", clip)
	}
}

// TestCorruptStorageIsMovedAside: a corrupt stored value is kept under a
// backup key, the user is told, and the app starts clean.
func TestCorruptStorageIsMovedAside(t *testing.T) {
	p := newPage(t)
	p.open("/")
	p.eval(`localStorage.setItem("limber.v1", '{"version":1,"history":[{"id":'); true`, nil)
	p.open("/")
	p.waitJS(`document.getElementById("storage-notice") !== null`)
	var backups []string
	p.eval(`Object.keys(localStorage).filter(k => k.startsWith("limber.backup."))`, &backups)
	if len(backups) != 1 {
		t.Fatalf("backup keys = %v, want one", backups)
	}
	var kept string
	p.eval(`localStorage.getItem("`+backups[0]+`")`, &kept)
	if kept != `{"version":1,"history":[{"id":` {
		t.Errorf("backup holds %q, want the original text", kept)
	}
	if !strings.Contains(p.text("#storage-notice"), "Saved copies") {
		t.Error("the notice does not say where the copy is")
	}
	p.open("/settings")
	p.waitJS(`document.querySelectorAll("#saved-list li").length === 1`)
}

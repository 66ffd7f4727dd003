package e2e

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"limber/app/store"
)

// TestSavedCopies: a damaged original is kept as a copy at start and
// listed in Settings with a readable copy kept earlier; restoring the
// readable one merges its sessions into the history, and deleting a copy
// takes a second tap and removes it from storage.
func TestSavedCopies(t *testing.T) {
	p := newPage(t)
	p.open("/")

	// A readable copy kept earlier: a document with two sessions.
	kept := store.Default()
	started := time.Now().Add(-26 * time.Hour).Truncate(time.Second)
	kept.History = []store.Session{
		{ID: "old-1", Routine: "desk-break", Name: "Desk break", Started: started, ActiveSeconds: 300, PlannedSeconds: 300, Completed: true},
		{ID: "old-2", Routine: "morning", Name: "Morning mobility", Started: started.Add(time.Hour), ActiveSeconds: 120, PlannedSeconds: 480},
	}
	doc, err := store.Marshal(kept)
	if err != nil {
		t.Fatal(err)
	}
	keptAt := time.Now().Add(-3 * time.Hour)
	readableKey := store.BackupPrefix + leftPad(strconv.FormatInt(keptAt.UnixNano(), 10), 20)
	damaged := `{"version":1,"history":[{"id":"a"`
	seed, _ := json.Marshal(map[string]string{store.Key: damaged, readableKey: doc})
	p.eval(`(() => { const s = `+string(seed)+`; for (const k in s) localStorage.setItem(k, s[k]); return true })()`, nil)

	p.open("/settings")
	p.waitJS(`document.querySelectorAll("#saved-list > li").length === 2`)
	var backups []string
	p.eval(`Object.keys(localStorage).filter(k => k.startsWith("limber.backup.")).sort()`, &backups)
	if len(backups) != 2 || backups[0] != readableKey {
		t.Fatalf("backup keys = %v, want the seeded one and the damaged original", backups)
	}
	var original string
	p.eval(`localStorage.getItem("`+backups[1]+`")`, &original)
	if original != damaged {
		t.Errorf("newest copy holds %q, want the damaged original", original)
	}

	// Newest first: the damaged original, then the readable copy.
	if s := p.text("#copy-info-0"); !strings.Contains(s, "Can't be read") || !strings.Contains(s, "damaged") {
		t.Errorf("damaged copy described as %q", s)
	}
	if s := p.text("#copy-info-1"); !strings.Contains(s, "2 sessions") || !strings.Contains(s, "KB") {
		t.Errorf("readable copy described as %q", s)
	}
	if s, want := p.text("#copy-title-1"), keptAt.Format("Mon 2 Jan 2006, 15:04"); !strings.Contains(s, want) {
		t.Errorf("readable copy title %q, want it to say %q", s, want)
	}
	var buttons struct {
		Restore0, Restore1, Download0, Download1, Typed bool
	}
	p.eval(`({
		Restore0: !!document.getElementById("copy-restore-0"),
		Restore1: !!document.getElementById("copy-restore-1"),
		Download0: !!document.getElementById("copy-download-0"),
		Download1: !!document.getElementById("copy-download-1"),
		Typed: [...document.querySelectorAll("#saved-copies button")].every(b => b.type === "button" && b.textContent.trim() !== ""),
	})`, &buttons)
	if buttons.Restore0 || !buttons.Restore1 || !buttons.Download0 || !buttons.Download1 || !buttons.Typed {
		t.Errorf("buttons = %+v, want Restore only on the readable copy, Download on both, all type=button with labels", buttons)
	}

	// Download hands over the raw text under a dated name.
	p.eval(`(() => { window.__blob = null; const orig = URL.createObjectURL; URL.createObjectURL = (b) => { window.__blob = b; return orig.call(URL, b); };
		HTMLAnchorElement.prototype.click = function () { window.__download = this.download; }; return true })()`, nil)
	p.click("#copy-download-0")
	p.waitJS(`window.__blob !== null`)
	var downloaded, name string
	p.eval(`window.__blob.text()`, &downloaded)
	p.eval(`window.__download`, &name)
	if downloaded != damaged || !strings.HasPrefix(name, "limber-copy-") || !strings.HasSuffix(name, ".json") {
		t.Errorf("downloaded %q as %q, want the damaged text as limber-copy-….json", downloaded, name)
	}

	// Restore merges the readable copy.
	p.click("#copy-restore-1")
	p.waitJS(`document.getElementById("saved-note").textContent.includes("Added 2 sessions")`)
	p.open("/history")
	p.waitJS(`document.querySelectorAll("#session-list li").length === 2`)
	if s := p.text("#session-list"); !strings.Contains(s, "Desk break") || !strings.Contains(s, "Morning mobility") {
		t.Errorf("history shows %q, want the restored sessions", s)
	}

	// Delete asks first; Keep backs out.
	p.open("/settings")
	p.waitJS(`document.querySelectorAll("#saved-list > li").length === 2`)
	p.click("#copy-delete-0")
	p.waitJS(`document.activeElement && document.activeElement.id === "copy-delete-confirm-0"`)
	if s := p.text("#copy-delete-confirm-0"); s != "Delete this copy?" {
		t.Errorf("confirm button says %q", s)
	}
	p.click("#copy-keep-0")
	p.waitJS(`document.activeElement && document.activeElement.id === "copy-delete-0"`)
	p.click("#copy-delete-0")
	p.waitJS(`document.getElementById("copy-delete-confirm-0") !== null`)
	p.click("#copy-delete-confirm-0")
	p.waitJS(`document.querySelectorAll("#saved-list > li").length === 1`)
	p.eval(`Object.keys(localStorage).filter(k => k.startsWith("limber.backup."))`, &backups)
	if len(backups) != 1 || backups[0] != readableKey {
		t.Errorf("backups after deleting = %v, want only %s", backups, readableKey)
	}
	if s := p.text("#copy-info-0"); !strings.Contains(s, "2 sessions") {
		t.Errorf("remaining copy described as %q", s)
	}
	if s := p.text("#saved-note"); !strings.Contains(s, "Deleted") {
		t.Errorf("note = %q", s)
	}

	// The last one: the list gives way to one line.
	p.click("#copy-delete-0")
	p.waitJS(`document.getElementById("copy-delete-confirm-0") !== null`)
	p.click("#copy-delete-confirm-0")
	p.waitJS(`document.getElementById("saved-none") !== null && document.getElementById("saved-list") === null`)

	noPanic(t, p)
	if errs := p.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

func leftPad(s string, n int) string {
	return strings.Repeat("0", max(n-len(s), 0)) + s
}

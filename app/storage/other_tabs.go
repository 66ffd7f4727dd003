package storage

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/i18n"
	"limber/app/store"
)

// Two tabs of Limber share one localStorage. Each reads the latest copy
// before it writes, but Chromium gives every tab its own cache of storage,
// updated a moment after another tab writes: two changes within a few
// milliseconds can each start from the copy before the other, and the
// second write would lose the first. So each tab remembers its last write
// and, when a storage event shows the other tab wrote over it without
// having seen it, merges its change into theirs by record ID.

// ownWrite is this tab's latest change to the data.
type ownWrite struct {
	base, mine store.Data // before and after the change
	text       string     // what was stored
}

// DataEvent tells mounted components that the stored data changed in
// another tab, so they read it again.
const DataEvent = "limber-data"

// ListenOtherTabs runs once at start, for the whole visit.
func ListenOtherTabs() {
	w := goapp.Window()
	cb := goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
		ev := args[0]
		if key := ev.Get("key"); key.Truthy() && key.String() != store.Key {
			return nil // a null key is storage.clear(), which concerns us too
		}
		text := ""
		if v := ev.Get("newValue"); v.Truthy() {
			text = v.String()
		}
		reconcile(text)
		browser.Announce(DataEvent)
		return nil
	})
	w.Call("addEventListener", "storage", cb)
}

// reconcile handles text another tab stored. If that tab had not seen this
// tab's last change, the change is applied again on top of theirs.
func reconcile(text string) {
	if memory != nil {
		return
	}
	theirs, report := store.Load(text) // once, for both checks below
	if lastGood != "" && putBackGood(text, report) {
		return
	}
	mine := lastWrite
	if mine.text == "" || text == mine.text {
		return
	}
	lastWrite = ownWrite{}
	if report.Reset || report.Newer || theirs.Rev > mine.mine.Rev {
		return // they wrote after seeing ours, or wrote something we can't merge
	}
	merged := store.Rebase(mine.base, mine.mine, theirs)
	if store.Same(merged, theirs) {
		return
	}
	merged.Rev = max(theirs.Rev, mine.mine.Rev) + 1
	if stored, err := writeData(merged); err == nil {
		lastWrite = ownWrite{base: theirs, mine: merged, text: stored}
	}
}

// putBackGood handles another tab leaving the data unreadable or gone (a
// damaged write, or that tab moving damaged data aside): this tab's good
// copy goes back, and unreadable text is kept among the saved copies.
// report is store.Load's for text.
func putBackGood(text string, report store.LoadReport) bool {
	if text != "" {
		if !report.Reset || report.Newer {
			return false
		}
		if err := KeepBackup(report.BackupKey, text); err != nil {
			return false // never drop the only copy of what the other tab wrote
		}
	}
	if Set(store.Key, lastGood) != nil {
		return false
	}
	notify(i18n.T("Another Limber tab left the saved data unreadable, so this tab put its own copy back. Anything unreadable is kept in Settings, Saved copies."))
	return true
}

// DataWatch, embedded in a component, reloads its data when another tab
// changes it.
type DataWatch struct{ stop func() }

func (w *DataWatch) Watch(ctx goapp.Context, reload func()) {
	w.stop = browser.OnWindowEvents(ctx, []string{DataEvent}, func(goapp.Context) { reload() })
}

func (w *DataWatch) OnDismount() {
	if w.stop != nil {
		w.stop()
		w.stop = nil
	}
}

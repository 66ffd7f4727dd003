package app

import (
	"strconv"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
)

// SavedData lists the copies loadData kept of stored data it had to repair
// or couldn't read (keepBackup keeps at most maxBackups), and lets the
// person merge one back, download it or delete it.
type SavedData struct {
	goapp.Compo
	loaded  bool // the list has been read (never while prerendering)
	copies  []savedCopy
	listErr string
	confirm string // key of the copy whose deletion awaits a second tap
	note    string
	err     bool
	mounted goapp.Context // for focus after an update: a pressed button may be gone by then
}

// savedCopy is one backup key, newest first in SavedData.copies.
type savedCopy struct {
	key      string
	kept     time.Time // zero when the key doesn't say
	size     int       // bytes of stored text
	info     string    // what is in it, or why it can't be read
	readable bool
}

func (c *SavedData) OnMount(ctx goapp.Context) {
	c.mounted = ctx
	// Reading the data first makes sure a copy loadData keeps at start-up
	// is already there, whichever component mounts first.
	storage.Load()
	c.refresh()
}

// refresh reads the backup keys again.
func (c *SavedData) refresh() {
	c.loaded, c.confirm, c.listErr, c.copies = true, "", "", nil
	keys, err := storage.Keys(store.BackupPrefix)
	if err != nil {
		c.listErr = i18n.F("Limber can't look for saved copies: {error}.", "error", i18n.T(err.Error()))
		return
	}
	for i := len(keys) - 1; i >= 0; i-- {
		c.copies = append(c.copies, readCopy(keys[i]))
	}
}

func readCopy(key string) savedCopy {
	sc := savedCopy{key: key, kept: keptAt(key)}
	text, err := storage.Get(key)
	if err != nil {
		sc.info = i18n.F("Can't be read: {error}.", "error", i18n.T(err.Error()))
		return sc
	}
	sc.size = len(text)
	sc.info, sc.readable = describeCopy(text)
	return sc
}

// keptAt reads the time from a key made by store's backupKey.
func keptAt(key string) time.Time {
	n, err := strconv.ParseInt(strings.TrimPrefix(key, store.BackupPrefix), 10, 64)
	if err != nil || n <= 0 {
		return time.Time{}
	}
	return time.Unix(0, n)
}

// describeCopy says what a copy holds, and whether it can be restored.
func describeCopy(text string) (string, bool) {
	if strings.TrimSpace(text) == "" {
		return i18n.T("Empty."), false
	}
	d, report := store.Load(text)
	if report.Reset {
		return i18n.F("Can't be read: {reason}", "reason", lowerFirst(i18n.T(report.Reason))), false
	}
	var parts []string
	if n := len(d.History); n > 0 {
		parts = append(parts, oneOrMany(n, i18n.T("1 session"), i18n.N("{n} sessions", n)))
	}
	if n := len(d.Routines); n > 0 {
		parts = append(parts, oneOrMany(n, i18n.T("1 saved routine"), i18n.N("{n} saved routines", n)))
	}
	if n := len(d.Favourites.Exercises) + len(d.Favourites.Routines); n > 0 {
		parts = append(parts, oneOrMany(n, i18n.T("1 favourite"), i18n.N("{n} favourites", n)))
	}
	if len(parts) == 0 {
		return i18n.T("Settings only; no sessions, routines or favourites."), true
	}
	return strings.Join(parts, ", ") + ".", true
}

// sizeLabel is a size in KB with one decimal, never "0.0 KB".
func sizeLabel(bytes int) string {
	tenths := max((bytes*10+1023)/1024, 1)
	return i18n.Number(float64(tenths)/10, 1) + " KB"
}

func (sc savedCopy) title() string {
	if sc.kept.IsZero() {
		return i18n.T("Kept at an unknown time")
	}
	return i18n.F("Kept {date}", "date", copyDate(sc.kept.Local()))
}

// deletedNote says which copy was deleted.
func (sc savedCopy) deletedNote() string {
	if sc.kept.IsZero() {
		return i18n.T("Deleted the copy kept at an unknown time.")
	}
	return i18n.F("Deleted the copy kept {date}.", "date", copyDate(sc.kept.Local()))
}

// copyDate is when a copy was kept: "Mon 2 Jan 2006, 15:04".
func copyDate(t time.Time) string {
	return i18n.F("{weekday} {day} {month} {year}, {time}", "weekday", i18n.ShortWeekday(t.Weekday()), "day", view.Itoa(t.Day()),
		"month", i18n.ShortMonth(t.Month()), "year", view.Itoa(t.Year()), "time", i18n.Clock(t))
}

func (sc savedCopy) fileName() string {
	if sc.kept.IsZero() {
		return "limber-copy.json"
	}
	return "limber-copy-" + sc.kept.Local().Format("2006-01-02-1504") + ".json"
}

func (c *SavedData) Render() goapp.UI {
	return view.Elem("section", "block card",
		view.ElemText("h2", "", "Saved copies").ID("saved-h").TabIndex(-1),
		view.ElText("p", "", "When Limber finds saved data it has to repair or can't read, it keeps a copy of the original here first. It keeps at most 3; the oldest is removed first."),
		goapp.If(c.listErr != "", func() goapp.UI {
			return view.ElemText("p", "field-error", c.listErr).ID("saved-error")
		}).ElseIf(c.loaded && len(c.copies) == 0, func() goapp.UI {
			return view.ElemText("p", "disclaimer", "There are no saved copies.").ID("saved-none")
		}),
		goapp.If(len(c.copies) > 0, func() goapp.UI {
			return view.Elem("ul", "copy-list",
				goapp.Range(c.copies).Slice(func(i int) goapp.UI { return c.renderCopy(i) }),
			).ID("saved-list")
		}),
		view.ElemText("p", map[bool]string{true: "field-error", false: "disclaimer"}[c.err], c.note).ID("saved-note").Aria("live", "polite"),
	).ID("saved-copies").Aria("labelledby", "saved-h")
}

func (c *SavedData) renderCopy(i int) goapp.UI {
	sc := c.copies[i]
	n := view.Itoa(i)
	// go-app keeps an element's handler when the new one comes from the same
	// function literal; the scope makes it swap the handler whenever the
	// button's job or copy changes (Delete becoming "Delete this copy?", or
	// the next copy moving up after a deletion).
	button := func(id, class, label string, onClick func()) goapp.UI {
		return view.ElemText("button", class, label).ID(id).Attr("type", "button").Aria("describedby", "copy-title-"+n).
			OnClick(func(goapp.Context, goapp.Event) { onClick() }, goapp.EventScope(id, sc.key))
	}
	var actions []goapp.UI
	if sc.readable {
		actions = append(actions, button("copy-restore-"+n, "button small", i18n.T("Restore"), func() { c.restore(sc) }))
	}
	actions = append(actions, button("copy-download-"+n, "button small", i18n.T("Download"), func() { c.download(sc) }))
	if c.confirm == sc.key {
		actions = append(actions,
			button("copy-delete-confirm-"+n, "button small danger", i18n.T("Delete this copy?"), func() { c.remove(sc) }),
			button("copy-keep-"+n, "button small ghost", i18n.T("Keep"), func() { c.askDelete("", "copy-delete-"+n) }),
		)
	} else {
		actions = append(actions, button("copy-delete-"+n, "button small danger outline", i18n.T("Delete"), func() { c.askDelete(sc.key, "copy-delete-confirm-"+n) }))
	}
	return view.Elem("li", "saved-copy",
		view.ElemText("span", "step-name", sc.title()).ID("copy-title-"+n),
		view.ElemText("span", "step-dose", sizeLabel(sc.size)+" · "+sc.info).ID("copy-info-"+n),
		view.El("div", "actions", actions...),
	).ID("copy-" + n)
}

// askDelete shows (key set) or hides the confirmation and moves focus to
// the button that replaced the one pressed.
func (c *SavedData) askDelete(key, focus string) {
	c.confirm = key
	c.focusSoon(focus)
}

// focusSoon focuses the element with this id once the update is done. It
// defers through the component's own context: go-app skips a deferred
// function whose source element (the pressed button) was removed.
func (c *SavedData) focusSoon(id string) {
	c.mounted.Defer(func(goapp.Context) { focusID(id) })
}

func (c *SavedData) restore(sc savedCopy) {
	text, err := storage.Get(sc.key)
	if err != nil {
		c.note, c.err = i18n.F("Couldn't read the copy: {error}. Nothing was changed.", "error", i18n.T(err.Error())), true
		return
	}
	merged, summary, err := store.Restore(storage.Load(), text)
	if err != nil {
		c.note, c.err = i18n.F("This copy can't be read: {reason} Nothing was changed.", "reason", i18n.T(store.Message(err))), true
		return
	}
	if err := storage.Save(merged); err != nil {
		c.note, c.err = i18n.T("The copy was merged for this visit only.")+" "+i18n.T(err.Error()), true
		return
	}
	c.note, c.err = i18n.T("Restored: the copy was merged into your data.")+" "+strings.Join(summary.Lines(), " "), false
}

func (c *SavedData) download(sc savedCopy) {
	text, err := storage.Get(sc.key)
	if err != nil {
		c.note, c.err = i18n.F("Couldn't read the copy: {error}.", "error", i18n.T(err.Error())), true
		return
	}
	downloadFile(sc.fileName(), "application/json", text)
	c.note, c.err = i18n.F("Downloaded {file}.", "file", sc.fileName()), false
}

func (c *SavedData) remove(sc savedCopy) {
	if err := storage.Remove(sc.key); err != nil {
		c.confirm = ""
		c.note, c.err = i18n.F("Couldn't delete the copy: {error}.", "error", i18n.T(err.Error())), true
		return
	}
	c.refresh()
	c.note, c.err = sc.deletedNote(), false
	c.focusSoon("saved-h")
}

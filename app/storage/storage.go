package storage

import (
	"strings"
	"time"

	"limber/app/browser"
	"limber/app/i18n"
	"limber/app/store"
	"limber/content"
)

// Load reads all personal data. Corrupt or unknown data is moved aside
// under a backup key and the user is told; nothing is dropped silently,
// and no storage failure stops the app.
func Load() store.Data {
	if memory != nil {
		return *memory
	}
	text, err := Get(store.Key)
	if err != nil {
		return inMemory(store.Default(), i18n.F("Limber can't use this browser's storage: {reason}. It works as usual, but nothing will be kept after you close it.", "reason", err.Error()))
	}
	d, report := store.Load(text)
	if report.BackupKey == "" || text == "" {
		if text != "" {
			lastGood = text
		}
		return d
	}
	if report.Newer {
		// A stale tab or an older install meeting data from a later
		// version: leave it exactly as it is.
		return inMemory(d, i18n.T("Your saved data comes from a newer version of Limber. Reload the page to update; until then nothing is saved, so nothing of it is lost."))
	}
	// What will be used differs from what was stored: keep the original.
	if err := KeepBackup(report.BackupKey, text); err != nil {
		return inMemory(d, i18n.F("Limber couldn't keep a copy of its saved data before repairing it ({reason}), so it left the data where it is. Nothing you change now will be saved.", "reason", err.Error()))
	}
	switch {
	case report.Reset:
		Remove(store.Key) // a failure leaves the unusable text; the next start tries again
		notify(i18n.F("Limber couldn't use its saved data: {reason} A copy was kept (Settings, Saved copies) and Limber started fresh.", "reason", report.Reason))
	case len(report.Fixed) > 0:
		notify(i18n.F("Some saved data was out of range and was repaired: {repairs}. The original was kept in Settings, Saved copies.", "repairs", strings.Join(report.Fixed, ", ")))
	}
	if !report.Reset {
		Save(d) // store the migrated or repaired data once
	}
	return d
}

// inMemory switches to keeping data in this page only, with a notice.
func inMemory(d store.Data, notice string) store.Data {
	memory = &d
	memoryReason = Error(notice)
	notify(notice)
	return d
}

// NoticeEvent tells a mounted StatusBar that the notice changed.
const NoticeEvent = "limber-storage"

// notify sets the notice and tells the StatusBar now, not at its next mount.
func notify(text string) {
	notice = text
	browser.Announce(NoticeEvent)
}

// Save writes all personal data back. When the browser refuses, the
// data is kept in memory for this visit and the error says why.
func Save(d store.Data) error {
	_, err := writeData(d)
	return err
}

// writeData is saveData that also returns the text stored.
func writeData(d store.Data) (string, error) {
	if memory != nil {
		*memory = d
		return "", memoryReason
	}
	s, err := store.Marshal(d)
	if err != nil {
		return "", err
	}
	if err := Set(store.Key, s); err != nil {
		inMemory(d, i18n.F("Limber couldn't save: {reason}. What you did stays until you close Limber; export it from Settings to keep it.", "reason", err.Error()))
		return "", memoryReason
	}
	lastGood = s
	return s, nil
}

// Update loads, changes and saves in one step, from the latest stored
// copy, so a change another tab made a moment ago is not overwritten. The
// change is remembered in case another tab, reading a copy from just
// before it, writes over it (see other_tabs.go).
func Update(change func(*store.Data)) (store.Data, error) {
	d := Load()
	base := d
	change(&d)
	d.Rev = base.Rev + 1
	text, err := writeData(d)
	if err == nil {
		lastWrite = ownWrite{base: base, mine: d, text: text}
	}
	return d, err
}

// Error is a storage failure told in plain words, which people see: its
// text is English (a catalogue key) and Error gives it in the current
// language.
type Error string

func (e Error) Error() string { return i18n.T(string(e)) }

// ErrAlreadySaved: the same routine is already on this phone.
var ErrAlreadySaved = Error(i18n.Mark("it's already saved on this phone, under Routines"))

// SaveRoutine keeps a routine on this phone under a new ID, once: saving
// the same routine again (a second tap, the same link) adds nothing. It
// returns the saved routine's ID, the earlier one's when already saved.
func SaveRoutine(r content.Routine) (string, error) {
	dup, id := false, ""
	_, err := Update(func(d *store.Data) {
		for _, s := range d.Routines {
			if s.Routine.Equal(r) {
				dup, id = true, s.ID
				return
			}
		}
		now := time.Now()
		id = store.NewID(now)
		d.Routines = append(d.Routines, store.SavedRoutine{ID: id, Routine: r, Saved: now})
	})
	if dup {
		return id, ErrAlreadySaved
	}
	return id, err
}

// InMemory reports whether the browser refuses to store Limber's data, so
// what is saved lasts only until Limber is closed (a notice says why).
func InMemory() bool { return memory != nil }

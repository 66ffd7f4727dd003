package app

import (
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/store"
	"limber/content"
)

// storageNotice is a message about stored data (moved aside, fixed up) that
// the StatusBar shows once.
var storageNotice string

// loadData reads all personal data from localStorage. Corrupt or unknown
// data is moved aside under a backup key and the user is told; nothing is
// dropped silently.
func loadData() store.Data {
	ls := localStorage()
	if ls == nil {
		return store.Default()
	}
	raw := ls.Call("getItem", store.Key)
	text := ""
	if raw.Truthy() {
		text = raw.String()
	}
	d, report := store.Load(text)
	if report.BackupKey == "" || text == "" {
		return d
	}
	// What will be used differs from what was stored: keep the original.
	ls.Call("setItem", report.BackupKey, text)
	switch {
	case report.Reset:
		ls.Call("removeItem", store.Key)
		storageNotice = "Limber couldn't use its saved data: " + report.Reason + " A copy was kept (" + report.BackupKey + ") and Limber started fresh."
	case len(report.Fixed) > 0:
		storageNotice = "Some saved data was out of range and was repaired: " + strings.Join(report.Fixed, ", ") + ". The original was kept as " + report.BackupKey + "."
	}
	if !report.Reset {
		saveData(d) // store the migrated or repaired data once
	}
	return d
}

// saveData writes all personal data back.
func saveData(d store.Data) error {
	ls := localStorage()
	if ls == nil {
		return errNoStorage
	}
	s, err := store.Marshal(d)
	if err != nil {
		return err
	}
	ls.Call("setItem", store.Key, s)
	return nil
}

// updateData loads, changes and saves in one step.
func updateData(change func(*store.Data)) (store.Data, error) {
	d := loadData()
	change(&d)
	return d, saveData(d)
}

type storageError string

func (e storageError) Error() string { return string(e) }

const errNoStorage = storageError("this browser does not allow Limber to save data (private mode?)")

// localStorage returns window.localStorage, or nil where it is unavailable
// (server side, or storage blocked).
func localStorage() goapp.Value {
	if goapp.IsServer {
		return nil
	}
	ls := goapp.Window().Get("localStorage")
	if !ls.Truthy() {
		return nil
	}
	return ls
}

// saveRoutine keeps a routine on this phone under a new ID.
func saveRoutine(r content.Routine) error {
	_, err := updateData(func(d *store.Data) {
		now := time.Now()
		d.Routines = append(d.Routines, store.SavedRoutine{ID: store.NewID(now), Routine: r, Saved: now})
	})
	return err
}

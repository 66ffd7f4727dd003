package storage

import (
	"limber/app/store"
)

// What this tab knows about its storage, private to this package: the rest
// of the app reads and writes personal data through Load and Update only.
var (
	// notice is a message about stored data (moved aside, fixed up,
	// not saved) that the StatusBar shows once, in the current language.
	notice string
	// memory holds the data when it lives only in this page for this visit:
	// storage is blocked, full before a backup could be kept, or holds data
	// from a newer Limber that must not be saved over. Changes then still show
	// everywhere in the app; they are just not kept after the tab closes.
	memory *store.Data
	// memoryReason says why data lives in memory this visit; set with memory.
	memoryReason Error
	// storageBlocked is set at start when window.localStorage is unusable.
	storageBlocked bool
	// lastWrite is this tab's latest change, for merging another tab's
	// write over it (other_tabs.go).
	lastWrite ownWrite
	// lastGood is the latest stored text this tab read cleanly or wrote.
	lastGood string
)

// TakeNotice returns the notice about stored data, once: whoever shows it
// takes it, so it is not shown twice.
func TakeNotice() string {
	n := notice
	notice = ""
	return n
}

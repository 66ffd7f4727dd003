package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/store"
)

// What this browser tab keeps in memory across pages and components while
// it is open, all declared here so a newcomer sees all of it in one place.
// None of it is stored; personal data goes through app/store, by loadData
// and updateData. A component that must re-render when some of it changes
// is told through go-app: stored data by dataEvent, the break reminder by
// reminderState.
var (
	// playerBusy is true while a routine runs, so a break reminder that falls
	// due waits for the next interval. (The update banner can't interrupt: it
	// lives in the StatusBar, which the running player's frame leaves out.)
	playerBusy bool
	// storageNotice is a message about stored data (moved aside, fixed up,
	// not saved) that the StatusBar shows once.
	storageNotice string
	// memory holds the data when it lives only in this page for this visit:
	// storage is blocked, full before a backup could be kept, or holds data
	// from a newer Limber that must not be saved over. Changes then still show
	// everywhere in the app; they are just not kept after the tab closes.
	memory *store.Data
	// memoryReason says why data lives in memory this visit; set with memory.
	memoryReason storageError
	// storageBlocked is set at start when window.localStorage is unusable.
	storageBlocked bool
	// lastWrite is this tab's latest change, for merging another tab's
	// write over it (other_tabs.go).
	lastWrite ownWrite
	// lastGood is the latest stored text this tab read cleanly or wrote.
	lastGood string
	// startOnArrival is the player address a Start link was just tapped for:
	// that player starts at once rather than showing a second Start. Opened
	// any other way (a shared link, a reload), the player shows its own.
	startOnArrival string
	// pageAudio is the one AudioContext of the visit: browsers cap how many a
	// page may open, and one made inside a tap stays usable afterwards.
	pageAudio goapp.Value
	// reminders is the movement-break timer (reminders.go).
	reminders reminderLoop
	// navigations counts OnNav calls in this tab; the first is the page load.
	navigations int
)

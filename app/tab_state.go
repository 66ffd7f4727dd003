package app

// What this browser tab keeps in memory across pages and components while
// it is open, all declared here so a newcomer sees all of it in one place.
// None of it is stored: personal data is app/storage's (storage.Load and
// storage.Update, through app/store). A component that must re-render when
// shared state changes listens for its signal (browser.Announce and
// browser.OnWindowEvents): storage.DataEvent for stored data,
// storage.NoticeEvent for a storage notice, reminderEvent for the break
// reminder.
var (
	// playerBusy is true while a routine runs, so a break reminder that falls
	// due waits for the next interval. (The update banner can't interrupt: it
	// lives in the StatusBar, which the running player's frame leaves out.)
	playerBusy bool
	// startOnArrival is the player address a Start link was just tapped for:
	// that player starts at once rather than showing a second Start. Opened
	// any other way (a shared link, a reload), the player shows its own.
	startOnArrival string
	// reminders is the movement-break timer (reminders.go).
	reminders reminderLoop
	// navigations counts OnNav calls in this tab; the first is the page load.
	navigations int
)

package e2e

import (
	"strconv"
	"strings"
	"testing"
	"time"

	ical "github.com/emersion/go-ical"
)

// keepBlobs keeps the last Blob a download made, so a test can read it.
const keepBlobs = `(() => {
	const make = URL.createObjectURL.bind(URL);
	URL.createObjectURL = b => { window.lastBlob = b; return make(b); };
})();`

// TestSessionReminderCalendarAndBanner: a time and days chosen in
// Settings download as an .ics that a maintained parser reads as a weekly
// event with an alarm and a link back; while Limber is open the banner
// comes at that time and leads to Today.
func TestSessionReminderCalendarAndBanner(t *testing.T) {
	p := newPage(t)
	injectScript(p, clockSkew)
	injectScript(p, keepBlobs)
	p.open("/settings")
	p.waitJS(`document.getElementById("calendar-add")?.disabled === true`)
	// A reminder two minutes from now, today only (the browser's clock).
	var at string
	var day int
	p.eval(`(() => { const d = new Date(Date.now() + 120e3); return String(d.getHours()).padStart(2, "0") + ":" + String(d.getMinutes()).padStart(2, "0") })()`, &at)
	p.eval(`new Date(Date.now() + 120e3).getDay()`, &day)
	p.eval(`(() => { const i = document.getElementById("remind-at"); i.value = `+jsString(at)+`; i.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, nil)
	p.click("#remind-day-" + strconv.Itoa(day))
	p.waitJS(`document.getElementById("calendar-add")?.disabled === false`)
	p.click("#calendar-add")
	p.waitJS(`window.lastBlob !== undefined`)
	var ics string
	p.eval(`window.lastBlob.text()`, &ics)
	cal, err := ical.NewDecoder(strings.NewReader(ics)).Decode()
	if err != nil || len(cal.Events()) != 1 {
		t.Fatalf("the .ics doesn't parse as one event: %v\n%s", err, ics)
	}
	ev := cal.Events()[0]
	start, err := ev.DateTimeStart(time.Local)
	if err != nil || start.Format("15:04") != at {
		t.Errorf("starts %v (%v), want %s", start, err, at)
	}
	if rr := ev.Props.Get(ical.PropRecurrenceRule); rr == nil || !strings.HasPrefix(rr.Value, "FREQ=WEEKLY;BYDAY=") {
		t.Errorf("RRULE = %v", rr)
	}
	if u := ev.Props.Get(ical.PropURL); u == nil || !strings.HasSuffix(u.Value, "/#today") {
		t.Errorf("URL = %v", u)
	}
	// The note follows the download in the next render, not with it.
	p.waitJS(`document.getElementById("remind-note")?.textContent.includes("limber-reminder.ics")`)

	p.goTo("/guide")
	p.eval(`localStorage.setItem("test.skew", "180000"); true`, nil) // three minutes on
	p.waitJS(`document.getElementById("session-reminder") !== null`)
	p.click("#session-reminder-go")
	p.waitJS(`location.pathname === "/" && document.getElementById("session-reminder") === null`)
	noPanic(t, p)
}

// TestSessionReminderWithStorageFull: with every write refused, the
// reminder still holds for the visit, and Settings says it wasn't kept.
func TestSessionReminderWithStorageFull(t *testing.T) {
	p := newPage(t)
	injectScript(p, quotaFull)
	p.open("/settings")
	// Settings' status lines arrive just after boot and move the day chips
	// down; a tap aimed before that lands above them (1 in 8 runs).
	p.settle()
	p.click("#remind-day-1")
	p.waitJS(`document.getElementById("remind-day-1")?.getAttribute("aria-pressed") === "true" && document.getElementById("calendar-add")?.disabled === false`)
	if s := p.text("#remind-note"); !strings.Contains(s, "couldn't save") && !strings.Contains(s, "close") {
		t.Errorf("note = %q", s)
	}
	noPanic(t, p)
}

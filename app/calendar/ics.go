// Package calendar writes Limber's session reminder as an iCalendar file
// (RFC 5545): one weekly event with an alarm and a link back to Limber,
// which any phone's calendar imports, so the reminder works with Limber
// closed and no server. No go-app import, so it tests in plain Go.
package calendar

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"limber/app/i18n"
)

// Reminder is when to be reminded: a time of day on some weekdays.
type Reminder struct {
	Hour, Minute int
	Days         int // bit 0 Sunday … bit 6 Saturday
}

var dayCodes = [7]string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}

// ICS is the reminder as an .ics file whose first event is the next
// chosen day at or after now. Times are floating (local wherever the
// phone is), as a morning reminder should stay in the morning when
// travelling. link opens Limber on today's session. The event's words
// and the errors (shown to the person) are in the current language.
func ICS(r Reminder, now time.Time, link string) (string, error) {
	if r.Days&(1<<7-1) == 0 || r.Days>>7 != 0 {
		return "", errors.New(i18n.T("no days chosen for the reminder"))
	}
	if r.Hour < 0 || r.Hour > 23 || r.Minute < 0 || r.Minute > 59 {
		return "", errors.New(i18n.F("{time} is not a time of day", "time", fmt.Sprintf("%02d:%02d", r.Hour, r.Minute)))
	}
	first := Next(r, now)
	var days []string
	for d := range 7 {
		if r.Days&(1<<d) != 0 {
			days = append(days, dayCodes[d])
		}
	}
	lines := []string{
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//Limber//Session reminder//EN",
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		"BEGIN:VEVENT",
		"UID:session-reminder-" + now.UTC().Format("20060102T150405Z") + "@limber.app",
		"DTSTAMP:" + now.UTC().Format("20060102T150405Z"),
		"DTSTART:" + first.Format("20060102T150405"),
		"DURATION:PT15M",
		"RRULE:FREQ=WEEKLY;BYDAY=" + strings.Join(days, ","),
		"SUMMARY:" + text(i18n.T("Limber: today's stretches")),
		"DESCRIPTION:" + text(i18n.F("A few minutes for your hamstrings and back. Open Limber for today's session: {link}", "link", link)),
		"URL:" + link,
		"TRANSP:TRANSPARENT",
		"BEGIN:VALARM",
		"ACTION:DISPLAY",
		"DESCRIPTION:" + text(i18n.T("Time for your Limber session")),
		"TRIGGER:PT0M",
		"END:VALARM",
		"END:VEVENT",
		"END:VCALENDAR",
	}
	var b strings.Builder
	for _, l := range lines {
		fold(&b, l)
	}
	return b.String(), nil
}

// Next is the first chosen day at the reminder's time at or after now, in
// now's location. It assumes at least one day is chosen.
func Next(r Reminder, now time.Time) time.Time {
	y, m, d := now.Date()
	for i := 0; i < 8; i++ {
		t := time.Date(y, m, d+i, r.Hour, r.Minute, 0, 0, now.Location())
		if r.Days&(1<<int(t.Weekday())) != 0 && !t.Before(now.Truncate(time.Minute)) {
			return t
		}
	}
	return time.Date(y, m, d+7, r.Hour, r.Minute, 0, 0, now.Location())
}

// text escapes a TEXT value (RFC 5545 §3.3.11).
// A loop rather than strings.NewReplacer, whose machinery is otherwise
// absent from app.wasm.
func text(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', ';', ',':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			b.WriteString(`\n`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// fold writes one content line, folded at 75 octets without splitting a
// UTF-8 character, ended with CRLF (§3.1).
func fold(b *strings.Builder, line string) {
	limit := 75
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		b.WriteString(line[:cut] + "\r\n ")
		line = line[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(line + "\r\n")
}

// DueWindow is how long after its time an in-app reminder still shows:
// opening Limber at 07:50 for a 07:30 reminder still offers the session.
const DueWindow = 30 * time.Minute

// Due is the reminder time that has passed within DueWindow of now, if
// any, for the banner shown while Limber is open.
func Due(r Reminder, now time.Time) (time.Time, bool) {
	if r.Days&(1<<7-1) == 0 {
		return time.Time{}, false
	}
	at := Next(r, now.Add(-DueWindow))
	return at, !at.After(now)
}

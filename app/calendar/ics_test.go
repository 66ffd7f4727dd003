package calendar

import (
	"strings"
	"testing"
	"time"

	ical "github.com/emersion/go-ical"
)

// TestICSParsesBack: the file, read by a maintained iCalendar parser,
// is one weekly event on the chosen days at the chosen time, with an
// alarm and the link, and its lines are folded and CRLF-ended.
func TestICSParsesBack(t *testing.T) {
	now := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC) // a Friday, after 07:30
	link := "https://limber.example/?from=calendar&x=" + strings.Repeat("long,", 20)
	s, err := ICS(Reminder{Hour: 7, Minute: 30, Days: 1<<1 | 1<<3 | 1<<5}, now, link)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if len(l) > 75 || strings.Contains(l, "\n") {
			t.Errorf("line of %d octets: %q", len(l), l)
		}
	}
	cal, err := ical.NewDecoder(strings.NewReader(s)).Decode()
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, s)
	}
	events := cal.Events()
	if len(events) != 1 {
		t.Fatalf("%d events", len(events))
	}
	ev := events[0]
	start, err := ev.DateTimeStart(time.UTC)
	if err != nil || !start.Equal(time.Date(2026, 12, 7, 7, 30, 0, 0, time.UTC)) {
		t.Errorf("starts %v (%v), want Monday 7 Dec 07:30", start, err)
	}
	set, err := ev.RecurrenceSet(time.UTC)
	if err != nil || set == nil {
		t.Fatalf("recurrence: %v", err)
	}
	got := set.Between(start, start.AddDate(0, 0, 13), true)
	var days []string
	for _, d := range got {
		days = append(days, d.Weekday().String()[:3])
	}
	if strings.Join(days, " ") != "Mon Wed Fri Mon Wed Fri" {
		t.Errorf("two weeks of reminders: %v", days)
	}
	if u := ev.Props.Get(ical.PropURL); u == nil || u.Value != link {
		t.Errorf("URL = %v", u)
	}
	if d, _ := ev.Props.Text(ical.PropDescription); !strings.Contains(d, link) {
		t.Errorf("description = %q", d)
	}
	alarms := 0
	for _, c := range ev.Children {
		if c.Name == ical.CompAlarm {
			alarms++
			if tr := c.Props.Get(ical.PropTrigger); tr == nil || tr.Value != "PT0M" {
				t.Errorf("trigger = %v", tr)
			}
		}
	}
	if alarms != 1 {
		t.Errorf("%d alarms", alarms)
	}
}

// TestNextDay: the first reminder is today if its time is still to come,
// otherwise the next chosen day.
func TestNextDay(t *testing.T) {
	fri := time.Date(2026, 12, 4, 7, 0, 0, 0, time.UTC)
	r := Reminder{Hour: 7, Minute: 30, Days: 1 << 5}
	if got := Next(r, fri); got.Day() != 4 {
		t.Errorf("before the time on the day: %v", got)
	}
	if got := Next(r, fri.Add(time.Hour)); got.Day() != 11 {
		t.Errorf("after the time: %v, want next Friday", got)
	}
}

// TestICSRefusesNoDays: no day, or an impossible time, is an error.
func TestICSRefusesNoDays(t *testing.T) {
	for _, r := range []Reminder{{7, 30, 0}, {24, 0, 1}, {7, 60, 1}, {7, 0, 1 << 7}} {
		if _, err := ICS(r, time.Now(), "https://x/"); err == nil {
			t.Errorf("%+v gave no error", r)
		}
	}
}

// TestDue: the banner is due from the reminder's time for half an hour,
// on chosen days only.
func TestDue(t *testing.T) {
	r := Reminder{Hour: 7, Minute: 30, Days: 1 << 5} // Fridays
	fri := func(h, m int) time.Time { return time.Date(2026, 12, 4, h, m, 0, 0, time.UTC) }
	for _, tc := range []struct {
		now time.Time
		due bool
	}{{fri(7, 29), false}, {fri(7, 30), true}, {fri(7, 59), true}, {fri(8, 1), false}, {fri(7, 30).AddDate(0, 0, 1), false}} {
		if _, due := Due(r, tc.now); due != tc.due {
			t.Errorf("at %v due = %v", tc.now, due)
		}
	}
	if _, due := Due(Reminder{Hour: 7, Minute: 30}, fri(7, 30)); due {
		t.Error("no days chosen, still due")
	}
}

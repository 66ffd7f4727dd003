package app

import (
	"sync"
	"time"

	"limber/app/browser"
	"limber/app/calendar"
	"limber/app/store"
)

// sessionReminder shows "time for today's session" while Limber is open,
// at the time and days chosen in Settings. With Limber closed, the
// calendar file (Settings, Add to calendar) reminds instead.
type sessionReminder struct {
	mu      sync.Mutex
	rem     calendar.Reminder
	on      bool
	started bool
	shown   time.Time // the reminder time last shown or dismissed
	showing bool
}

var sessionReminders sessionReminder

// reminderOf reads the setting; ok is false when it's off.
func reminderOf(s store.Settings) (calendar.Reminder, bool) {
	h, m, ok := store.ClockTime(s.RemindAt)
	return calendar.Reminder{Hour: h, Minute: m, Days: s.RemindDays}, ok && s.RemindDays != 0
}

// configure sets the reminder from settings and starts the check once.
// A change made in Settings doesn't raise the banner for a time that has
// just passed: the person is looking at Limber already.
func (r *sessionReminder) configure(s store.Settings, changed bool) {
	r.mu.Lock()
	r.rem, r.on = reminderOf(s)
	if at, due := calendar.Due(r.rem, time.Now()); changed && due {
		r.shown = at
	}
	start := !r.started
	r.started = true
	r.mu.Unlock()
	if start {
		go func() {
			for {
				r.check(time.Now())
				time.Sleep(10 * time.Second)
			}
		}()
	}
}

// check raises the banner once per reminder time, never during a routine.
func (r *sessionReminder) check(now time.Time) {
	r.mu.Lock()
	at, due := calendar.Due(r.rem, now)
	raise := r.on && due && !at.Equal(r.shown) && !playerBusy
	if raise {
		r.shown, r.showing = at, true
	}
	r.mu.Unlock()
	if raise {
		browser.Announce(reminderEvent)
	}
}

func (r *sessionReminder) dismiss() {
	r.mu.Lock()
	r.showing = false
	r.mu.Unlock()
	browser.Announce(reminderEvent)
}

func (r *sessionReminder) isShowing() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.showing
}

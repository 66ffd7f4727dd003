package app

import (
	"sync"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/i18n"
)

// reminderEvent tells a mounted StatusBar that the banner's state changed
// (reminders.showing says what it is now).
const reminderEvent = "limber-reminder"

// reminderLoop nudges the user to move every N minutes while Limber is
// open. It only runs in the browser and only when switched on.
type reminderLoop struct {
	mu      sync.Mutex
	minutes int
	gen     int // bumps on every change so old timers stop
	ctx     goapp.Context
	started bool
	// due survives a reminder that fired while no StatusBar was mounted
	// (go-app drops dispatches to dismounted components); the next
	// StatusBar shows it.
	due bool
	// showing is whether the banner is up.
	showing bool
}

// attach gives the loop the newest StatusBar's context to publish through
// (a dismounted component's context drops dispatches) and starts it once.
func (r *reminderLoop) attach(ctx goapp.Context, minutes int) {
	r.mu.Lock()
	r.ctx = ctx
	if r.started {
		minutes := r.minutes
		r.mu.Unlock()
		r.show(ctx, minutes)
		return
	}
	r.started = true
	r.mu.Unlock()
	r.configure(minutes)
}

// configure (re)starts the countdown to the next reminder; 0 switches it off.
func (r *reminderLoop) configure(minutes int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.minutes = minutes
	r.gen++
	if !r.started || minutes <= 0 {
		return
	}
	gen := r.gen
	time.AfterFunc(time.Duration(minutes)*time.Minute, func() { r.fire(gen) })
}

func (r *reminderLoop) fire(gen int) {
	r.mu.Lock()
	if gen != r.gen { // stale: the interval changed since
		r.mu.Unlock()
		return
	}
	r.due = true
	minutes, ctx := r.minutes, r.ctx
	r.mu.Unlock()
	ctx.Dispatch(func(ctx goapp.Context) { r.show(ctx, minutes) })
}

// show raises the banner (and a notification) for a due reminder, unless a
// routine is running: then the person is already moving.
func (r *reminderLoop) show(ctx goapp.Context, minutes int) {
	r.mu.Lock()
	due := r.due
	r.due = false
	r.mu.Unlock()
	if !due {
		return
	}
	if playerBusy {
		r.configure(minutes)
		return
	}
	r.setShowing(true)
	notifyBreak()
}

// snooze hides the banner and starts the next interval.
func (r *reminderLoop) snooze() {
	r.setShowing(false)
	r.mu.Lock()
	minutes := r.minutes
	r.mu.Unlock()
	r.configure(minutes)
}

func (r *reminderLoop) setShowing(on bool) {
	r.mu.Lock()
	r.showing = on
	r.mu.Unlock()
	browser.Announce(reminderEvent)
}

// isShowing is whether the banner is up.
func (r *reminderLoop) isShowing() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.showing
}

// notifyBreak shows a system notification when the user allowed them,
// through the service worker where there is one (Android refuses page
// notifications); a tap opens the desk break (see app-worker.js).
func notifyBreak() {
	n := goapp.Window().Get("Notification")
	if !n.Truthy() || n.Get("permission").String() != "granted" {
		return
	}
	opts := map[string]any{
		"body": i18n.T("Stand up and try Limber's 5-minute desk break."),
		"icon": "/web/icons/icon-192.png",
		"tag":  "limber-break",
	}
	title := i18n.T("Time to move")
	sw := goapp.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		n.New(title, opts)
		return
	}
	browser.PromiseThen(sw.Call("getRegistration"), func(reg goapp.Value) {
		if reg.Truthy() {
			reg.Call("showNotification", title, opts)
			return
		}
		n.New(title, opts)
	}, func(goapp.Value) {})
}

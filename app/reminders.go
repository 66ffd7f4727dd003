package app

import (
	"sync"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// reminderState is the go-app state key the StatusBar observes.
const reminderState = "limber.reminder-due"

// reminderLoop nudges the user to move every N minutes while Limber is
// open. It only runs in the browser and only when switched on.
type reminderLoop struct {
	mu      sync.Mutex
	minutes int
	gen     int // bumps on every change so old timers stop
	ctx     goapp.Context
	started bool
}

var reminders reminderLoop

// attach gives the loop the newest StatusBar's context to publish through
// (a dismounted component's context drops dispatches) and starts it once.
func (r *reminderLoop) attach(ctx goapp.Context, minutes int) {
	r.mu.Lock()
	r.ctx = ctx
	if r.started {
		r.mu.Unlock()
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
	stale := gen != r.gen
	minutes, ctx := r.minutes, r.ctx
	r.mu.Unlock()
	if stale {
		return
	}
	ctx.Dispatch(func(ctx goapp.Context) {
		if playerBusy { // mid-routine: already moving
			r.configure(minutes)
			return
		}
		ctx.SetState(reminderState, true)
		notifyBreak()
	})
}

// snooze hides the banner and starts the next interval.
func (r *reminderLoop) snooze(ctx goapp.Context) {
	ctx.SetState(reminderState, false)
	r.mu.Lock()
	minutes := r.minutes
	r.mu.Unlock()
	r.configure(minutes)
}

// notifyBreak shows a system notification when the user allowed them.
func notifyBreak() {
	n := goapp.Window().Get("Notification")
	if !n.Truthy() || n.Get("permission").String() != "granted" {
		return
	}
	n.New("Time to move", map[string]any{
		"body": "Stand up and try Limber's 5-minute desk break.",
		"icon": "/web/icons/icon-192.png",
		"tag":  "limber-break",
	})
}

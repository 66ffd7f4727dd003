package browser

import (
	"errors"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// WakeLock keeps the screen on while a routine runs. Browsers may refuse
// (Firefox without the API, battery saver, embedded browsers, a request
// not following a tap): Acquire then reports false and the routine goes on
// without the lock.
type WakeLock struct {
	sentinel goapp.Value
	wanted   bool
}

// Supported reports whether the browser has the Screen Wake Lock API.
func (w *WakeLock) Supported() bool {
	return goapp.Window().Get("navigator").Get("wakeLock").Truthy()
}

// Held reports whether a lock is currently held.
func (w *WakeLock) Held() bool {
	return w.sentinel != nil && w.sentinel.Truthy() && !w.sentinel.Get("released").Bool()
}

// Acquire asks for the lock; onResult reports success (called later).
func (w *WakeLock) Acquire(onResult func(ok bool)) {
	w.wanted = true
	if !w.Supported() {
		onResult(false)
		return
	}
	if w.Held() {
		onResult(true)
		return
	}
	p, err := requestScreenLock()
	if err != nil {
		onResult(false)
		return
	}
	PromiseThen(p, func(s goapp.Value) {
		if !w.wanted { // released while the request was in flight
			s.Call("release")
			return
		}
		w.sentinel = s
		onResult(true)
	}, func(goapp.Value) { onResult(false) })
}

// requestScreenLock calls navigator.wakeLock.request, which some browsers
// make throw rather than reject: that must not reach Go as a panic.
func requestScreenLock() (p goapp.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errLockRefused
		}
	}()
	return goapp.Window().Get("navigator").Get("wakeLock").Call("request", "screen"), nil
}

var errLockRefused = errors.New("the browser refused the screen wake lock")

// Release lets the screen sleep again (pause, finish, leaving).
func (w *WakeLock) Release() {
	w.wanted = false
	if w.Held() {
		w.sentinel.Call("release")
	}
	w.sentinel = nil
}

// Wanted reports whether the player still wants the lock (to re-request it
// when the page becomes visible: browsers drop it when the page hides).
func (w *WakeLock) Wanted() bool { return w.wanted }

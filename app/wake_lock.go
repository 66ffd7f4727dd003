package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// WakeLock keeps the screen on while a routine runs. Browsers may refuse a
// request that does not follow a tap; OnRefused lets the player ask for one.
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
	p := goapp.Window().Get("navigator").Get("wakeLock").Call("request", "screen")
	promiseThen(p, func(s goapp.Value) {
		if !w.wanted { // released while the request was in flight
			s.Call("release")
			return
		}
		w.sentinel = s
		onResult(true)
	}, func(goapp.Value) { onResult(false) })
}

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

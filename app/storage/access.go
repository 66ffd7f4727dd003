package storage

import (
	"sort"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/store"
)

// Every touch of localStorage goes through this file. The browser throws
// from it when storage is full (QuotaExceededError), blocked (a
// SecurityError from the window.localStorage getter itself) or disabled,
// and a JS exception that reaches Go through syscall/js is a panic that
// ends the whole app. Here each call recovers and becomes a storageError.

// ErrBlocked: the browser does not let Limber store anything.
var ErrBlocked = Error(i18n.Mark("this browser won't let Limber store data just now (its storage may be full, blocked in its settings, or in private mode)"))

// ErrFull: the browser refused to store more.
var ErrFull = Error(i18n.Mark("this browser's storage for Limber is full"))

// Get returns the text under key ("" when there is none).
func Get(key string) (text string, err error) {
	err = withStorage(func(ls goapp.Value) {
		if v := ls.Call("getItem", key); v.Truthy() {
			text = v.String()
		}
	})
	return text, err
}

// Set stores text under key.
func Set(key, text string) error {
	return withStorage(func(ls goapp.Value) { ls.Call("setItem", key, text) })
}

// Remove deletes key.
func Remove(key string) error {
	return withStorage(func(ls goapp.Value) { ls.Call("removeItem", key) })
}

// Keys lists the stored keys that start with prefix, sorted.
func Keys(prefix string) (keys []string, err error) {
	err = withStorage(func(ls goapp.Value) {
		n := ls.Get("length").Int()
		for i := 0; i < n; i++ {
			if k := ls.Call("key", i); k.Truthy() && strings.HasPrefix(k.String(), prefix) {
				keys = append(keys, k.String())
			}
		}
	})
	sort.Strings(keys)
	return keys, err
}

// withStorage runs f on window.localStorage and turns any exception into
// an error.
func withStorage(f func(ls goapp.Value)) (err error) {
	if goapp.IsServer || storageBlocked {
		return ErrBlocked
	}
	defer func() {
		if r := recover(); r != nil {
			err = storageFailure(r)
		}
	}()
	// Reflect.get through Call, not Get: a getter that throws inside
	// syscall/js's Get is not caught at all, while Call's is.
	w := goapp.Window()
	ls := w.Get("Reflect").Call("get", w, "localStorage")
	if !ls.Truthy() {
		return ErrBlocked
	}
	f(ls)
	return nil
}

// storageFailure names what the browser threw.
func storageFailure(r any) error {
	msg := ""
	if e, ok := r.(error); ok {
		msg = e.Error()
	}
	if strings.Contains(strings.ToLower(msg), "quota") {
		return ErrFull
	}
	return ErrBlocked
}

// MaxBackups bounds the copies of unusable data kept aside, so they never
// pile up towards the quota: the oldest go first.
const MaxBackups = 3

// KeepBackup stores raw under key, first removing the oldest backups so
// at most maxBackups remain. It fails rather than remove the original.
func KeepBackup(key, raw string) error {
	keys, err := Keys(store.BackupPrefix)
	if err != nil {
		return err
	}
	for len(keys) >= MaxBackups {
		if err := Remove(keys[0]); err != nil {
			return err
		}
		keys = keys[1:]
	}
	return Set(key, raw)
}

// GuardBlocked replaces an unusable window.localStorage (a getter
// that throws, or null) with an empty stand-in. go-app reads it at start
// (CleanupExpiredPersistedStates, persisted states) with a plain Get, which
// syscall/js does not guard: a throwing getter there ends the whole app.
// Limber itself then knows storage is blocked and keeps data in memory.
func GuardBlocked() {
	if goapp.IsServer || withStorage(func(goapp.Value) {}) == nil {
		return
	}
	storageBlocked = true
	defer func() { recover() }() // a window that refuses the stand-in: nothing more to do
	w := goapp.Window()
	object := w.Get("Object")
	nothing := goapp.FuncOf(func(goapp.Value, []goapp.Value) any { return nil })
	standIn := object.New()
	for _, m := range []string{"getItem", "setItem", "removeItem", "clear", "key"} {
		standIn.Set(m, nothing)
	}
	standIn.Set("length", 0)
	desc := object.New()
	desc.Set("value", standIn)
	desc.Set("configurable", true)
	object.Call("defineProperty", w, "localStorage", desc)
}

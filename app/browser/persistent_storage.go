package browser

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
)

// Without navigator.storage.persist(), a browser short of space may evict
// all of Limber's data, history included. Limber asks once there is
// something worth keeping: after the first saved session.

// AskPersistentStorage asks the browser to keep Limber's data; it answers
// on its own (Chromium decides from engagement, Firefox may prompt).
func AskPersistentStorage() {
	sm := storageManager()
	if !sm.Truthy() || !sm.Get("persist").Truthy() {
		return
	}
	PromiseThen(sm.Call("persist"), func(goapp.Value) {}, func(goapp.Value) {})
}

// PersistedState reports, in words in the current language, whether the
// browser will keep the data.
func PersistedState(report func(string)) {
	sm := storageManager()
	if !sm.Truthy() || !sm.Get("persisted").Truthy() {
		report(i18n.T("This browser doesn't say whether it keeps Limber's data when space runs low; export now and then to be safe."))
		return
	}
	PromiseThen(sm.Call("persisted"), func(v goapp.Value) {
		if v.Truthy() {
			report(i18n.T("This browser has agreed to keep Limber's data even when space runs low."))
			return
		}
		report(i18n.T("This browser may clear Limber's data when space runs low. Limber asks it to keep the data after your first session; export now and then to be safe."))
	}, func(goapp.Value) {
		report(i18n.T("This browser didn't say whether it keeps Limber's data; export now and then to be safe."))
	})
}

func storageManager() goapp.Value {
	if goapp.IsServer {
		return goapp.Undefined()
	}
	return goapp.Window().Get("navigator").Get("storage")
}

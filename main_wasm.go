//go:build wasm

package main

import (
	"syscall/js"

	"limber/app"
)

// registerRoutes declares the routes, leaving the catch-all for unknown
// paths until the first page has rendered (see app.RegisterInBrowser).
func registerRoutes() {
	app.StartLanguage()
	app.RegisterInBrowser(func(register func()) {
		go func() {
			yieldToBrowser()
			register()
		}()
	})
}

// runServer is never reached in the browser (RunWhenOnBrowser blocks); this
// stub keeps the server package and its dependencies out of app.wasm.
func runServer() {}

// yieldToBrowser ends the current task and resumes in a new one.
func yieldToBrowser() {
	done := make(chan struct{})
	resume := js.FuncOf(func(js.Value, []js.Value) any {
		close(done)
		return nil
	})
	js.Global().Call("setTimeout", resume, 0)
	<-done
	resume.Release()
}

package browser

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// OnWindowEvents subscribes fn to window events and returns the function that
// unsubscribes and frees the JS callback; components call it in OnDismount
// because go-app never cancels their context.
func OnWindowEvents(ctx goapp.Context, names []string, fn func(goapp.Context)) func() {
	return OnTargetEvents(ctx, goapp.Window(), names, fn)
}

// OnTargetEvents is OnWindowEvents for another event target (document,
// a media query list).
func OnTargetEvents(ctx goapp.Context, target goapp.Value, names []string, fn func(goapp.Context)) func() {
	cb := goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
		ctx.Dispatch(fn)
		return nil
	})
	for _, n := range names {
		target.Call("addEventListener", n, cb)
	}
	return func() {
		for _, n := range names {
			target.Call("removeEventListener", n, cb)
		}
		cb.Release()
	}
}

// Announce fires an app-wide signal: a window event that components
// listening with OnWindowEvents receive, whatever page they are on. It is
// Limber's one way of telling components that shared state changed (stored
// data, a storage notice, a due break reminder); they then read that state
// from its owner. On the server it does nothing.
func Announce(name string) {
	if goapp.IsServer {
		return
	}
	w := goapp.Window()
	w.Call("dispatchEvent", w.Get("Event").New(name))
}

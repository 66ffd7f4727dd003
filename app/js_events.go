package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// onWindowEvents subscribes fn to window events and returns the function that
// unsubscribes and frees the JS callback; components call it in OnDismount
// because go-app never cancels their context.
func onWindowEvents(ctx goapp.Context, names []string, fn func(goapp.Context)) func() {
	return onTargetEvents(ctx, goapp.Window(), names, fn)
}

func onTargetEvents(ctx goapp.Context, target goapp.Value, names []string, fn func(goapp.Context)) func() {
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

package browser

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// PromiseThen attaches Go callbacks to a JS promise and frees them once it
// settles.
func PromiseThen(p goapp.Value, onOK func(goapp.Value), onErr func(goapp.Value)) {
	if !p.Truthy() || !p.Get("then").Truthy() {
		onErr(goapp.Null())
		return
	}
	var ok, fail goapp.Func
	done := func() {
		ok.Release()
		fail.Release()
	}
	ok = goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
		defer done()
		onOK(firstArg(args))
		return nil
	})
	fail = goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
		defer done()
		onErr(firstArg(args))
		return nil
	})
	p.Call("then", ok, fail)
}

func firstArg(args []goapp.Value) goapp.Value {
	if len(args) == 0 {
		return goapp.Undefined()
	}
	return args[0]
}

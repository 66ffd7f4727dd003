package browser

import (
	"errors"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ErrNoPrint: the browser has no print dialog here (some in-app browsers
// and embedded views), or refused to open it.
var ErrNoPrint = errors.New("This browser can't print from here. Use its menu's Print, or Share › Print, instead.")

// Print opens the browser's print dialog (which also saves as PDF). A
// missing or throwing window.print is an error, never a panic.
func Print() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = ErrNoPrint
		}
	}()
	w := goapp.Window()
	if w.Get("print").Type() != goapp.TypeFunction {
		return ErrNoPrint
	}
	w.Call("print")
	return nil
}

package browser

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
)

// ErrNoPrint: the browser has no print dialog here (some in-app browsers
// and embedded views), or refused to open it. Its message is shown to the
// person, so it is read in the current language when it is shown (an
// error made at start would be read before the language is loaded).
var ErrNoPrint error = noPrint{}

type noPrint struct{}

func (noPrint) Error() string {
	return i18n.T("This browser can't print from here. Use its menu's Print, or Share › Print, instead.")
}

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

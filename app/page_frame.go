package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/view"
)

// shell is view.Shell with what every routed page adds to it: the status
// bar (storage notices, updates, a break reminder, a run to resume) and
// RouteFocus (the route table's metadata, focus after navigation).
func shell(active view.Tab, body ...goapp.UI) goapp.UI {
	return view.Shell(active, []goapp.UI{&StatusBar{}, &RouteFocus{}}, []goapp.UI{&LanguageSwitch{Class: "footer-languages"}}, body...)
}

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/view"
)

// StartLink is the Start button of a routine, saved routine, shared
// routine or quick timer page. The tap unlocks sound, which phones allow
// only inside a gesture, and sends the player off without a second tap.
func StartLink(class, id, href string) goapp.UI {
	return view.Anchor(class, href, view.Icon(view.IconPlay), view.ElText("span", "", "Start")).ID(id).OnClick(func(ctx goapp.Context, e goapp.Event) {
		startOnArrival = href
		browser.UnlockAudio()
	}, goapp.EventScope(href))
}

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/i18n"
	"limber/app/view"
)

// StartLink is the Start button of a routine, saved routine, shared
// routine or quick timer page. The tap unlocks sound, which phones allow
// only inside a gesture, and sends the player off without a second tap.
// what names what starts, for screen readers and crawlers ("Start" alone
// says nothing out of context); the screen shows "Start".
func StartLink(class, id, href, what string) goapp.UI {
	return view.Anchor(class, href, view.Icon(view.IconPlay), view.ElText("span", "", "Start"), view.ElText("span", "visually-hidden", " "+i18n.T(what))).ID(id).OnClick(func(ctx goapp.Context, e goapp.Event) {
		startOnArrival = href
		browser.UnlockAudio()
	}, goapp.EventScope(href))
}

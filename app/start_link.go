package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// startLink is the Start button of a routine, saved routine, shared
// routine or quick timer page. The tap unlocks sound, which phones allow
// only inside a gesture, and sends the player off without a second tap.
func startLink(class, id, href string) goapp.UI {
	return anchor(class, href, icon(iconPlay), elText("span", "", "Start")).ID(id).OnClick(func(ctx goapp.Context, e goapp.Event) {
		startOnArrival = href
		unlockAudio()
	}, goapp.EventScope(href))
}

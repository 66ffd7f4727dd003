package view

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/redflag"
)

func TextListBlock(title string, items []string, class string) goapp.UI {
	if len(items) == 0 {
		return nil
	}
	return El("section", "block "+class,
		ElText("h2", "", title),
		El("ul", "item-list", goapp.Range(items).Slice(func(i int) goapp.UI { return ElText("li", "", items[i]) })),
	)
}

// StopRules is the shared "stop and check" box shown on every stretch page
// and in the player.
func StopRules() goapp.UI {
	return El("div", "stop-rules",
		El("p", "", ElText("strong", "", "Stop and check if you feel sharp pain, pain shooting down a leg, or new numbness or tingling.")),
		LinkText("button danger small", "/check", "Open the red-flag check"),
		El("details", "",
			ElText("summary", "", "All stop rules"),
			El("ul", "", goapp.Range(redflag.StopRules).Slice(func(i int) goapp.UI { return ElText("li", "", redflag.StopRules[i]) })),
		),
	)
}

// Slot holds content that comes and goes in a fixed place: go-app matches
// children by position, so content appearing before its siblings would
// make it re-create them all (dropping focus and any tap in progress).
func Slot(content goapp.UI) goapp.UI { return El("div", "slot", content) }

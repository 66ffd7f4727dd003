package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/i18n"
	"limber/app/view"
)

// RepCounter counts taps toward a target, per side when asked.
type RepCounter struct {
	goapp.Compo

	Suggested int // the exercise's target; the person may change it
	Sides     int

	// target is the person's own: go-app copies exported fields in on
	// every render of the page, which would undo each change to it.
	target, suggested int
	count             int
	side              int // 0 first side, 1 second
}

func (c *RepCounter) Render() goapp.UI {
	if c.suggested != c.Suggested { // first render, or another exercise
		c.target, c.suggested = c.Suggested, c.Suggested
	}
	sideName := ""
	if c.Sides == 2 {
		sideName = []string{i18n.T("Left leg"), i18n.T("Right leg")}[c.side]
	}
	done := c.count >= c.target
	return view.Elem("section", "card timer-card rep-counter",
		view.ElemText("h2", "", "Rep counter").ID("reps-h"),
		stepper(i18n.T("Target"), "target", &c.target, 1, 50, i18n.T("Lower target"), i18n.T("Higher target")),
		goapp.If(sideName != "", func() goapp.UI { return view.ElemText("p", "player-side", sideName).ID("rep-side") }),
		view.Elem("button", "tap-count",
			view.ElemText("span", "countdown", view.Itoa(c.count)).ID("rep-count"),
			view.ElText("span", "countdown-unit", i18n.N("of {n} · tap to count", c.target)),
		).ID("rep-tap").Attr("type", "button").Aria("label", i18n.T("Count a rep")).OnClick(c.tap),
		view.ElemText("p", "", c.status(done)).Aria("live", "polite").ID("rep-status"),
		view.El("div", "actions",
			goapp.If(c.Sides == 2 && c.side == 0, func() goapp.UI {
				return view.ElemText("button", "button", "Switch to right leg").ID("rep-switch").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { c.side, c.count = 1, 0 })
			}),
			view.ElemText("button", "button ghost", "Reset").ID("rep-reset").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { c.side, c.count = 0, 0 }),
		),
	).Aria("labelledby", "reps-h")
}

func (c *RepCounter) tap(ctx goapp.Context, e goapp.Event) {
	c.count++
	if c.count == c.target {
		(&browser.CueOutput{Sound: true, Vibration: true}).Vibrate(200)
	}
}

func (c *RepCounter) status(done bool) string {
	switch {
	case done && c.Sides == 2 && c.side == 0:
		return i18n.T("Target reached. Switch legs when ready.")
	case done:
		return i18n.T("Target reached. Nicely done.")
	}
	return ""
}

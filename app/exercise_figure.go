package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/i18n"
	"limber/app/view"
	"limber/content"
)

// ExerciseFigure is an exercise page's drawing: start and end side by side
// until the person taps Play, then one figure moving through the exercise
// at its tempo, pausing where the exercise holds. It never moves on its
// own, and with reduced motion asked for it stays the still pair.
type ExerciseFigure struct {
	goapp.Compo
	Slug string

	reduced bool
	started bool // the loop is shown (playing or paused)
	playing bool
	unwatch func()
}

// OnMount reads the reduced-motion setting, and follows it: turned on
// while the figure plays, the figure stops and the still pair comes back.
func (c *ExerciseFigure) OnMount(ctx goapp.Context) {
	c.reduced = browser.ReducedMotion()
	c.unwatch = browser.WatchReducedMotion(ctx, func(reduce bool) {
		c.reduced = reduce
		if reduce {
			c.started, c.playing = false, false
		}
	})
}

func (c *ExerciseFigure) OnDismount() {
	if c.unwatch != nil {
		c.unwatch()
	}
}

// OnNav: the page component is reused from one exercise to the next.
func (c *ExerciseFigure) OnUpdate(goapp.Context) { c.started, c.playing = false, false }

func (c *ExerciseFigure) toggle(ctx goapp.Context, _ goapp.Event) {
	if c.reduced {
		return
	}
	c.started, c.playing = true, !c.playing
}

func (c *ExerciseFigure) Render() goapp.UI {
	ill, _ := content.IllustrationFor(c.Slug)
	show := ShowPair
	if c.started {
		show = ShowLoop
	}
	label, icon := i18n.T("Play the movement"), view.IconPlay
	if c.playing {
		label, icon = i18n.T("Pause the movement"), view.IconPause
	}
	return view.El("figure", "exercise-figure",
		// Tapping the figure plays or pauses it too; the button is how a
		// keyboard or screen reader does it.
		view.Elem("div", "figure-tap", &MovingFigure{Slug: c.Slug, Show: show, Playing: c.playing, Label: i18n.T(ill.Alt), Tight: true}).OnClick(c.toggle),
		goapp.If(!c.reduced, func() goapp.UI {
			// The name says what a tap does; no aria-pressed, which would
			// pair "Pause" with "pressed".
			return view.Elem("button", "button figure-play", view.Icon(icon), view.ElText("span", "", label)).
				ID("figure-play").Attr("type", "button").OnClick(c.toggle)
		}).Else(func() goapp.UI {
			return view.ElemText("figcaption", "figure-note", "Start and end positions. Motion is reduced on this device, so the figure stays still.").ID("figure-still")
		}),
	)
}

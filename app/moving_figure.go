package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/figure"
	"limber/app/i18n"
	"limber/app/view"
)

// FigureShow says which drawing of a move a MovingFigure shows.
type FigureShow int

const (
	ShowPair  FigureShow = iota // start and end side by side
	ShowStill                   // the hold (or end) pose alone
	ShowStart                   // the start pose alone (what comes next)
	ShowLoop                    // the animated loop
)

// MovingFigure draws an exercise's figure from the figure model, inline so
// its SMIL animation can be started, paused and restarted from Go.
// Mirror turns it to show the right side.
type MovingFigure struct {
	goapp.Compo

	Slug    string
	Show    FigureShow
	Seconds float64 // one loop; 0 is the move's own tempo
	Playing bool
	Mirror  bool
	Label   string // what it shows and what moves, in English or already translated (shown through i18n.T); "" hides it from screen readers
	Loop    string // changes when the loop must start again from its first pose
	Tight   bool   // cropped to the figure, for a small box
}

func (c *MovingFigure) OnMount(ctx goapp.Context)  { ctx.Defer(c.sync) }
func (c *MovingFigure) OnUpdate(ctx goapp.Context) { ctx.Defer(c.sync) }

func (c *MovingFigure) sync(goapp.Context) {
	if c.Show != ShowLoop {
		return
	}
	browser.RunFigure(c.JSValue(), c.Slug+"/"+strconv.FormatFloat(c.Seconds, 'f', -1, 64)+"/"+c.Loop, c.Playing)
}

func (c *MovingFigure) Render() goapp.UI {
	m, ok := figure.For(c.Slug)
	if !ok {
		return view.Elem("div", "figure-box")
	}
	o := figure.Options{Label: i18n.T(c.Label), Class: "figure", Tight: c.Tight}
	if c.Mirror {
		o.Class = "figure mirrored"
	}
	var svg string
	switch c.Show {
	case ShowLoop:
		svg = m.Animated(c.Seconds, o)
	case ShowStill:
		svg = m.StillSVG(o)
	case ShowStart:
		svg = m.PoseSVG(0, o)
	default:
		svg = m.Pair(o)
	}
	return view.Elem("div", "figure-box", goapp.Raw(svg)).DataSet("show", showNames[c.Show]).DataSet("slug", c.Slug)
}

var showNames = [...]string{"pair", "still", "start", "loop"}

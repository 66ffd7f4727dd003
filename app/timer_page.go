package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/content"
)

// TimerPage holds the quick tools: a hold timer with presets and a rep
// counter.
type TimerPage struct {
	goapp.Compo

	timer quickTimer
	mode  string // "hold" or "reps"
}

var timerMeta = pageMeta{
	Title:       "Quick timer",
	Description: "A simple hold timer (20, 30, 45 or 60 seconds, each side, with repeats) and a tap-to-count rep counter.",
	Path:        "/timer",
}

func (p *TimerPage) OnPreRender(ctx goapp.Context) { p.load(ctx) }
func (p *TimerPage) OnNav(ctx goapp.Context)       { p.load(ctx) }

func (p *TimerPage) load(ctx goapp.Context) {
	q := ctx.Page().URL().Query()
	p.timer = parseQuickTimer(q)
	p.mode = "hold"
	if q.Get("mode") == "reps" {
		p.mode = "reps"
	}
	applyMeta(ctx, timerMeta)
}

func (p *TimerPage) Render() goapp.UI {
	return shell(tabTimer,
		goapp.H1().Text("Quick timer"),
		goapp.Div().Class("segmented").Role("group").Aria("label", "Tool").Body(
			segButton("mode-hold", "Hold timer", p.mode == "hold", func() { p.mode = "hold" }),
			segButton("mode-reps", "Rep counter", p.mode == "reps", func() { p.mode = "reps" }),
		),
		goapp.If(p.mode == "hold", func() goapp.UI { return p.renderHold() }),
		goapp.If(p.mode == "reps", func() goapp.UI { return &RepCounter{Target: repTarget(p.timer.Name), Sides: p.timer.Sides} }),
	)
}

// repTarget is the upper end of an exercise's rep range, or 12 (the
// article's leg swings are 10-15 per leg).
func repTarget(slug string) int {
	if e, ok := content.ExerciseBySlug(slug); ok && e.Dosage.RepsMax > 0 {
		return e.Dosage.RepsMax
	}
	return 12
}

func segButton(id, label string, on bool, set func()) goapp.UI {
	return goapp.Button().Class("chip").ID(id).Type("button").Aria("pressed", boolString(on)).Text(label).
		OnClick(func(ctx goapp.Context, e goapp.Event) { set() })
}

func (p *TimerPage) renderHold() goapp.UI {
	t := p.timer
	return goapp.Section().Class("card timer-card").Aria("labelledby", "hold-h").Body(
		goapp.H2().ID("hold-h").Text("Hold timer"),
		goapp.If(t.Name != "", func() goapp.UI {
			e, _ := content.ExerciseBySlug(t.Name)
			return goapp.P().Body(goapp.Text("For "), goapp.A().Href("/exercises/"+e.Slug).Text(e.Name))
		}),
		goapp.Div().Class("filter-group").Role("group").Aria("label", "Hold length").Body(
			goapp.Span().Class("filter-label").Aria("hidden", "true").Text("Hold length"),
			goapp.Div().Class("chips").Body(goapp.Range(content.QuickTimerPresets).Slice(func(i int) goapp.UI {
				s := content.QuickTimerPresets[i]
				return segButton("hold-"+itoa(s), itoa(s)+" s", t.Hold == s, func() { p.timer.Hold = s })
			})),
		),
		goapp.Div().Class("filter-group").Role("group").Aria("label", "Sides").Body(
			goapp.Span().Class("filter-label").Aria("hidden", "true").Text("Sides"),
			goapp.Div().Class("chips").Body(
				segButton("sides-1", "One hold", t.Sides == 1, func() { p.timer.Sides = 1 }),
				segButton("sides-2", "Each side (switch)", t.Sides == 2, func() { p.timer.Sides = 2 }),
			),
		),
		stepper("Repeats", "sets", t.Sets, 1, quickSetsMax, func(v int) { p.timer.Sets = v }),
		goapp.A().Class("button primary big").ID("timer-start").Href("/routines/quick/play?"+t.query()).Body(icon("play"), goapp.Span().Text("Start")),
		goapp.P().Class("disclaimer").Text("Static stretches: 20–30 seconds, on warm muscles, breathing slowly. A gentle pull, never pain."),
	)
}

// stepper is a labelled number with large − and + buttons.
func stepper(label, id string, value, lo, hi int, set func(int)) goapp.UI {
	return goapp.Div().Class("stepper").Role("group").Aria("labelledby", id+"-label").Body(
		goapp.Span().Class("filter-label").ID(id+"-label").Text(label),
		goapp.Div().Class("stepper-row").Body(
			goapp.Button().Class("control").ID(id+"-minus").Type("button").Aria("label", "Fewer "+label).Disabled(value <= lo).Text("−").
				OnClick(func(ctx goapp.Context, e goapp.Event) { set(max(lo, value-1)) }),
			goapp.Output().Class("stepper-value").ID(id+"-value").Aria("live", "polite").Text(itoa(value)),
			goapp.Button().Class("control").ID(id+"-plus").Type("button").Aria("label", "More "+label).Disabled(value >= hi).Text("+").
				OnClick(func(ctx goapp.Context, e goapp.Event) { set(min(hi, value+1)) }),
		),
	)
}

// RepCounter counts taps toward a target, per side when asked.
type RepCounter struct {
	goapp.Compo

	Target int
	Sides  int

	count int
	side  int // 0 first side, 1 second
}

func (c *RepCounter) Render() goapp.UI {
	sideName := ""
	if c.Sides == 2 {
		sideName = []string{"Left leg", "Right leg"}[c.side]
	}
	done := c.count >= c.Target
	return goapp.Section().Class("card timer-card rep-counter").Aria("labelledby", "reps-h").Body(
		goapp.H2().ID("reps-h").Text("Rep counter"),
		stepper("Target", "target", c.Target, 1, 50, func(v int) { c.Target = v }),
		goapp.If(sideName != "", func() goapp.UI { return goapp.P().Class("player-side").ID("rep-side").Text(sideName) }),
		goapp.Button().Class("tap-count").ID("rep-tap").Type("button").Aria("label", "Count a rep").OnClick(c.tap).Body(
			goapp.Span().Class("countdown").ID("rep-count").Text(itoa(c.count)),
			goapp.Span().Class("countdown-unit").Text("of "+itoa(c.Target)+" · tap to count"),
		),
		goapp.P().Aria("live", "polite").ID("rep-status").Text(c.status(done)),
		goapp.Div().Class("actions").Body(
			goapp.If(c.Sides == 2 && c.side == 0, func() goapp.UI {
				return goapp.Button().Class("button").ID("rep-switch").Type("button").Text("Switch to right leg").
					OnClick(func(ctx goapp.Context, e goapp.Event) { c.side, c.count = 1, 0 })
			}),
			goapp.Button().Class("button ghost").ID("rep-reset").Type("button").Text("Reset").
				OnClick(func(ctx goapp.Context, e goapp.Event) { c.side, c.count = 0, 0 }),
		),
	)
}

func (c *RepCounter) tap(ctx goapp.Context, e goapp.Event) {
	c.count++
	if c.count == c.Target {
		(&CueOutput{Sound: true, Vibration: true}).vibrate(200)
	}
}

func (c *RepCounter) status(done bool) string {
	switch {
	case done && c.Sides == 2 && c.side == 0:
		return "Target reached. Switch legs when ready."
	case done:
		return "Target reached. Nicely done."
	}
	return ""
}

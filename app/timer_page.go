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
		elText("h1", "", "Quick timer"),
		elem("div", "segmented",
			segButton("mode-hold", "Hold timer", p.mode == "hold", func() { p.mode = "hold" }),
			segButton("mode-reps", "Rep counter", p.mode == "reps", func() { p.mode = "reps" }),
		).Role("group").Aria("label", "Tool"),
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
	return elemText("button", "chip", label).ID(id).Attr("type", "button").Aria("pressed", boolString(on)).OnClick(func(ctx goapp.Context, e goapp.Event) { set() })
}

func (p *TimerPage) renderHold() goapp.UI {
	t := p.timer
	return elem("section", "card timer-card",
		elemText("h2", "", "Hold timer").ID("hold-h"),
		goapp.If(t.Name != "", func() goapp.UI {
			e, _ := content.ExerciseBySlug(t.Name)
			return el("p", "", goapp.Text("For "), linkText("", "/exercises/"+e.Slug, e.Name))
		}),
		elem("div", "filter-group",
			elemText("span", "filter-label", "Hold length").Aria("hidden", "true"),
			el("div", "chips",
				goapp.Range(content.QuickTimerPresets).Slice(func(i int) goapp.UI {
					s := content.QuickTimerPresets[i]
					return segButton("hold-"+itoa(s), itoa(s)+" s", t.Hold == s, func() { p.timer.Hold = s })
				}),
			),
		).Role("group").Aria("label", "Hold length"),
		elem("div", "filter-group",
			elemText("span", "filter-label", "Sides").Aria("hidden", "true"),
			el("div", "chips",
				segButton("sides-1", "One hold", t.Sides == 1, func() { p.timer.Sides = 1 }),
				segButton("sides-2", "Each side (switch)", t.Sides == 2, func() { p.timer.Sides = 2 }),
			),
		).Role("group").Aria("label", "Sides"),
		stepper("Repeats", "sets", t.Sets, 1, quickSetsMax, func(v int) { p.timer.Sets = v }),
		anchor("button primary big", "/routines/quick/play?"+t.query(), icon("play"), elText("span", "", "Start")).ID("timer-start"),
		elText("p", "disclaimer", "Static stretches: 20–30 seconds, on warm muscles, breathing slowly. A gentle pull, never pain."),
	).Aria("labelledby", "hold-h")
}

// stepper is a labelled number with large − and + buttons.
func stepper(label, id string, value, lo, hi int, set func(int)) goapp.UI {
	return elem("div", "stepper",
		elemText("span", "filter-label", label).ID(id+"-label"),
		el("div", "stepper-row",
			elemText("button", "control", "−").ID(id+"-minus").Attr("type", "button").Aria("label", "Fewer "+label).Attr("disabled", value <= lo).OnClick(func(ctx goapp.Context, e goapp.Event) { set(max(lo, value-1)) }),
			elemText("output", "stepper-value", itoa(value)).ID(id+"-value").Aria("live", "polite"),
			elemText("button", "control", "+").ID(id+"-plus").Attr("type", "button").Aria("label", "More "+label).Attr("disabled", value >= hi).OnClick(func(ctx goapp.Context, e goapp.Event) { set(min(hi, value+1)) }),
		),
	).Role("group").Aria("labelledby", id+"-label")
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
	return elem("section", "card timer-card rep-counter",
		elemText("h2", "", "Rep counter").ID("reps-h"),
		stepper("Target", "target", c.Target, 1, 50, func(v int) { c.Target = v }),
		goapp.If(sideName != "", func() goapp.UI { return elemText("p", "player-side", sideName).ID("rep-side") }),
		elem("button", "tap-count",
			elemText("span", "countdown", itoa(c.count)).ID("rep-count"),
			elText("span", "countdown-unit", "of "+itoa(c.Target)+" · tap to count"),
		).ID("rep-tap").Attr("type", "button").Aria("label", "Count a rep").OnClick(c.tap),
		elemText("p", "", c.status(done)).Aria("live", "polite").ID("rep-status"),
		el("div", "actions",
			goapp.If(c.Sides == 2 && c.side == 0, func() goapp.UI {
				return elemText("button", "button", "Switch to right leg").ID("rep-switch").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { c.side, c.count = 1, 0 })
			}),
			elemText("button", "button ghost", "Reset").ID("rep-reset").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { c.side, c.count = 0, 0 }),
		),
	).Aria("labelledby", "reps-h")
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

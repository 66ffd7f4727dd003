package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/view"
	"limber/content"
)

// TimerPage holds the quick tools: a hold timer with presets and a rep
// counter.
type TimerPage struct {
	goapp.Compo

	timer quickTimer
	mode  string // "hold" or "reps"
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
}

func (p *TimerPage) Render() goapp.UI {
	return shell(view.TabTimer,
		view.ElText("h1", "", "Quick timer"),
		view.Elem("div", "segmented",
			segButton("mode-hold", i18n.T("Hold timer"), p.mode == "hold", func() { p.mode = "hold" }),
			segButton("mode-reps", i18n.T("Rep counter"), p.mode == "reps", func() { p.mode = "reps" }),
		).Role("group").Aria("label", i18n.T("Tool")),
		goapp.If(p.mode == "hold", func() goapp.UI { return p.renderHold() }),
		goapp.If(p.mode == "reps", func() goapp.UI { return &RepCounter{Suggested: repTarget(p.timer.Name), Sides: p.timer.Sides} }),
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
	return view.ElemText("button", "chip", label).ID(id).Attr("type", "button").Aria("pressed", boolString(on)).OnClick(func(ctx goapp.Context, e goapp.Event) { set() })
}

func (p *TimerPage) renderHold() goapp.UI {
	t := p.timer
	return view.Elem("section", "card timer-card",
		view.ElemText("h2", "", "Hold timer").ID("hold-h"),
		goapp.If(t.Name != "", func() goapp.UI {
			e, _ := content.ExerciseBySlug(t.Name)
			// One sentence with the link inside, for languages that put it elsewhere.
			before, after := aroundPlaceholder(i18n.T("For {exercise}"), "exercise")
			body := []goapp.UI{goapp.Text(before), view.LinkText("", "/exercises/"+e.Slug, e.Name)}
			if after != "" {
				body = append(body, goapp.Text(after))
			}
			return view.El("p", "", body...)
		}),
		view.Elem("div", "filter-group",
			view.ElemText("span", "filter-label", "Hold length").Aria("hidden", "true"),
			view.El("div", "chips",
				goapp.Range(content.QuickTimerPresets).Slice(func(i int) goapp.UI {
					s := content.QuickTimerPresets[i]
					return segButton("hold-"+view.Itoa(s), view.Itoa(s)+" s", t.Hold == s, func() { p.timer.Hold = s })
				}),
			),
		).Role("group").Aria("label", i18n.T("Hold length")),
		view.Elem("div", "filter-group",
			view.ElemText("span", "filter-label", "Sides").Aria("hidden", "true"),
			view.El("div", "chips",
				segButton("sides-1", i18n.T("One hold"), t.Sides == 1, func() { p.timer.Sides = 1 }),
				segButton("sides-2", i18n.T("Each side (switch)"), t.Sides == 2, func() { p.timer.Sides = 2 }),
			),
		).Role("group").Aria("label", i18n.T("Sides")),
		stepper(i18n.T("Repeats"), "sets", &p.timer.Sets, 1, quickSetsMax, i18n.T("Fewer repeats"), i18n.T("More repeats")),
		StartLink("button primary big", "timer-start", "/routines/quick/play?"+t.query(), i18n.T("the hold timer")),
		view.ElemText("p", "disclaimer", holdAdvice(t.exerciseKind())).ID("hold-advice"),
	).Aria("labelledby", "hold-h")
}

// stepper is a labelled number with large − and + buttons. The buttons
// step *value as it is when pressed, not as it was drawn: go-app keeps an
// element's first handler, and taps can come faster than renders, so a
// handler holding the drawn value would step from it for ever (1 → 2, 2).
func stepper(label, id string, value *int, lo, hi int, less, more string) goapp.UI {
	step := func(d int) goapp.EventHandler {
		return func(ctx goapp.Context, e goapp.Event) { *value = min(hi, max(lo, *value+d)) }
	}
	return view.Elem("div", "stepper",
		view.ElemText("span", "filter-label", label).ID(id+"-label"),
		view.El("div", "stepper-row",
			view.ElemText("button", "control", "−").ID(id+"-minus").Attr("type", "button").Aria("label", i18n.T(less)).Attr("disabled", *value <= lo).OnClick(step(-1)),
			view.ElemText("output", "stepper-value", view.Itoa(*value)).ID(id+"-value").Aria("live", "polite"),
			view.ElemText("button", "control", "+").ID(id+"-plus").Attr("type", "button").Aria("label", i18n.T(more)).Attr("disabled", *value >= hi).OnClick(step(1)),
		),
	).Role("group").Aria("labelledby", id+"-label")
}

package app

import (
	"fmt"
	"net/url"
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/routinelink"
	"limber/app/storage"
	"limber/app/view"
	"limber/content"
)

// RoutineBuilder makes a custom routine from the library: pick exercises,
// set the dosage, reorder, name it, save it on the phone or share it as a
// link that carries the whole routine.
type RoutineBuilder struct {
	goapp.Compo

	name     string
	steps    []content.RoutineStep
	pick     string
	problems []routinelink.Problem
	link     string
	note     string
}

func (b *RoutineBuilder) OnNav(ctx goapp.Context) {
	*b = RoutineBuilder{Compo: b.Compo, name: "My routine", pick: content.Exercises[0].Slug}
}

func (b *RoutineBuilder) routine() content.Routine {
	return content.Routine{Name: b.name, LeadIn: sharedLeadIn, Steps: b.steps}
}

// changed re-validates after every edit and drops a stale share link.
func (b *RoutineBuilder) changed() {
	b.problems = nil
	if len(b.steps) > 0 {
		b.problems = routinelink.Validate(b.routine(), knownExercise)
	}
	b.link, b.note = "", ""
}

func (b *RoutineBuilder) add(ctx goapp.Context, e goapp.Event) {
	ex, ok := content.ExerciseBySlug(b.pick)
	if !ok || len(b.steps) >= routinelink.MaxSteps {
		return
	}
	b.steps = append(b.steps, defaultStep(ex))
	b.changed()
}

// defaultStep takes the exercise's own dosage: the top of its hold range or
// rep range, its sides and sets, and a short rest.
func defaultStep(e content.Exercise) content.RoutineStep {
	d := e.Dosage
	s := content.RoutineStep{Exercise: e.Slug, PerSide: d.PerSide, Sets: max(d.Sets, 1), RestSeconds: 15, TempoSeconds: d.TempoSeconds}
	if d.HoldMin > 0 {
		s.HoldSeconds = max(d.HoldMax, d.HoldMin)
		s.TempoSeconds = 0
	} else {
		s.Reps = max(d.RepsMax, d.RepsMin, 1)
	}
	return s
}

func (b *RoutineBuilder) move(i, by int) {
	j := i + by
	if j < 0 || j >= len(b.steps) {
		return
	}
	b.steps[i], b.steps[j] = b.steps[j], b.steps[i]
	b.changed()
}

func (b *RoutineBuilder) remove(i int) {
	b.steps = append(b.steps[:i:i], b.steps[i+1:]...)
	b.changed()
}

func (b *RoutineBuilder) save(ctx goapp.Context, e goapp.Event) {
	if !b.ready() {
		return
	}
	defer revealSoon(ctx, "builder-note") // the note is below the fold on a phone
	if err := storage.SaveRoutine(b.routine()); err == storage.ErrAlreadySaved {
		b.note = "Already saved on this phone. Find it under Routines."
		return
	} else if err != nil {
		b.note = "Couldn't save: " + err.Error()
		return
	}
	b.note = "Saved on this phone. Find it under Routines."
}

// revealSoon scrolls the element with id into view once drawn.
func revealSoon(ctx goapp.Context, id string) {
	ctx.Defer(func(goapp.Context) {
		if el := goapp.Window().GetElementByID(id); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "nearest"})
		}
	})
}

func (b *RoutineBuilder) makeLink(ctx goapp.Context, e goapp.Event) {
	if !b.ready() {
		return
	}
	token, err := routinelink.Encode(b.routine())
	if err != nil {
		b.note = routinelink.Message(err)
		return
	}
	origin := goapp.Window().Get("location").Get("origin").String()
	b.link = origin + "/routines/shared?r=" + url.QueryEscape(token)
}

func (b *RoutineBuilder) ready() bool { return len(b.steps) > 0 && len(b.problems) == 0 }

func (b *RoutineBuilder) Render() goapp.UI {
	r := b.routine()
	return shell(view.TabRoutines,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Href: "/routines", Label: "Routines"}, view.NavLink{Label: "Build"}),
		view.ElText("h1", "", "Build a routine"),
		view.El("div", "field",
			view.ElemText("label", "", "Name").Attr("for", "routine-name"),
			view.Void("input", "").ID("routine-name").Attr("type", "text").Attr("maxlength", routinelink.MaxNameRunes).Attr("value", b.name).OnInput(func(ctx goapp.Context, e goapp.Event) { b.name = ctx.JSSrc().Get("value").String(); b.changed() }),
		),
		view.El("div", "field picker",
			view.ElemText("label", "", "Add an exercise").Attr("for", "exercise-pick"),
			view.El("div", "picker-row",
				view.Elem("select", "",
					goapp.Range(content.Kinds).Slice(func(i int) goapp.UI {
						k := content.Kinds[i]
						list := content.ExercisesByKind(k)
						return view.Elem("optgroup", "",
							goapp.Range(list).Slice(func(j int) goapp.UI {
								return view.ElemText("option", "", list[j].Name).Attr("value", list[j].Slug).Attr("selected", list[j].Slug == b.pick)
							}),
						).Attr("label", view.KindLabel(k))
					}),
				).ID("exercise-pick").OnChange(func(ctx goapp.Context, e goapp.Event) { b.pick = ctx.JSSrc().Get("value").String() }),
				view.ElemText("button", "button primary", "Add").ID("add-step").Attr("type", "button").Attr("disabled", len(b.steps) >= routinelink.MaxSteps).OnClick(b.add),
			),
		),
		goapp.If(len(b.steps) == 0, func() goapp.UI {
			return view.ElText("p", "empty", "No exercises yet. Pick one above and tap Add.")
		}),
		view.Elem("ol", "builder-steps", goapp.Range(b.steps).Slice(func(i int) goapp.UI { return b.renderStep(i) })).ID("builder-steps"),
		goapp.If(len(b.problems) > 0, func() goapp.UI {
			return view.Elem("div", "callout warn",
				view.El("ul", "",
					goapp.Range(b.problems).Slice(func(i int) goapp.UI {
						return view.ElText("li", "", b.problems[i].Message)
					}),
				),
			).Role("alert")
		}),
		goapp.If(len(b.steps) > 0, func() goapp.UI {
			return view.ElemText("p", "", "About "+view.MinutesLabel(r.EstimatedSeconds())+" · "+view.EquipmentLabel(r.Equipment())).ID("builder-total")
		}),
		view.El("div", "actions",
			view.ElemText("button", "button primary", "Save on this phone").ID("builder-save").Attr("type", "button").Attr("disabled", !b.ready()).OnClick(b.save),
			view.ElemText("button", "button", "Make a share link").ID("builder-link").Attr("type", "button").Attr("disabled", !b.ready()).OnClick(b.makeLink),
		),
		view.ElemText("p", "share-note", b.note).ID("builder-note").Aria("live", "polite"),
		goapp.If(b.link != "", func() goapp.UI {
			return view.El("div", "card share-card",
				view.ElemText("label", "", "Link to this routine").Attr("for", "builder-url"),
				view.Void("input", "").ID("builder-url").Attr("type", "url").Attr("readonly", true).Attr("value", b.link),
				view.El("div", "actions",
					&ShareButton{Title: b.name, Text: "A stretching routine in Limber", URL: b.link},
					view.LinkText("button", b.link, "Open preview"),
				),
			)
		}),
	)
}

func (b *RoutineBuilder) renderStep(i int) goapp.UI {
	s := b.steps[i]
	e, _ := content.ExerciseBySlug(s.Exercise)
	id := "step-" + strconv.Itoa(i)
	set := func(f func(*content.RoutineStep)) { f(&b.steps[i]); b.changed() }
	return view.El("li", "card builder-step",
		view.El("div", "builder-step-head",
			view.ElText("span", "card-title", strconv.Itoa(i+1)+". "+e.Name),
			view.El("div", "builder-step-tools",
				view.ElemText("button", "control small", "↑").Attr("type", "button").Aria("label", "Move "+e.Name+" up").Attr("disabled", i == 0).OnClick(func(ctx goapp.Context, ev goapp.Event) { b.move(i, -1) }),
				view.ElemText("button", "control small", "↓").Attr("type", "button").Aria("label", "Move "+e.Name+" down").Attr("disabled", i == len(b.steps)-1).OnClick(func(ctx goapp.Context, ev goapp.Event) { b.move(i, 1) }),
				view.ElemText("button", "control small", "✕").Attr("type", "button").Aria("label", "Remove "+e.Name).OnClick(func(ctx goapp.Context, ev goapp.Event) { b.remove(i) }),
			),
		),
		view.El("div", "builder-fields",
			goapp.If(s.HoldSeconds > 0, func() goapp.UI {
				return numberField(id+"-hold", "Hold (s)", s.HoldSeconds, routinelink.MinHold, routinelink.MaxHold, func(v int) { set(func(st *content.RoutineStep) { st.HoldSeconds = v }) })
			}),
			goapp.If(s.HoldSeconds == 0, func() goapp.UI {
				return numberField(id+"-reps", "Reps", s.Reps, routinelink.MinReps, routinelink.MaxReps, func(v int) { set(func(st *content.RoutineStep) { st.Reps = v }) })
			}),
			numberField(id+"-sets", "Sets", s.Sets, routinelink.MinSets, routinelink.MaxSets, func(v int) { set(func(st *content.RoutineStep) { st.Sets = v }) }),
			numberField(id+"-rest", "Rest (s)", s.RestSeconds, 0, routinelink.MaxRest, func(v int) { set(func(st *content.RoutineStep) { st.RestSeconds = v }) }),
			view.El("div", "check-field",
				view.Void("input", "").Attr("type", "checkbox").ID(id+"-side").Attr("checked", s.PerSide).OnChange(
					func(ctx goapp.Context, ev goapp.Event) {
						on := ctx.JSSrc().Get("checked").Bool()
						set(func(st *content.RoutineStep) { st.PerSide = on })
					},
				),
				view.ElemText("label", "", "Each side").Attr("for", id+"-side"),
			),
		),
	)
}

// numberField is a labelled numeric input. A value out of range is brought
// into range, in the field itself too (go-app would not redraw a value
// equal to the last one drawn), and the field says so beside it.
func numberField(id, label string, value, lo, hi int, set func(int)) goapp.UI {
	return view.El("div", "number-field",
		view.ElemText("label", "", label).Attr("for", id),
		view.Void("input", "").ID(id).Attr("type", "number").Attr("inputmode", "numeric").Attr("min", lo).Attr("max", hi).Attr("value", strconv.Itoa(value)).Aria("describedby", id+"-range").OnChange(
			func(ctx goapp.Context, e goapp.Event) {
				src := ctx.JSSrc()
				v, err := strconv.Atoi(src.Get("value").String())
				hint := goapp.Window().GetElementByID(id + "-range")
				if err != nil || v < lo || v > hi {
					v = min(hi, max(lo, v))
					src.Set("value", strconv.Itoa(v))
					hint.Set("textContent", fmt.Sprintf("%d to %d; set to %d.", lo, hi, v))
				} else {
					hint.Set("textContent", "")
				}
				set(v)
			},
		),
		view.Elem("span", "field-hint").ID(id+"-range").Aria("live", "polite"), // written by the handler only
	)
}

package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/routinelink"
	"limber/app/view"
	"limber/content"
)

func (b *RoutineBuilder) renderStep(i int) goapp.UI {
	s := b.steps[i]
	e, _ := content.ExerciseBySlug(s.Exercise)
	id := "step-" + strconv.Itoa(i)
	set := func(f func(*content.RoutineStep)) { f(&b.steps[i]); b.changed() }
	return view.El("li", "card builder-step",
		view.El("div", "builder-step-head",
			view.ElText("span", "card-title", strconv.Itoa(i+1)+". "+i18n.T(e.Name)),
			view.El("div", "builder-step-tools",
				view.ElemText("button", "control small", "↑").Attr("type", "button").Aria("label", i18n.F("Move {exercise} up", "exercise", i18n.T(e.Name))).Attr("disabled", i == 0).OnClick(func(ctx goapp.Context, ev goapp.Event) { b.move(i, -1) }),
				view.ElemText("button", "control small", "↓").Attr("type", "button").Aria("label", i18n.F("Move {exercise} down", "exercise", i18n.T(e.Name))).Attr("disabled", i == len(b.steps)-1).OnClick(func(ctx goapp.Context, ev goapp.Event) { b.move(i, 1) }),
				view.ElemText("button", "control small", "✕").Attr("type", "button").Aria("label", i18n.F("Remove {exercise}", "exercise", i18n.T(e.Name))).OnClick(func(ctx goapp.Context, ev goapp.Event) { b.remove(i) }),
			),
		),
		view.El("div", "builder-fields",
			goapp.If(s.HoldSeconds > 0, func() goapp.UI {
				return numberField(id+"-hold", i18n.T("Hold (s)"), s.HoldSeconds, routinelink.MinHold, routinelink.MaxHold, func(v int) { set(func(st *content.RoutineStep) { st.HoldSeconds = v }) })
			}),
			goapp.If(s.HoldSeconds == 0, func() goapp.UI {
				return numberField(id+"-reps", i18n.T("Reps"), s.Reps, routinelink.MinReps, routinelink.MaxReps, func(v int) { set(func(st *content.RoutineStep) { st.Reps = v }) })
			}),
			numberField(id+"-sets", i18n.T("Sets"), s.Sets, routinelink.MinSets, routinelink.MaxSets, func(v int) { set(func(st *content.RoutineStep) { st.Sets = v }) }),
			numberField(id+"-rest", i18n.T("Rest (s)"), s.RestSeconds, 0, routinelink.MaxRest, func(v int) { set(func(st *content.RoutineStep) { st.RestSeconds = v }) }),
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
		view.El("div", "field step-note-field",
			view.ElemText("label", "", "Note (optional)").Attr("for", id+"-note"),
			view.Void("input", "").ID(id+"-note").Attr("type", "text").Attr("maxlength", routinelink.MaxNoteRunes).Attr("value", s.Note).
				Attr("placeholder", i18n.T("e.g. Keep the knee soft")).OnInput(func(ctx goapp.Context, ev goapp.Event) {
				v := ctx.JSSrc().Get("value").String()
				set(func(st *content.RoutineStep) { st.Note = v })
			}),
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
					hint.Set("textContent", i18n.F("{min} to {max}; set to {value}.", "min", strconv.Itoa(lo), "max", strconv.Itoa(hi), "value", strconv.Itoa(v)))
				} else {
					hint.Set("textContent", "")
				}
				set(v)
			}, goapp.EventScope(id), // a reps field taking a hold field's place must not keep its handler
		),
		view.Elem("span", "field-hint").ID(id+"-range").Aria("live", "polite"), // written by the handler only
	)
}

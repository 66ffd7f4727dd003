package app

import (
	"net/url"
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/routinelink"
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

var builderMeta = pageMeta{
	Title:       "Build a routine",
	Description: "Make your own routine from Limber's exercises, save it on your phone or share it as a link.",
	Path:        "/routines/new",
}

func (b *RoutineBuilder) OnPreRender(ctx goapp.Context) { applyMeta(ctx, builderMeta) }
func (b *RoutineBuilder) OnNav(ctx goapp.Context) {
	applyMeta(ctx, builderMeta)
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
	if err := saveRoutine(b.routine()); err != nil {
		b.note = "Couldn't save: " + err.Error()
		return
	}
	b.note = "Saved on this phone. Find it under Routines."
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
	return shell(tabRoutines,
		crumbs(navLink{Href: "/", Label: "Home"}, navLink{Href: "/routines", Label: "Routines"}, navLink{Label: "Build"}),
		goapp.H1().Text("Build a routine"),
		goapp.Div().Class("field").Body(
			goapp.Label().For("routine-name").Text("Name"),
			goapp.Input().ID("routine-name").Type("text").MaxLength(routinelink.MaxNameRunes).Value(b.name).
				OnInput(func(ctx goapp.Context, e goapp.Event) { b.name = ctx.JSSrc().Get("value").String(); b.changed() }),
		),
		goapp.Div().Class("field picker").Body(
			goapp.Label().For("exercise-pick").Text("Add an exercise"),
			goapp.Div().Class("picker-row").Body(
				goapp.Select().ID("exercise-pick").OnChange(func(ctx goapp.Context, e goapp.Event) { b.pick = ctx.JSSrc().Get("value").String() }).Body(
					goapp.Range(content.Kinds).Slice(func(i int) goapp.UI {
						k := content.Kinds[i]
						list := content.ExercisesByKind(k)
						return goapp.OptGroup().Label(kindLabel(k)).Body(goapp.Range(list).Slice(func(j int) goapp.UI {
							return goapp.Option().Value(list[j].Slug).Selected(list[j].Slug == b.pick).Text(list[j].Name)
						}))
					}),
				),
				goapp.Button().Class("button primary").ID("add-step").Type("button").Disabled(len(b.steps) >= routinelink.MaxSteps).OnClick(b.add).Text("Add"),
			),
		),
		goapp.If(len(b.steps) == 0, func() goapp.UI {
			return goapp.P().Class("empty").Text("No exercises yet. Pick one above and tap Add.")
		}),
		goapp.Ol().Class("builder-steps").ID("builder-steps").Body(goapp.Range(b.steps).Slice(func(i int) goapp.UI { return b.renderStep(i) })),
		goapp.If(len(b.problems) > 0, func() goapp.UI {
			return goapp.Div().Class("callout warn").Role("alert").Body(goapp.Ul().Body(goapp.Range(b.problems).Slice(func(i int) goapp.UI {
				return goapp.Li().Text(b.problems[i].Message)
			})))
		}),
		goapp.If(len(b.steps) > 0, func() goapp.UI {
			return goapp.P().ID("builder-total").Text("About " + minutesLabel(r.EstimatedSeconds()) + " · " + equipmentLabel(r.Equipment()))
		}),
		goapp.Div().Class("actions").Body(
			goapp.Button().Class("button primary").ID("builder-save").Type("button").Disabled(!b.ready()).OnClick(b.save).Text("Save on this phone"),
			goapp.Button().Class("button").ID("builder-link").Type("button").Disabled(!b.ready()).OnClick(b.makeLink).Text("Make a share link"),
		),
		goapp.P().Class("share-note").ID("builder-note").Aria("live", "polite").Text(b.note),
		goapp.If(b.link != "", func() goapp.UI {
			return goapp.Div().Class("card share-card").Body(
				goapp.Label().For("builder-url").Text("Link to this routine"),
				goapp.Input().ID("builder-url").Type("url").ReadOnly(true).Value(b.link),
				goapp.Div().Class("actions").Body(
					&ShareButton{Title: b.name, Text: "A stretching routine in Limber", URL: b.link},
					goapp.A().Class("button").Href(b.link).Text("Open preview"),
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
	return goapp.Li().Class("card builder-step").Body(
		goapp.Div().Class("builder-step-head").Body(
			goapp.Span().Class("card-title").Text(strconv.Itoa(i+1)+". "+e.Name),
			goapp.Div().Class("builder-step-tools").Body(
				goapp.Button().Class("control small").Type("button").Aria("label", "Move "+e.Name+" up").Disabled(i == 0).Text("↑").
					OnClick(func(ctx goapp.Context, ev goapp.Event) { b.move(i, -1) }),
				goapp.Button().Class("control small").Type("button").Aria("label", "Move "+e.Name+" down").Disabled(i == len(b.steps)-1).Text("↓").
					OnClick(func(ctx goapp.Context, ev goapp.Event) { b.move(i, 1) }),
				goapp.Button().Class("control small").Type("button").Aria("label", "Remove "+e.Name).Text("✕").
					OnClick(func(ctx goapp.Context, ev goapp.Event) { b.remove(i) }),
			),
		),
		goapp.Div().Class("builder-fields").Body(
			goapp.If(s.HoldSeconds > 0, func() goapp.UI {
				return numberField(id+"-hold", "Hold (s)", s.HoldSeconds, routinelink.MinHold, routinelink.MaxHold, func(v int) { set(func(st *content.RoutineStep) { st.HoldSeconds = v }) })
			}),
			goapp.If(s.HoldSeconds == 0, func() goapp.UI {
				return numberField(id+"-reps", "Reps", s.Reps, routinelink.MinReps, routinelink.MaxReps, func(v int) { set(func(st *content.RoutineStep) { st.Reps = v }) })
			}),
			numberField(id+"-sets", "Sets", s.Sets, routinelink.MinSets, routinelink.MaxSets, func(v int) { set(func(st *content.RoutineStep) { st.Sets = v }) }),
			numberField(id+"-rest", "Rest (s)", s.RestSeconds, 0, routinelink.MaxRest, func(v int) { set(func(st *content.RoutineStep) { st.RestSeconds = v }) }),
			goapp.Div().Class("check-field").Body(
				goapp.Input().Type("checkbox").ID(id+"-side").Checked(s.PerSide).
					OnChange(func(ctx goapp.Context, ev goapp.Event) {
						on := ctx.JSSrc().Get("checked").Bool()
						set(func(st *content.RoutineStep) { st.PerSide = on })
					}),
				goapp.Label().For(id+"-side").Text("Each side"),
			),
		),
	)
}

// numberField is a labelled numeric input; out-of-range values are shown as
// problems by Validate rather than silently changed.
func numberField(id, label string, value, lo, hi int, set func(int)) goapp.UI {
	return goapp.Div().Class("number-field").Body(
		goapp.Label().For(id).Text(label),
		goapp.Input().ID(id).Type("number").Attr("inputmode", "numeric").Min(lo).Max(hi).Value(strconv.Itoa(value)).
			OnChange(func(ctx goapp.Context, e goapp.Event) {
				v, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
				if err != nil {
					v = lo
				}
				set(v)
			}),
	)
}

package app

import (
	"errors"
	"net/url"
	"slices"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/qrcode"
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
	rx       content.Prescription // for a physio or coach handing it over
	pick     string
	problems []routinelink.Problem
	link     string
	token    string // the link's routine, for its printable sheet
	qr       string
	note     string
	rxOpen   bool // the prescription fields are unfolded
	// editID is the saved routine being edited (?edit=), "" for a new one.
	editID string
}

func (b *RoutineBuilder) OnNav(ctx goapp.Context) {
	*b = RoutineBuilder{Compo: b.Compo, name: i18n.T("My routine"), pick: content.Exercises[0].Slug}
	id := ctx.Page().URL().Query().Get("edit")
	if id == "" {
		return
	}
	sr, ok := storage.SavedRoutine(id)
	if !ok {
		b.note = i18n.T("That saved routine isn't on this phone any more, so this is a new one.")
		return
	}
	r := sr.Routine
	b.editID, b.name, b.rx = id, r.Name, r.Rx
	b.steps = append([]content.RoutineStep(nil), r.Steps...)
	b.changed()
}

// routine is what the builder holds, its text tidied as a link would tidy
// it: characters pasted from elsewhere (a soft hyphen, a zero-width space)
// are dropped here rather than shown as a problem nobody can see to fix.
func (b *RoutineBuilder) routine() content.Routine {
	r := content.Routine{Name: b.name, LeadIn: sharedLeadIn, Steps: slices.Clone(b.steps), Rx: b.rx}
	clean, _ := routinelink.Clean(r, nil)
	r.Name, r.Rx.Suits, r.Rx.Instructions = clean.Name, clean.Rx.Suits, clean.Rx.Instructions
	if len(clean.Steps) == len(r.Steps) {
		for i := range r.Steps {
			r.Steps[i].Note = clean.Steps[i].Note
		}
	}
	return r
}

// changed re-validates after every edit and drops a stale share link.
func (b *RoutineBuilder) changed() {
	b.problems = nil
	if len(b.steps) > 0 {
		b.problems = routinelink.Validate(b.routine(), knownExercise)
	}
	b.link, b.token, b.note = "", "", ""
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
	if b.editID != "" {
		b.saveChanges()
		return
	}
	// From now on Save updates this copy: a dose changed after saving
	// must not leave two routines of one name.
	id, err := storage.SaveRoutine(b.routine())
	b.editID = id
	switch {
	case err == storage.ErrAlreadySaved:
		b.note = i18n.T("Already saved on this phone. Find it under Routines.") + keptNote()
	case err != nil:
		b.note = i18n.T("Saved for now.") + notKept()
	default:
		b.note = i18n.T("Saved on this phone. Find it under Routines.")
	}
}

// saveChanges stores the routine being edited over its saved copy.
func (b *RoutineBuilder) saveChanges() {
	if sr, ok := storage.SavedRoutine(b.editID); ok && sr.Routine.Equal(b.routine()) {
		b.note = i18n.T("Already saved on this phone. Find it under Routines.") + keptNote()
		return
	}
	switch err := storage.ReplaceRoutine(b.editID, b.routine()); {
	case err == storage.ErrRoutineGone:
		b.editID = ""
		b.note = i18n.T("That routine was deleted meanwhile. Save again to keep this one as a new routine.")
	case err != nil:
		b.note = i18n.T("Changes kept for now.") + notKept()
	default:
		b.note = i18n.T("Changes saved. Find it under Routines.")
	}
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
	r := b.routine()
	token, err := routinelink.Encode(r)
	switch {
	case errors.Is(err, routinelink.ErrTooLong):
		b.note = i18n.T("This routine is too long for a link. Shorten the notes or instructions, or split it into two routines.")
		return
	case err != nil:
		b.note = i18n.T(routinelink.Message(err))
		return
	}
	b.token = token
	b.link = pageOrigin() + i18n.Path("/routines/shared?r="+url.QueryEscape(token))
	b.qr, _ = qrcode.SVG(b.link, i18n.F("QR code of the link to {routine}", "routine", i18n.T(r.Name)))
}

// equipmentText is what a routine needs, each item in the page's language.
func equipmentText(items []string) string {
	shown := make([]string, len(items))
	for i, it := range items {
		shown[i] = i18n.T(it)
	}
	return i18n.T(view.EquipmentLabel(shown))
}

func (b *RoutineBuilder) ready() bool { return len(b.steps) > 0 && len(b.problems) == 0 }

func (b *RoutineBuilder) Render() goapp.UI {
	r := b.routine()
	title := i18n.T("Build a routine")
	if b.editID != "" {
		title = i18n.T("Edit your routine")
	}
	return shell(view.TabRoutines,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Href: "/routines", Label: "Routines"}, view.NavLink{Label: "Build"}),
		view.ElText("h1", "", title),
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
						).Attr("label", i18n.T(view.KindLabel(k)))
					}),
				).ID("exercise-pick").OnChange(func(ctx goapp.Context, e goapp.Event) { b.pick = ctx.JSSrc().Get("value").String() }),
				view.ElemText("button", "button primary", "Add").ID("add-step").Attr("type", "button").Attr("disabled", len(b.steps) >= routinelink.MaxSteps).OnClick(b.add),
			),
		),
		view.Slot(goapp.If(len(b.steps) == 0, func() goapp.UI {
			return view.ElText("p", "empty", "No exercises yet. Pick one above and tap Add.")
		})),
		view.Elem("ol", "builder-steps", goapp.Range(b.steps).Slice(func(i int) goapp.UI { return b.renderStep(i) })).ID("builder-steps"),
		b.renderRx(),
		// In fixed slots: content that comes and goes before its siblings
		// would make go-app re-create them (closing the folded fields).
		view.Slot(goapp.If(len(b.problems) > 0, func() goapp.UI {
			return view.Elem("div", "callout warn",
				view.El("ul", "",
					goapp.Range(b.problems).Slice(func(i int) goapp.UI {
						return view.ElText("li", "", b.problems[i].Message)
					}),
				),
			).Role("alert")
		})),
		view.Slot(goapp.If(len(b.steps) > 0, func() goapp.UI {
			return view.ElemText("p", "", i18n.F("About {time}", "time", view.MinutesLabel(r.EstimatedSeconds()))+" · "+equipmentText(r.Equipment())).ID("builder-total")
		})),
		view.El("div", "actions",
			view.ElemText("button", "button primary", map[bool]string{false: i18n.T("Save on this phone"), true: i18n.T("Save changes")}[b.editID != ""]).ID("builder-save").Attr("type", "button").Attr("disabled", !b.ready()).OnClick(b.save),
			view.ElemText("button", "button", "Make a share link").ID("builder-link").Attr("type", "button").Attr("disabled", !b.ready()).OnClick(b.makeLink),
		),
		view.ElemText("p", "share-note", b.note).ID("builder-note").Aria("live", "polite"),
		goapp.If(b.link != "", b.renderLink),
	)
}

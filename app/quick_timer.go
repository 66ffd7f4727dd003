package app

import (
	"errors"
	"net/url"
	"strconv"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/view"
	"limber/app/workout"
	"limber/content"
)

// Quick timer limits, matching the routine builder's.
const (
	quickHoldMin, quickHoldMax = 5, 300
	quickSetsMax               = 10
	quickRest                  = 10 * time.Second
	quickLeadIn                = 5 * time.Second
)

// resolvePlan returns the routine and its phases for a player URL: the quick
// timer builds a one-step plan from its query; everything else is a routine.
func resolvePlan(slug string, q url.Values) (content.Routine, string, []workout.Phase, error) {
	if slug == "quick" {
		return quickPlan(q)
	}
	var r content.Routine
	var back string
	var err error
	if step := q.Get("plan"); step != "" {
		r, back, _, err = planRoutine(slug, step)
	} else {
		r, back, err = resolveRoutine(slug, q)
	}
	if err != nil {
		return r, back, nil, err
	}
	phases, err := workout.PlanRoutine(r, content.ExerciseBySlug)
	if err != nil {
		return r, back, nil, errors.New(i18n.F("this routine can't be played: {error}", "error", err.Error()))
	}
	return r, back, phases, nil
}

// quickTimer is the hold timer's settings, read from and written to the URL
// so a preset can be linked (an exercise page's "Time it" button does).
type quickTimer struct {
	Hold  int    // seconds
	Sides int    // 1 or 2
	Sets  int    // repeats
	Name  string // exercise slug, optional
}

func parseQuickTimer(q url.Values) quickTimer {
	t := quickTimer{
		Hold:  clampInt(atoiOr(q.Get("hold"), 30), quickHoldMin, quickHoldMax),
		Sides: clampInt(atoiOr(q.Get("sides"), 1), 1, 2),
		Sets:  clampInt(atoiOr(q.Get("sets"), 1), 1, quickSetsMax),
	}
	if _, ok := content.ExerciseBySlug(q.Get("name")); ok {
		t.Name = q.Get("name")
	}
	return t
}

func (t quickTimer) query() string {
	v := url.Values{}
	v.Set("hold", strconv.Itoa(t.Hold))
	v.Set("sides", strconv.Itoa(t.Sides))
	v.Set("sets", strconv.Itoa(t.Sets))
	if t.Name != "" {
		v.Set("name", t.Name)
	}
	return v.Encode()
}

func quickPlan(q url.Values) (content.Routine, string, []workout.Phase, error) {
	t := parseQuickTimer(q)
	step := workout.Step{Name: i18n.T("Hold"), Cue: i18n.T("Breathe slowly; ease off if it hurts."), Hold: time.Duration(t.Hold) * time.Second, PerSide: t.Sides == 2, Sets: t.Sets, Rest: quickRest}
	name := i18n.N("Hold timer: {n} s", t.Hold)
	if e, ok := content.ExerciseBySlug(t.Name); ok {
		step.Slug, step.Name = e.Slug, e.Name
		if len(e.Cues) > 0 {
			step.Cue = e.Cues[0]
		}
		name = e.Name
	}
	if t.Sets == 1 {
		step.Rest = 0
	}
	phases, err := workout.BuildPlan([]workout.Step{step}, quickLeadIn)
	r := content.Routine{Slug: "quick", Name: name, Summary: i18n.T("A quick hold timer.")}
	return r, "/timer?" + t.query(), phases, err
}

func atoiOr(s string, def int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return def
	}
	return n
}

func clampInt(v, lo, hi int) int {
	return max(lo, min(hi, v))
}

// holdAdvice is the one-line advice for timing an exercise of kind k; a
// plain hold timer (no exercise) gets the static-stretch advice.
func holdAdvice(k content.Kind) string {
	switch k {
	case content.Strength:
		return i18n.T("Hold a steady position with your middle braced and breathing even. End the hold when your form slips.")
	case content.Release:
		return i18n.T("Roll slowly over the muscle, never the spine, and pause on tender spots while you breathe. Tender is fine; sharp pain is not.")
	case content.Dynamic, content.Mobility:
		return i18n.T("Move smoothly within a comfortable range, without bouncing.")
	}
	return i18n.T("Static stretches: 20–30 seconds, on warm muscles, breathing slowly. A gentle pull, never pain.")
}

// exerciseKind is the kind of the named exercise, "" for a plain timer.
func (t quickTimer) exerciseKind() content.Kind {
	e, _ := content.ExerciseBySlug(t.Name)
	return e.Kind
}

// quickOverview is the player's start screen for a quick timer: exactly
// how long it takes and what it holds, not a routine's exercise list.
func quickOverview(t quickTimer, phases []workout.Phase, actions ...goapp.UI) goapp.UI {
	var total time.Duration
	for _, ph := range phases {
		total += ph.Duration
	}
	holds := i18n.F("{sets} × {seconds} s", "sets", strconv.Itoa(t.Sets), "seconds", strconv.Itoa(t.Hold))
	if t.Sets == 1 {
		holds = i18n.N("{n} s", t.Hold)
	}
	if t.Sides == 2 {
		holds = i18n.F("{holds}, each side", "holds", holds)
	}
	e, named := content.ExerciseBySlug(t.Name)
	name := i18n.N("Hold timer: {n} s", t.Hold)
	if named {
		name = e.Name
	}
	return view.El("div", "routine-overview",
		view.ElText("h1", "", name),
		view.El("dl", "facts",
			view.El("div", "", view.ElText("dt", "", "Time"), view.ElemText("dd", "", view.DurationLabel(int(total/time.Second))).ID("routine-time")),
			view.El("div", "", view.ElText("dt", "", "Holds"), view.ElText("dd", "", holds)),
			goapp.If(named && len(e.Equipment) > 0, func() goapp.UI {
				return view.El("div", "wide", view.ElText("dt", "", "Equipment"), view.ElText("dd", "", view.EquipmentLabel(e.Equipment)))
			}),
		),
		view.El("div", "actions", actions...),
		view.ElText("p", "disclaimer", holdAdvice(t.exerciseKind())),
	)
}

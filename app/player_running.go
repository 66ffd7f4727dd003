package app

import (
	"fmt"
	"math"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/figure"
	"limber/app/i18n"
	"limber/app/view"
	"limber/app/workout"
)

// RunScreen is the running stage: ring, step, side, controls and the end
// confirmation. It only draws what the session controller (RoutinePlayer)
// hands it, and passes each tap back as an intent; the controller owns the
// engine, the clock and what is saved.
type RunScreen struct {
	goapp.Compo

	Routine  string
	Snap     workout.Snapshot
	LockNote bool   // the browser refused the wake lock: say so once
	Live     string // aria-live text at key moments
	Confirm  bool   // asking before the run ends
	Session  runSession

	reduced bool // prefers-reduced-motion: reps show the still pair
	unwatch func()
}

func (c *RunScreen) OnMount(ctx goapp.Context) {
	c.reduced = browser.ReducedMotion()
	c.unwatch = browser.WatchReducedMotion(ctx, func(reduce bool) { c.reduced = reduce })
}

func (c *RunScreen) OnDismount() {
	if c.unwatch != nil {
		c.unwatch()
	}
}

// runIntent is what a tap on the running screen asks for.
type runIntent int

const (
	intentClose runIntent = iota
	intentEnd
	intentBack
	intentSkip
	intentTogglePause
	intentRepDone
	intentLess // shorten the phase by workout.AdjustStep
	intentMore
	intentWrong
	intentKeepGoing
	intentConfirmEnd
	intentLockNoteSeen
)

// runSession is the controller's side: RoutinePlayer carries out intents.
type runSession interface {
	do(ctx goapp.Context, e goapp.Event, i runIntent)
}

// on is a handler for an intent. It reads Session when it runs: go-app
// keeps an element's first handler across renders. Each button also
// carries its intent or id as the handler's scope: go-app compares
// handlers by code, and every handler made here is the same code.
func (c *RunScreen) on(i runIntent) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) { c.Session.do(ctx, e, i) }
}

func (c *RunScreen) Render() goapp.UI {
	s := c.Snap
	ph := s.Phase
	frac := 1.0
	if ph.Duration > 0 {
		frac = math.Max(0, math.Min(1, float64(s.Remaining)/float64(ph.Duration)))
	}
	circ := 2 * math.Pi * ringRadius
	return view.Elem("div", "player kind-"+ph.Kind.String(),
		view.El("header", "player-top",
			view.El("div", "player-top-actions",
				view.Elem("button", "button ghost small", view.Icon(view.IconBack), view.ElText("span", "", "Close")).ID("player-close").Attr("type", "button").Aria("label", i18n.T("Close player")).OnClick(c.on(intentClose), goapp.EventScope("intentClose")),
				// End sits up here, always in view, not below the controls.
				view.ElemText("button", "button ghost small", "End").ID("player-end").Aria("label", i18n.T("End session")).Attr("type", "button").OnClick(c.on(intentEnd), goapp.EventScope("intentEnd")),
			),
			view.Link("redflag-button", "/check", view.Icon(view.IconHelp), view.ElText("span", "", "Red flags")),
		),
		// Always there, so the note coming and going never shifts (and
		// so re-creates) the elements after it.
		view.El("div", "player-notes", goapp.If(c.LockNote, func() goapp.UI {
			return view.Elem("p", "lock-note",
				view.ElText("span", "", "This browser won't keep the screen on, so it may dim. A touch now and then keeps it awake."),
				view.ElemText("button", "button small ghost", "OK").ID("lock-note-ok").Attr("type", "button").OnClick(c.on(intentLockNoteSeen), goapp.EventScope("intentLockNoteSeen")),
			).ID("lock-note").Role("status")
		})),
		view.Elem("main", "player-main",
			view.Elem("h1", "player-routine", c.title()...).ID("player-title"),
			view.Elem("div", "player-progress",
				goapp.Raw(fmt.Sprintf(`<svg class="progress-line" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true"><rect width="100" height="4" rx="2" class="track"/><rect width="%.2f" height="4" rx="2" class="fill"/></svg>`, s.Progress*100)),
			).Role("progressbar").Aria("label", i18n.T("Routine progress")).Aria("valuemin", 0).Aria("valuemax", 100).Aria("valuenow", int(s.Progress*100)),
			view.ElemText("p", "player-phase", phaseLabel(ph)).ID("player-phase"),
			view.ElemText("h2", "player-exercise", ph.Name).ID("player-exercise").Attr("data-slug", ph.Slug),
			view.Slot(goapp.If(ph.Side != workout.NoSide, func() goapp.UI {
				return view.ElemText("p", "player-side side-"+strings.ToLower(ph.Side.String()), sideLabel(ph)).ID("player-side")
			})),
			// Drawing and ring side by side on wide screens.
			view.El("div", "player-visual", view.Slot(goapp.If(playerFigure(s) != "", func() goapp.UI {
				// In a rest the drawing is already the next move: say so, or
				// it reads as the exercise named above it.
				// The tag comes first, so the drawing is not read as the
				// exercise named above it.
				return view.Elem("div", "player-figure",
					view.Slot(goapp.If(playerFigure(s) != ph.Slug, func() goapp.UI {
						return view.ElemText("span", "figure-tag", "Up next").ID("figure-next")
					})), c.figure(s)).Attr("data-slug", playerFigure(s))
			})), view.El("div", "ring-wrap",
				goapp.Raw(fmt.Sprintf(`<svg class="ring" viewBox="0 0 200 200" aria-hidden="true"><circle class="ring-track" cx="100" cy="100" r="%.0f"/><circle class="ring-fill" cx="100" cy="100" r="%.0f" stroke-dasharray="%.2f" stroke-dashoffset="%.2f" transform="rotate(-90 100 100)"/></svg>`, ringRadius, ringRadius, circ, circ*(1-frac))),
				view.El("div", "ring-center",
					view.ElemText("span", "countdown", countdownText(s)).ID("countdown").Aria("hidden", "true"),
					view.ElText("span", "countdown-unit", countdownUnit(s)),
					// Inside the ring, so pausing moves nothing under the
					// finger that just pressed Pause.
					view.Slot(goapp.If(s.Paused, func() goapp.UI { return view.ElemText("span", "paused-note", "Paused").ID("paused-note") })),
				),
			)),
			view.Slot(goapp.If(ph.Cue != "" && ph.Kind.IsWork(), func() goapp.UI { return view.ElText("p", "player-cue", ph.Cue) })),
			view.Slot(goapp.If(ph.Kind == workout.CountedReps, func() goapp.UI {
				return view.ElemText("button", "button primary big", "Done: next").ID("player-repdone").Attr("type", "button").OnClick(c.on(intentRepDone), goapp.EventScope("intentRepDone"))
			})),
			view.ElemText("p", "player-next", nextLabel(s)).ID("player-next"),
			// −10 s and +10 s are always there, hidden outside holds and
			// rests, so the row's buttons never change place (go-app would
			// re-create them, dropping focus) and one row fits a small phone.
			view.El("div", "player-controls",
				adjustButton("player-minus", "−"+adjustLabel(), !adjustable(ph), c.on(intentLess)),
				controlButton("player-back", view.IconPrev, i18n.T("Back"), c.on(intentBack)),
				view.Elem("button", "control main", view.Icon(map[bool]view.IconName{true: view.IconPlay, false: view.IconPause}[s.Paused])).ID("player-pause").Attr("type", "button").OnClick(c.on(intentTogglePause), goapp.EventScope("intentTogglePause")).Aria("label", map[bool]string{true: i18n.T("Resume"), false: i18n.T("Pause")}[s.Paused]),
				controlButton("player-skip", view.IconNext, i18n.T("Skip"), c.on(intentSkip)),
				adjustButton("player-plus", "+"+adjustLabel(), !adjustable(ph), c.on(intentMore)),
			),
			view.El("div", "player-secondary",
				view.ElemText("button", "button danger outline", "Stop: something's wrong").ID("player-wrong").Attr("type", "button").OnClick(c.on(intentWrong), goapp.EventScope("intentWrong")),
			),
			view.ElText("p", "player-stoprule", "Stop if you feel sharp pain, pain shooting down a leg, or new numbness or tingling."),
			view.ElemText("p", "visually-hidden", c.Live).Aria("live", "polite").ID("player-live"),
			view.ElText("p", "player-keys", "Keyboard: Space pauses, ← back, → skip."),
		).ID("main"),
		goapp.If(c.Confirm, c.renderEndConfirm),
	).ID("player").DataSet("phase", ph.Kind.String()).DataSet("index", s.Index)
}

// title is the h1: "Playing: " for screen readers, then the routine's
// name, in one sentence so a language can put the name where it goes.
func (c *RunScreen) title() []goapp.UI {
	before, after := aroundPlaceholder(i18n.T("Playing: {routine}"), "routine")
	ui := []goapp.UI{view.ElText("span", "visually-hidden", before), view.Text(c.Routine)}
	if after != "" {
		ui = append(ui, view.ElText("span", "visually-hidden", after))
	}
	return ui
}

// renderEndConfirm asks before a run ends, with the run paused meanwhile.
func (c *RunScreen) renderEndConfirm() goapp.UI {
	return view.Elem("div", "end-confirm",
		view.ElemText("h2", "", "End this session?").ID("end-confirm-h"),
		view.ElText("p", "", "Your history keeps what you've done so far (a session under 30 seconds isn't counted)."),
		view.El("div", "actions",
			view.ElemText("button", "button primary", "Keep going").ID("end-keep").Attr("type", "button").OnClick(c.on(intentKeepGoing), goapp.EventScope("intentKeepGoing")),
			view.ElemText("button", "button danger outline", "End session").ID("end-confirm").Attr("type", "button").OnClick(c.on(intentConfirmEnd), goapp.EventScope("intentConfirmEnd")),
		),
	).ID("end-dialog").Role("alertdialog").Aria("labelledby", "end-confirm-h")
}

// figure is the player's drawing, in time with the engine: still in a
// hold, one loop per paced rep from the phase's start (so it follows the
// beeps), the move's own pace for counted reps, the start pose of what
// comes next otherwise; turned round for the right side; frozen while
// paused; the still pair under reduced motion.
func (c *RunScreen) figure(s workout.Snapshot) goapp.UI {
	ph := s.Phase
	f := &MovingFigure{Slug: playerFigure(s), Show: ShowStart, Mirror: ph.Side == workout.Right, Loop: fmt.Sprint(s.Index), Tight: true}
	if ph.Kind == workout.SwitchSides || ph.Kind == workout.Rest && s.HasNext {
		f.Mirror = s.HasNext && s.Next.Side == workout.Right
	}
	switch {
	case f.Slug != ph.Slug:
	case ph.Kind == workout.Hold:
		f.Show = ShowStill
	case ph.Kind == workout.PacedReps:
		f.Show, f.Seconds, f.Playing = ShowLoop, ph.Tempo.Seconds(), !s.Paused
	case ph.Kind == workout.CountedReps:
		f.Show, f.Playing = ShowLoop, !s.Paused
	}
	if c.reduced && f.Show == ShowLoop {
		f.Show, f.Playing = ShowPair, false
	}
	return f
}

// playerFigure names the exercise whose drawing the player shows: the
// current one or, during a rest, the one coming next; "" when there is none
// (a plain hold timer).
func playerFigure(s workout.Snapshot) string {
	slug := s.Phase.Slug
	if s.Phase.Kind == workout.Rest && s.HasNext && s.Next.Slug != "" {
		slug = s.Next.Slug
	}
	if _, ok := figure.For(slug); !ok {
		return ""
	}
	return slug
}

func adjustable(ph workout.Phase) bool { return ph.Kind == workout.Hold || ph.Kind == workout.Rest }

func adjustButton(id, label string, hidden bool, onClick goapp.EventHandler) goapp.UI {
	return view.ElemText("button", "control adjust", label).ID(id).Attr("type", "button").Attr("hidden", hidden).OnClick(onClick, goapp.EventScope(id))
}

func controlButton(id string, ic view.IconName, label string, onClick goapp.EventHandler) goapp.UI {
	b := view.Elem("button", "control").ID(id).Attr("type", "button").OnClick(onClick, goapp.EventScope(id)).Aria("label", i18n.T(label))
	if ic == (view.IconName{}) {
		return b.Text(label)
	}
	return b.Body(view.Icon(ic))
}

const ringRadius = 88.0

// adjustLabel is the step of the −/+ buttons, from the engine's own: "10 s"
// (worked out as drawn, so it is in the page's language).
func adjustLabel() string { return view.DurationLabel(int(workout.AdjustStep / time.Second)) }

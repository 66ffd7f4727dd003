package app

import (
	"fmt"
	"math"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/workout"
	"limber/content"
)

// The running stage: ring, step, side, controls and the end confirmation.

func (p *RoutinePlayer) renderRunning() goapp.UI {
	s := p.snap
	ph := s.Phase
	frac := 1.0
	if ph.Duration > 0 {
		frac = math.Max(0, math.Min(1, float64(s.Remaining)/float64(ph.Duration)))
	}
	circ := 2 * math.Pi * ringRadius
	return elem("div", "player kind-"+ph.Kind.String(),
		el("header", "player-top",
			el("div", "player-top-actions",
				elem("button", "button ghost small", icon(iconBack), elText("span", "", "Close")).ID("player-close").Attr("type", "button").Aria("label", "Close player").OnClick(p.askEnd("close")),
				// End sits up here, always in view, not below the controls.
				elemText("button", "button ghost small", "End").ID("player-end").Aria("label", "End session").Attr("type", "button").OnClick(p.askEnd("end")),
			),
			link("redflag-button", "/check", icon(iconHelp), elText("span", "", "Red flags")),
		),
		// Always there, so the note coming and going never shifts (and
		// so re-creates) the elements after it.
		el("div", "player-notes", goapp.If(p.lockNote, func() goapp.UI {
			return elem("p", "lock-note",
				elText("span", "", "This browser won't keep the screen on, so it may dim. A touch now and then keeps it awake."),
				elemText("button", "button small ghost", "OK").ID("lock-note-ok").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { p.lockNote = false }),
			).ID("lock-note").Role("status")
		})),
		elem("main", "player-main",
			elem("h1", "player-routine",
				elText("span", "visually-hidden", "Playing: "),
				goapp.Text(p.routine.Name),
			).ID("player-title"),
			elem("div", "player-progress",
				goapp.Raw(fmt.Sprintf(`<svg class="progress-line" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true"><rect width="100" height="4" rx="2" class="track"/><rect width="%.2f" height="4" rx="2" class="fill"/></svg>`, s.Progress*100)),
			).Role("progressbar").Aria("label", "Routine progress").Aria("valuemin", 0).Aria("valuemax", 100).Aria("valuenow", int(s.Progress*100)),
			elemText("p", "player-phase", phaseLabel(ph)).ID("player-phase"),
			elemText("h2", "player-exercise", ph.Name).ID("player-exercise").Attr("data-slug", ph.Slug),
			slot(goapp.If(ph.Side != workout.NoSide, func() goapp.UI {
				return elemText("p", "player-side side-"+strings.ToLower(ph.Side.String()), sideLabel(ph)).ID("player-side")
			})),
			// Drawing and ring side by side on wide screens.
			el("div", "player-visual", slot(goapp.If(playerFigure(s) != "", func() goapp.UI {
				// In a rest the drawing is already the next move: say so, or
				// it reads as the exercise named above it.
				return elem("div", "player-figure", illustration(playerFigure(s), true),
					slot(goapp.If(playerFigure(s) != ph.Slug, func() goapp.UI {
						return elemText("span", "figure-tag", "Up next").ID("figure-next")
					}))).Attr("data-slug", playerFigure(s))
			})), el("div", "ring-wrap",
				goapp.Raw(fmt.Sprintf(`<svg class="ring" viewBox="0 0 200 200" aria-hidden="true"><circle class="ring-track" cx="100" cy="100" r="%.0f"/><circle class="ring-fill" cx="100" cy="100" r="%.0f" stroke-dasharray="%.2f" stroke-dashoffset="%.2f" transform="rotate(-90 100 100)"/></svg>`, ringRadius, ringRadius, circ, circ*(1-frac))),
				el("div", "ring-center",
					elemText("span", "countdown", countdownText(s)).ID("countdown").Aria("hidden", "true"),
					elText("span", "countdown-unit", countdownUnit(s)),
					// Inside the ring, so pausing moves nothing under the
					// finger that just pressed Pause.
					slot(goapp.If(s.Paused, func() goapp.UI { return elemText("span", "paused-note", "Paused").ID("paused-note") })),
				),
			)),
			slot(goapp.If(ph.Cue != "" && ph.Kind.IsWork(), func() goapp.UI { return elText("p", "player-cue", ph.Cue) })),
			slot(goapp.If(ph.Kind == workout.CountedReps, func() goapp.UI {
				return elemText("button", "button primary big", "Done: next").ID("player-repdone").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { p.control(ctx, p.engine.RepDone) })
			})),
			elemText("p", "player-next", nextLabel(s)).ID("player-next"),
			// −10 s and +10 s are always there, hidden outside holds and
			// rests, so the row's buttons never change place (go-app would
			// re-create them, dropping focus) and one row fits a small phone.
			el("div", "player-controls",
				adjustButton("player-minus", "−10 s", !adjustable(ph), func(ctx goapp.Context, e goapp.Event) {
					p.control(ctx, func() { p.engine.Adjust(-workout.AdjustStep) })
				}),
				controlButton("player-back", iconPrev, "Back", func(ctx goapp.Context, e goapp.Event) { p.control(ctx, p.engine.Back) }),
				elem("button", "control main", icon(map[bool]iconName{true: iconPlay, false: iconPause}[s.Paused])).ID("player-pause").Attr("type", "button").OnClick(p.togglePause).Aria("label", map[bool]string{true: "Resume", false: "Pause"}[s.Paused]),
				controlButton("player-skip", iconNext, "Skip", func(ctx goapp.Context, e goapp.Event) { p.control(ctx, p.engine.Skip) }),
				adjustButton("player-plus", "+10 s", !adjustable(ph), func(ctx goapp.Context, e goapp.Event) {
					p.control(ctx, func() { p.engine.Adjust(workout.AdjustStep) })
				}),
			),
			el("div", "player-secondary",
				elemText("button", "button danger outline", "Stop: something's wrong").ID("player-wrong").Attr("type", "button").OnClick(p.somethingWrong),
			),
			elText("p", "player-stoprule", "Stop if you feel sharp pain, pain shooting down a leg, or new numbness or tingling."),
			elemText("p", "visually-hidden", p.sayLive).Aria("live", "polite").ID("player-live"),
			elText("p", "player-keys", "Keyboard: Space pauses, ← back, → skip."),
		).ID("main"),
		goapp.If(p.confirm != "", p.renderEndConfirm),
	).ID("player").DataSet("phase", ph.Kind.String()).DataSet("index", s.Index)
}

// renderEndConfirm asks before a run ends, with the run paused meanwhile.
func (p *RoutinePlayer) renderEndConfirm() goapp.UI {
	return elem("div", "end-confirm",
		elemText("h2", "", "End this session?").ID("end-confirm-h"),
		elText("p", "", "Your history keeps what you've done so far (a session under 30 seconds isn't counted)."),
		el("div", "actions",
			elemText("button", "button primary", "Keep going").ID("end-keep").Attr("type", "button").OnClick(p.keepGoing),
			elemText("button", "button danger outline", "End session").ID("end-confirm").Attr("type", "button").OnClick(p.confirmEnd),
		),
	).ID("end-dialog").Role("alertdialog").Aria("labelledby", "end-confirm-h")
}

// playerFigure names the exercise whose drawing the player shows: the
// current one or, during a rest, the one coming next; "" when there is none
// (a plain hold timer).
func playerFigure(s workout.Snapshot) string {
	slug := s.Phase.Slug
	if s.Phase.Kind == workout.Rest && s.HasNext && s.Next.Slug != "" {
		slug = s.Next.Slug
	}
	if _, ok := content.IllustrationFor(slug); !ok {
		return ""
	}
	return slug
}

// slot holds content that comes and goes in a fixed place: go-app matches
// children by position, so content appearing before its siblings would
// make it re-create them all (dropping focus and any tap in progress).
func slot(content goapp.UI) goapp.UI { return el("div", "slot", content) }

func adjustable(ph workout.Phase) bool { return ph.Kind == workout.Hold || ph.Kind == workout.Rest }

func adjustButton(id, label string, hidden bool, onClick goapp.EventHandler) goapp.UI {
	return elemText("button", "control adjust", label).ID(id).Attr("type", "button").Attr("hidden", hidden).OnClick(onClick)
}

func controlButton(id string, ic iconName, label string, onClick goapp.EventHandler) goapp.UI {
	b := elem("button", "control").ID(id).Attr("type", "button").OnClick(onClick).Aria("label", label)
	if ic == (iconName{}) {
		return b.Text(label)
	}
	return b.Body(icon(ic))
}

const ringRadius = 88.0

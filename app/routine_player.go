package app

import (
	"fmt"
	"math"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/redflag"
	"limber/app/store"
	"limber/app/workout"
	"limber/content"
)

// playerBusy is true while a routine runs, so a break reminder that falls
// due waits for the next interval. (The update banner can't interrupt: it
// lives in the StatusBar, which the running player's frame leaves out.)
var playerBusy bool

type playerStage int

const (
	stageReady    playerStage = iota // overview and Start
	stagePreCheck                    // before-you-start red-flag check
	stageBlocked                     // the check found something: not starting
	stageRunning                     // the engine is running or paused
	stageDone                        // finished (or ended early)
	stageWrong                       // "what happened?" after Stop: something's wrong
)

// RoutinePlayer walks through a routine hands-free: countdown ring, side,
// cue, what's next, large controls, sound, voice, vibration and wake lock.
type RoutinePlayer struct {
	goapp.Compo

	// loaded is false until OnNav has read the URL (a frame after the
	// first render, and the query is not known before it).
	loaded  bool
	routine content.Routine
	backTo  string // where "Close" goes
	loadErr string
	phases  []workout.Phase

	stage  playerStage
	engine *workout.Engine
	snap   workout.Snapshot
	cues   CueOutput
	lock   WakeLock
	// lockNote says once per run that the screen may sleep: the browser
	// refused the wake lock. It never covers the controls.
	lockNote, lockNoted bool
	// confirm is "end" or "close" while the player asks before ending a
	// run; resumeAfter says it paused the run to ask.
	confirm     string
	resumeAfter bool
	wrong       string // the answer to "what happened?"
	endedEarly  bool
	saved       bool
	saveErr     string // why the session could not be stored, shown when done
	sessionID   string // one history record per run, rewritten as it goes
	started     time.Time
	path        string     // this player's URL, query included, for the run record
	quick       quickTimer // the settings, when this is the quick timer

	resume    runRecord // a stopped run of this routine, offered on the ready stage
	canResume bool
	resumeMsg string // what happened to the offer
	sayLive   string // aria-live text at key moments, never every second

	answers redflag.Answers
	blocked redflag.Result
	number  string // emergency number shown with the blocked result

	stop    chan struct{}
	release []func()
	// mounted is the component's own context. Async work dispatches through
	// it: a button's context dies with the button, and go-app then drops
	// the dispatch silently.
	mounted goapp.Context
}

// load resolves the routine named by the URL and resets all state: go-app
// reuses this instance across routines.
func (p *RoutinePlayer) load(ctx goapp.Context) {
	p.stopSession()
	*p = RoutinePlayer{Compo: p.Compo, mounted: p.mounted, release: p.release, loaded: true}
	path := strings.TrimSuffix(routePath(ctx), "/play")
	slug := strings.TrimPrefix(path, "/routines/")
	r, back, phases, err := resolvePlan(slug, ctx.Page().URL().Query())
	p.routine, p.backTo, p.phases = r, back, phases
	p.quick = parseQuickTimer(ctx.Page().URL().Query())
	if err != nil {
		p.loadErr = err.Error()
	}
	p.path = routePath(ctx) + querySuffix(ctx)
	if run, ok := loadRun(time.Now()); ok && err == nil && run.Path == p.path {
		p.resume, p.canResume = run, true
	}
	if goapp.IsClient && err == nil && startOnArrival == p.path {
		// The Start just tapped on the page before: no second Start.
		startOnArrival = ""
		ctx.Dispatch(func(ctx goapp.Context) { p.start(ctx, goapp.Event{}) })
	}
	applyMeta(ctx, pageMeta{Title: "Play: " + r.Name, Description: r.Summary, Path: routePath(ctx)})
}

func (p *RoutinePlayer) OnPreRender(ctx goapp.Context) { p.load(ctx) }
func (p *RoutinePlayer) OnNav(ctx goapp.Context)       { p.load(ctx) }

func (p *RoutinePlayer) OnMount(ctx goapp.Context) {
	p.mounted = ctx
	p.release = append(p.release, p.listenKeys(ctx), p.listenVisibility(ctx))
}

// OnDismount keeps a routine left mid-way (Back, a link) resumable.
func (p *RoutinePlayer) OnDismount() {
	if p.stage == stageRunning && !p.saved {
		p.engine.Pause()
		p.checkpoint()
		p.saveSession(false)
	}
	p.teardown()
}

// teardown stops the session and frees the listeners: go-app never
// cancels a component's context, so this is done by hand.
func (p *RoutinePlayer) teardown() {
	p.stopSession()
	for _, r := range p.release {
		r()
	}
	p.release = nil
}

// stopSession stops the ticker, the wake lock and speech.
func (p *RoutinePlayer) stopSession() {
	p.stopClock()
	if goapp.IsClient {
		p.cues.Stop()
	}
}

// stopClock stops the ticker and lets the screen sleep, leaving speech
// alone so "well done" is still heard at the finish.
func (p *RoutinePlayer) stopClock() {
	if p.stop != nil {
		close(p.stop)
		p.stop = nil
	}
	if goapp.IsClient {
		p.lock.Release()
	}
	playerBusy = false
}

// start is the Start tap: unlock audio inside the gesture, then run the
// before-you-start check when it is due.
func (p *RoutinePlayer) start(ctx goapp.Context, e goapp.Event) {
	d := p.prepareCues()
	if redflag.CheckDue(d.LastCheck, time.Now()) {
		p.stage = stagePreCheck
		p.answers = redflag.Answers{}
		p.focusSoon("precheck-h")
		return
	}
	p.begin(ctx)
}

// prepareCues sets the cues from Settings and unlocks audio, which only
// works inside a tap; it returns the data it read.
func (p *RoutinePlayer) prepareCues() store.Data {
	d := loadData()
	p.cues = CueOutput{Sound: d.Settings.Sound, Voice: d.Settings.Voice, Vibration: d.Settings.Vibration}
	p.cues.Unlock()
	return d
}

// resumeRun picks up the stopped run offered on the ready stage.
func (p *RoutinePlayer) resumeRun(ctx goapp.Context, e goapp.Event) {
	r := p.resume
	eng, err := workout.Restore(p.phases, workout.SystemClock{}, r.Engine, reloadGap)
	p.canResume = false
	if err != nil {
		p.keepDone(ctx, e)
		p.resumeMsg = "This routine can't pick up where it was (it has changed since). " + p.resumeMsg
		return
	}
	p.prepareCues()
	p.sessionID, p.started = r.SessionID, r.Started
	p.run(ctx, eng)
	if p.snap.Paused {
		// Back after a while: the person may not be in position yet, so
		// the run waits on its Resume button rather than dropping them
		// into the middle of a hold.
		p.sayLive = "Paused where you stopped. Resume when you're in position."
	}
}

// keepDone records the stopped run's time in history and drops the offer.
func (p *RoutinePlayer) keepDone(ctx goapp.Context, e goapp.Event) {
	p.canResume = false
	saved, err := keepWhatWasDone(p.resume)
	switch {
	case err != nil:
		p.resumeMsg = err.Error()
	case saved:
		p.resumeMsg = "What you did is saved in your history."
	default:
		p.resumeMsg = "It ran for under 30 seconds, so nothing was added to your history."
	}
}

// focusSoon shows the new stage from its top and moves keyboard focus to
// the element with this id once go-app has drawn it: the button that was
// pressed is gone, and focus would otherwise fall back to the document.
func (p *RoutinePlayer) focusSoon(id string) {
	if p.mounted.Src() == nil {
		return
	}
	p.mounted.Defer(func(goapp.Context) {
		goapp.Window().Call("scrollTo", 0, 0)
		focusID(id)
	})
}

func (p *RoutinePlayer) begin(ctx goapp.Context) {
	e := workout.New(p.phases, workout.SystemClock{})
	e.Start()
	p.started = time.Now()
	p.sessionID = store.NewID(p.started)
	p.run(ctx, e)
}

// run shows and drives a started (or restored) engine.
func (p *RoutinePlayer) run(ctx goapp.Context, e *workout.Engine) {
	if p.mounted.Src() != nil {
		ctx = p.mounted
	}
	p.engine = e
	p.stage = stageRunning
	p.saved, p.canResume = false, false
	playerBusy = true
	p.acquireLock(ctx)
	p.stop = make(chan struct{})
	go p.loop(ctx, p.stop)
	p.snap = workout.Snapshot{Index: -1} // so the first phase is traced too
	p.focusSoon("player-pause")
	tracePlan(p.phases)
	p.tick(ctx)
}

// loop wakes at every whole second of the countdown and at each deadline;
// what is shown is always computed from the wall clock, so a throttled or
// frozen tab catches up on the next wake rather than drifting.
func (p *RoutinePlayer) loop(ctx goapp.Context, stop chan struct{}) {
	t := time.NewTimer(nextWake(p.engine.Snapshot()))
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		done := make(chan time.Duration, 1)
		ctx.Dispatch(func(ctx goapp.Context) {
			if p.stop != stop {
				done <- -1
				return
			}
			p.tick(ctx)
			done <- nextWake(p.snap)
		})
		select {
		case <-stop:
			return
		case d := <-done:
			if d < 0 {
				return
			}
			t.Reset(d)
		}
	}
}

// nextWake is the time to the next whole second of the countdown, capped so
// paced reps and open-ended phases still refresh.
func nextWake(s workout.Snapshot) time.Duration {
	const maxWait = 250 * time.Millisecond
	if s.Paused || s.Finished {
		return maxWait
	}
	d := s.Remaining % time.Second
	if s.Remaining <= 0 || d <= 0 || d > maxWait {
		if s.Remaining > 0 && s.Remaining < maxWait {
			return s.Remaining + time.Millisecond
		}
		return maxWait
	}
	return d + time.Millisecond
}

func (p *RoutinePlayer) tick(ctx goapp.Context) {
	if p.engine == nil {
		return
	}
	before, wasPaused := p.snap.Index, p.snap.Paused
	for _, c := range p.engine.Update() {
		p.cues.Play(c)
		if c.Kind == workout.CuePhaseStart || c.Kind == workout.CueSwitchSides || c.Kind == workout.CueRestStart || c.Kind == workout.CueFinished {
			p.sayLive = c.Text
		}
	}
	p.snap = p.engine.Snapshot()
	if p.snap.Index != before || p.snap.Finished {
		traceTransition(p.snap)
	}
	if p.snap.Index != before || p.snap.Paused != wasPaused {
		p.checkpoint()
		p.keepFocus()
	}
	if p.snap.Finished && p.stage == stageRunning {
		p.finished(ctx)
	}
}

// traceTransition records phase changes on window.limberTrace, which the
// timing benchmark reads to compare each hold's end with the wall clock.
func traceTransition(s workout.Snapshot) {
	w := goapp.Window()
	tr := w.Get("limberTrace")
	if !tr.Truthy() {
		return
	}
	tr.Call("push", map[string]any{
		"index":    s.Index,
		"kind":     s.Phase.Kind.String(),
		"duration": s.Phase.Duration.Milliseconds(),
		"at":       w.Get("Date").Call("now").Float(),
		"elapsed":  s.Elapsed.Milliseconds(),
		"finished": s.Finished,
		"visible":  w.Get("document").Get("visibilityState").String(),
	})
}

// tracePlan records every phase's planned duration (ms) on
// window.limberPlan, beside window.limberTrace, for the benchmark.
func tracePlan(phases []workout.Phase) {
	w := goapp.Window()
	if !w.Get("limberTrace").Truthy() {
		return
	}
	plan := make([]any, len(phases))
	for i, ph := range phases {
		plan[i] = ph.Duration.Milliseconds()
	}
	w.Set("limberPlan", plan)
}

func (p *RoutinePlayer) finished(ctx goapp.Context) {
	clearRun()
	p.stage = stageDone
	p.focusSoon("done-h")
	p.saveSession(true)
	p.stopClock()
}

// saveSession records a finished or partly finished session in history,
// once: the final word on this run.
func (p *RoutinePlayer) saveSession(completed bool) {
	if p.saved || p.engine == nil {
		return
	}
	p.saved = true
	if err := p.recordProgress(completed); err != nil {
		p.saveErr = err.Error()
		storageNotice = "" // the done screen says it; the StatusBar above it need not repeat it
		return
	}
	askPersistentStorage()
}

// recordProgress writes the session as it stands, under its own ID, so a
// later write replaces it: a tab the phone kills after it was hidden still
// leaves the time actually done in history. A session stopped before
// minRecordedActive is not written; a finish counts as completed when most work steps ran
// rather than being skipped.
func (p *RoutinePlayer) recordProgress(completed bool) error {
	s := p.engine.Snapshot()
	if !completed && s.ActiveTime < minRecordedActive {
		return nil
	}
	completed = completed && s.Completed*2 >= s.Total
	r := p.runRecord(workout.Checkpoint{})
	_, err := updateData(func(d *store.Data) {
		*d = store.RecordSession(*d, r.session(completed, s.ActiveTime))
	})
	return err
}

// runRecord describes this run for history and for resuming.
func (p *RoutinePlayer) runRecord(c workout.Checkpoint) runRecord {
	planned := 0
	for _, ph := range p.phases {
		planned += int(ph.Duration / time.Second)
	}
	return runRecord{
		Path: p.path, Slug: p.routine.Slug, Name: p.routine.Name,
		SessionID: p.sessionID, Started: p.started, Planned: planned,
		Step: p.phases[c.Index].Step + 1, Steps: p.phases[len(p.phases)-1].Step,
		Engine: c,
	}
}

// checkpoint stores where the run is, so a reload or a killed tab can
// resume it, and the time done so far in history.
func (p *RoutinePlayer) checkpoint() {
	if p.engine == nil {
		return
	}
	c, ok := p.engine.Checkpoint()
	if !ok {
		return
	}
	saveRun(p.runRecord(c))
	if !p.saved {
		p.recordProgress(false) // a failure is reported when the run ends
	}
}

func (p *RoutinePlayer) acquireLock(ctx goapp.Context) {
	if p.mounted.Src() != nil {
		ctx = p.mounted
	}
	p.lock.Acquire(func(ok bool) {
		ctx.Dispatch(func(goapp.Context) {
			if ok {
				p.lockNote = false
				return
			}
			if !p.lockNoted && p.stage == stageRunning {
				p.lockNote, p.lockNoted = true, true
				// Said once, then out of the way of the controls.
				ctx.After(10*time.Second, func(goapp.Context) { p.lockNote = false })
			}
		})
	})
}

func (p *RoutinePlayer) listenVisibility(ctx goapp.Context) func() {
	doc := goapp.Window().Get("document")
	// "resume" follows a frozen page (a locked phone) coming back.
	return onTargetEvents(ctx, doc, []string{"visibilitychange", "resume"}, func(ctx goapp.Context) {
		if p.stage != stageRunning {
			return
		}
		if doc.Get("visibilityState").String() != "visible" {
			// Hidden is the last moment a phone reliably lets a page
			// write before it may kill the tab.
			p.checkpoint()
			return
		}
		p.tick(ctx) // jump to the right step at once, silently
		if p.lock.Wanted() {
			p.acquireLock(ctx)
		}
	})
}

// listenKeys: space pauses or resumes, arrows skip and go back. Keys aimed
// at a focused control are left to it.
func (p *RoutinePlayer) listenKeys(ctx goapp.Context) func() {
	cb := goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
		ev := args[0]
		key := ev.Get("key").String()
		if key != " " && key != "ArrowRight" && key != "ArrowLeft" {
			return nil
		}
		if ev.Get("altKey").Bool() || ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool() {
			return nil // browser shortcuts (Alt+← is Back)
		}
		tag := strings.ToLower(ev.Get("target").Get("tagName").String())
		switch tag {
		case "input", "select", "textarea":
			return nil // fields use all three keys
		case "button", "a", "summary":
			if key == " " {
				return nil // Space presses the focused control itself
			}
		}
		ev.Call("preventDefault")
		ctx.Dispatch(func(ctx goapp.Context) { p.key(ctx, key) })
		return nil
	})
	goapp.Window().Call("addEventListener", "keydown", cb)
	return func() {
		goapp.Window().Call("removeEventListener", "keydown", cb)
		cb.Release()
	}
}

func (p *RoutinePlayer) key(ctx goapp.Context, key string) {
	if p.stage != stageRunning || p.confirm != "" {
		return
	}
	switch key {
	case " ":
		p.togglePause(ctx, goapp.Event{})
	case "ArrowRight":
		p.control(ctx, p.engine.Skip)
	case "ArrowLeft":
		p.control(ctx, p.engine.Back)
	}
}

func (p *RoutinePlayer) control(ctx goapp.Context, f func()) {
	if p.engine == nil {
		return
	}
	f()
	p.tick(ctx)
	p.checkpoint()
}

func (p *RoutinePlayer) togglePause(ctx goapp.Context, e goapp.Event) {
	if p.engine == nil {
		return
	}
	if p.snap.Paused {
		p.cues.Unlock()
		p.engine.Resume()
		p.sayLive = "Resumed"
		p.acquireLock(ctx)
	} else {
		p.pause()
		p.sayLive = "Paused"
	}
	p.tick(ctx)
	// The button's icon and the paused note change around it: keep focus
	// on it, so Space (which the hint says pauses) never lands elsewhere.
	p.focusLater("player-pause")
}

// keepFocus puts focus back on Pause when a step change re-created the
// focused control (go-app rebuilds elements whose place in the page
// changed), so the keyboard never drops to the page's start.
func (p *RoutinePlayer) keepFocus() {
	if p.mounted.Src() == nil || p.stage != stageRunning {
		return
	}
	p.mounted.Defer(func(goapp.Context) {
		doc := goapp.Window().Get("document")
		if a := doc.Get("activeElement"); !a.Truthy() || a.Equal(doc.Get("body")) {
			focusID("player-pause")
		}
	})
}

// pause stops the clock, speech and the screen lock together.
func (p *RoutinePlayer) pause() {
	p.engine.Pause()
	p.cues.Stop()
	p.lock.Release()
}

// focusLater moves focus to id once go-app has drawn, without scrolling
// the page as focusSoon does for a new stage.
func (p *RoutinePlayer) focusLater(id string) {
	if p.mounted.Src() == nil {
		return
	}
	p.mounted.Defer(func(goapp.Context) { focusID(id) })
}

// askEnd pauses the run and asks before ending it (End) or leaving it
// (Close): one stray tap must not end a routine.
func (p *RoutinePlayer) askEnd(target string) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) {
		if p.engine == nil {
			return
		}
		p.resumeAfter = !p.snap.Paused
		if p.resumeAfter {
			p.togglePause(ctx, e)
		}
		p.confirm = target
		p.focusLater("end-keep")
	}
}

// keepGoing closes the question and carries on as before it.
func (p *RoutinePlayer) keepGoing(ctx goapp.Context, e goapp.Event) {
	p.confirm = ""
	if p.resumeAfter {
		p.togglePause(ctx, e)
	}
	p.focusLater("player-pause")
}

// confirmEnd ends the run; Close then leaves the player.
func (p *RoutinePlayer) confirmEnd(ctx goapp.Context, e goapp.Event) {
	leave := p.confirm == "close"
	p.confirm = ""
	p.endEarly(ctx, e)
	if leave {
		ctx.Navigate(p.backTo)
		return
	}
	p.focusSoon("done-h")
}

// somethingWrong pauses, keeps the session so far and asks what happened.
func (p *RoutinePlayer) somethingWrong(ctx goapp.Context, e goapp.Event) {
	if p.engine == nil {
		return
	}
	if !p.snap.Paused && !p.snap.Finished {
		p.pause()
		p.tick(ctx)
	}
	p.checkpoint() // also resumable from the check page, or after a reload
	p.number = emergencyNumber(loadData())
	p.wrong = ""
	p.stage = stageWrong
	p.focusSoon("wrong-h")
}

func (p *RoutinePlayer) endEarly(ctx goapp.Context, e goapp.Event) {
	p.endedEarly = true
	clearRun()
	p.saveSession(false)
	p.engine.Finish()
	p.tick(ctx)
	p.stage = stageDone
	p.stopSession()
}

func (p *RoutinePlayer) Render() goapp.UI {
	if !p.loaded {
		return shell(tabNone, opening())
	}
	if p.loadErr != "" {
		return shell(tabRoutines, linkProblem("This routine can't be opened", p.loadErr, nil))
	}
	switch p.stage {
	case stagePreCheck:
		return p.renderPreCheck()
	case stageBlocked:
		return shell(tabRoutines,
			elemText("h1", "", "Let's not start this routine today").ID("blocked-h").TabIndex(-1),
			resultView(p.blocked, p.number),
			elText("p", "", "The guide stays open to read. Go through the full check if anything changes."),
			el("div", "actions",
				linkText("button", "/check", "Full red-flag check"),
				linkText("button", "/guide", "Read the guide"),
			),
		)
	case stageRunning:
		return p.renderRunning()
	case stageWrong:
		return p.renderWrong()
	case stageDone:
		return p.renderDone()
	}
	startLabel, startClass := "Start", "button primary big"
	if p.canResume {
		startLabel, startClass = "Start from the beginning", "button"
	}
	actions := []goapp.UI{
		elem("button", startClass, icon(iconPlay), elText("span", "", startLabel)).ID("player-start").Attr("type", "button").OnClick(p.start),
		linkText("button", p.backTo, "Back"),
	}
	overview, tab := routineOverview(p.routine, actions...), tabRoutines
	if p.routine.Slug == "quick" {
		overview, tab = quickOverview(p.quick, p.phases, actions...), tabTimer
	}
	return shell(tab,
		goapp.If(p.canResume, p.renderResumeOffer),
		goapp.If(p.resumeMsg != "", func() goapp.UI {
			return elemText("p", "share-note", p.resumeMsg).ID("resume-note").Role("status")
		}),
		overview,
		elText("p", "disclaimer", "Sound, voice and vibration cues can be switched in Settings. The screen stays on while the routine runs, where the browser allows it."),
	)
}

// renderResumeOffer is the stopped run of this routine, first on the page.
func (p *RoutinePlayer) renderResumeOffer() goapp.UI {
	r := p.resume
	return elem("section", "card resume-card",
		elemText("h2", "", "Pick up where you left off").ID("resume-h"),
		elText("p", "", r.stoppedLabel(time.Now())),
		el("div", "actions",
			elem("button", "button primary big", icon(iconPlay), elText("span", "", "Resume")).ID("player-resume").Attr("type", "button").OnClick(p.resumeRun),
			elemText("button", "button", "Save what you did").ID("player-keep").Attr("type", "button").OnClick(p.keepDone),
		),
	).ID("resume-offer").Aria("labelledby", "resume-h")
}

func (p *RoutinePlayer) renderPreCheck() goapp.UI {
	return shell(tabRoutines,
		elemText("h1", "", "Before you start").ID("precheck-h").TabIndex(-1),
		elText("p", "lead", "A quick safety check, once a week. Tick anything that applies to you now."),
		elem("form", "",
			goapp.Range(redflag.Tiers).Slice(func(i int) goapp.UI {
				t := redflag.Tiers[i]
				var qs []redflag.Question
				for _, q := range redflag.PreStartQuestions() {
					if q.Tier == t {
						qs = append(qs, q)
					}
				}
				if len(qs) == 0 {
					return nil
				}
				return questionGroup(t, qs, p.answers, func(id string, yes bool) { p.answers[id] = yes })
			}),
			elemText("button", "button primary wide", "Continue").ID("precheck-submit").Attr("type", "submit"),
		).ID("precheck-form").OnSubmit(p.submitPreCheck),
		elText("p", "disclaimer", redflag.Disclaimer),
	)
}

func (p *RoutinePlayer) submitPreCheck(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	r := redflag.Evaluate(p.answers)
	d, _ := updateData(func(d *store.Data) { d.LastCheck = redflag.CheckedAt(r, time.Now()) })
	if r.Tier != redflag.AllClear {
		p.number = emergencyNumber(d)
		p.blocked = r.WithNumber(p.number)
		p.stage = stageBlocked
		p.focusSoon("blocked-h")
		return
	}
	p.begin(ctx)
}

const ringRadius = 88.0

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
				elemText("button", "button ghost small", "End session").ID("player-end").Attr("type", "button").OnClick(p.askEnd("end")),
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
			elemText("h2", "player-exercise", ph.Name).ID("player-exercise"),
			slot(goapp.If(ph.Side != workout.NoSide, func() goapp.UI {
				return elemText("p", "player-side side-"+strings.ToLower(ph.Side.String()), sideLabel(ph)).ID("player-side")
			})),
			// Drawing and ring side by side on wide screens.
			el("div", "player-visual", slot(goapp.If(playerFigure(s) != "", func() goapp.UI {
				return el("div", "player-figure", illustration(playerFigure(s), true))
			})), el("div", "ring-wrap",
				goapp.Raw(fmt.Sprintf(`<svg class="ring" viewBox="0 0 200 200" aria-hidden="true"><circle class="ring-track" cx="100" cy="100" r="%.0f"/><circle class="ring-fill" cx="100" cy="100" r="%.0f" stroke-dasharray="%.2f" stroke-dashoffset="%.2f" transform="rotate(-90 100 100)"/></svg>`, ringRadius, ringRadius, circ, circ*(1-frac))),
				el("div", "ring-center",
					elemText("span", "countdown", countdownText(s)).ID("countdown").Aria("hidden", "true"),
					elText("span", "countdown-unit", countdownUnit(s)),
				),
			)),
			slot(goapp.If(ph.Cue != "" && ph.Kind.IsWork(), func() goapp.UI { return elText("p", "player-cue", ph.Cue) })),
			slot(goapp.If(ph.Kind == workout.CountedReps, func() goapp.UI {
				return elemText("button", "button primary big", "Done: next").ID("player-repdone").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { p.control(ctx, p.engine.RepDone) })
			})),
			slot(goapp.If(s.Paused, func() goapp.UI { return elemText("p", "paused-note", "Paused").ID("paused-note") })),
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

func phaseLabel(ph workout.Phase) string {
	switch ph.Kind {
	case workout.GetReady:
		return "Get ready"
	case workout.Hold:
		return setLabel("Hold", ph)
	case workout.SwitchSides:
		return "Switch sides"
	case workout.PacedReps:
		return setLabel("Follow the beeps", ph)
	case workout.CountedReps:
		return setLabel(fmt.Sprintf("%d reps at your pace", ph.Reps), ph)
	case workout.Rest:
		return "Rest"
	}
	return "Done"
}

func setLabel(s string, ph workout.Phase) string {
	if ph.Sets > 1 {
		return fmt.Sprintf("%s · set %d of %d", s, ph.Set, ph.Sets)
	}
	return s
}

func sideLabel(ph workout.Phase) string {
	if ph.Kind == workout.SwitchSides {
		return "Next: " + strings.ToLower(ph.Side.String()) + " side"
	}
	side := ph.Side.String()
	return strings.ToUpper(side[:1]) + side[1:] + " side"
}

func countdownText(s workout.Snapshot) string {
	switch s.Phase.Kind {
	case workout.CountedReps:
		return itoa(s.Phase.Reps)
	case workout.PacedReps:
		return fmt.Sprintf("%d/%d", max(s.Rep, 1), s.Phase.Reps)
	}
	secs := int(math.Ceil(s.Remaining.Seconds()))
	if secs >= 60 {
		return fmt.Sprintf("%d:%02d", secs/60, secs%60)
	}
	return itoa(secs)
}

func countdownUnit(s workout.Snapshot) string {
	switch s.Phase.Kind {
	case workout.CountedReps:
		return "reps · tap Done"
	case workout.PacedReps:
		return "rep"
	}
	switch secs := int(math.Ceil(s.Remaining.Seconds())); {
	case secs == 1:
		return "second"
	case secs >= 60:
		return "min:sec left"
	}
	return "seconds"
}

func nextLabel(s workout.Snapshot) string {
	if !s.HasNext {
		return "Last one"
	}
	n := s.Next
	switch n.Kind {
	case workout.Rest:
		return "Next: rest " + durationLabel(int(n.Duration/time.Second))
	case workout.SwitchSides:
		return "Next: switch sides"
	}
	if n.Side != workout.NoSide {
		return "Next: " + n.Name + ", " + strings.ToLower(n.Side.String()) + " side"
	}
	return "Next: " + n.Name
}

func (p *RoutinePlayer) renderDone() goapp.UI {
	s := p.snap
	return shell(tabRoutines,
		elem("section", "done",
			elemText("h1", "", "Well done").ID("done-h").TabIndex(-1),
			elText("p", "lead", fmt.Sprintf("You spent %s on %s.", durationLabel(int(s.ActiveTime/time.Second)), p.routine.Name)+p.savedLabel()),
			goapp.If(p.saveErr != "", func() goapp.UI {
				return elem("div", "caution",
					elText("p", "", p.saveErr),
					linkText("button", "/settings#data", "Export your data"),
				).ID("save-failed").Role("alert")
			}),
			elText("p", "", "Notice how your hamstrings and back feel now. Little and often beats long and rare."),
			el("div", "actions",
				link("button primary", "/history", icon(iconHistory), elText("span", "", "See your week")),
				linkText("button", "/routines", "More routines"),
			),
		).ID("player-done"),
	)
}

// savedLabel says where the finished session went.
func (p *RoutinePlayer) savedLabel() string {
	switch {
	case p.saveErr != "":
		return " It's in your history until you close Limber."
	case p.endedEarly && p.snap.ActiveTime < minRecordedActive:
		return " Sessions under 30 seconds aren't added to your history."
	}
	return " It's saved in your history."
}

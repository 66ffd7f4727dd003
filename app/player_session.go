package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/i18n"
	"limber/app/redflag"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/workout"
)

// The player's session: starting, resuming, the clock loop that drives the
// engine, and writing the run (checkpoint and history) as it goes.

// start is the Start tap: unlock audio inside the gesture, then run the
// before-you-start check when it is due.
func (p *RoutinePlayer) start(ctx goapp.Context, e goapp.Event) {
	d := p.prepareCues()
	if redflag.CheckDue(d.LastCheck, time.Now()) {
		p.stage = stagePreCheck
		p.focusSoon("precheck-h")
		return
	}
	p.begin(ctx)
}

// prepareCues sets the cues from Settings and unlocks audio, which only
// works inside a tap; it returns the data it read.
func (p *RoutinePlayer) prepareCues() store.Data {
	d := storage.Load()
	p.cues = browser.CueOutput{Sound: d.Settings.Sound, Voice: d.Settings.Voice, Vibration: d.Settings.Vibration}
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
		p.resumeMsg = i18n.T("This routine can't pick up where it was (it has changed since).") + " " + p.resumeMsg
		return
	}
	p.prepareCues()
	p.sessionID, p.started = r.SessionID, r.Started
	p.run(ctx, eng)
	if p.snap.Paused {
		// Back after a while: the person may not be in position yet, so
		// the run waits on its Resume button rather than dropping them
		// into the middle of a hold.
		p.sayLive = i18n.T("Paused where you stopped. Resume when you're in position.")
	}
}

// keepDone records the stopped run's time in history and drops the offer.
func (p *RoutinePlayer) keepDone(ctx goapp.Context, e goapp.Event) {
	p.canResume = false
	saved, err := keepWhatWasDone(p.resume)
	switch {
	case err != nil:
		p.resumeMsg = i18n.T(err.Error())
	case saved:
		p.resumeMsg = i18n.T("What you did is saved in your history.")
	default:
		p.resumeMsg = i18n.T("It ran for under 30 seconds, so nothing was added to your history.")
	}
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
		storage.TakeNotice() // the done screen says it; the StatusBar above it need not repeat it
		return
	}
	browser.AskPersistentStorage()
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
	_, err := storage.Update(func(d *store.Data) {
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
		SessionID: p.sessionID, Started: p.started, Planned: planned, PlanStep: p.planStep,
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

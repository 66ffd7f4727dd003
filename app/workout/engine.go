package workout

import (
	"slices"
	"sync"
	"time"

	"limber/app/i18n"
)

const (
	// BackThreshold decides what Back does: further into a phase than this,
	// it restarts the phase; earlier, it goes to the previous one (like a
	// music player, so a double tap walks back).
	BackThreshold = 3 * time.Second
	// AdjustStep is the usual Adjust amount for the UI's -10 s / +10 s buttons.
	AdjustStep = 10 * time.Second
	// AdjustFloor is the least remaining time Adjust leaves, so shortening
	// never ends a phase outright (that is what Skip is for).
	AdjustFloor = time.Second
	// maxAdjust bounds one Adjust call so durations cannot overflow.
	maxAdjust = time.Hour
)

// Engine runs a plan against a Clock. All methods are safe to call in any
// order and from any state; calls that make no sense (Pause before Start,
// Skip after the end) do nothing.
type Engine struct {
	mu     sync.Mutex
	clock  Clock
	phases []Phase
	before []time.Duration // planned time before each phase, for Progress
	total  time.Duration   // planned time of the whole plan
	work   int             // work phases in the plan

	started, paused, finished bool

	idx           int
	start         time.Time     // current phase start; re-anchored on Resume
	dur           time.Duration // current phase length including Adjust
	pausedElapsed time.Duration
	pending       []pendingCue // current phase cues not yet due
	out           []Cue        // due cues waiting for Update

	runningSince time.Time // last Start or Resume
	active       time.Duration
	completed    []bool
	nCompleted   int
	final        float64 // Progress frozen when finished
}

// New returns an engine for phases (normally from BuildPlan). A final Done
// phase is added if missing; a nil clock means SystemClock.
func New(phases []Phase, clock Clock) *Engine {
	if clock == nil {
		clock = SystemClock{}
	}
	ps := withDone(slices.Clone(phases))
	e := &Engine{clock: clock, phases: ps, completed: make([]bool, len(ps))}
	e.before = make([]time.Duration, len(ps))
	for i, p := range ps {
		e.before[i] = e.total
		e.total += max(p.Duration, 0)
		if p.Kind.IsWork() {
			e.work++
		}
	}
	return e
}

func withDone(ps []Phase) []Phase {
	if len(ps) > 0 && ps[len(ps)-1].Kind == Done {
		return ps
	}
	step := 0
	if len(ps) > 0 {
		step = ps[len(ps)-1].Step + 1
	}
	return append(ps, Phase{Kind: Done, Step: step, Name: "Done"})
}

// Start begins the first phase at the clock's now. It only works once.
func (e *Engine) Start() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.usable() || e.started || e.finished {
		return
	}
	now := e.clock.Now()
	e.started, e.runningSince = true, now
	e.enter(0, now, now)
}

// Update advances the engine to the clock's now and returns the cues that
// came due since the last call. Call it on every frame or tick and when the
// page becomes visible again; the call rate does not affect timing.
func (e *Engine) Update() []Cue {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.usable() {
		return nil
	}
	e.catchUp(e.clock.Now())
	out := e.out
	e.out = nil
	return out
}

// usable guards against a zero Engine not made by New.
func (e *Engine) usable() bool { return e.clock != nil && len(e.phases) > 0 }

func (e *Engine) running() bool { return e.started && !e.paused && !e.finished }

// catchUp brings the engine up to now and delivers the cues due so far.
func (e *Engine) catchUp(now time.Time) {
	e.settle(now)
	if e.running() {
		e.flush(now)
	}
}

// settled brings the engine up to now for a control call and reports
// whether there is a current phase to act on. Cues of the current phase
// not yet delivered are left pending, so a phase that is skipped or
// backed out of in the same instant it began says nothing.
func (e *Engine) settled() (time.Time, bool) {
	if !e.usable() || !e.started || e.finished {
		return time.Time{}, false
	}
	now := e.clock.Now()
	e.settle(now)
	return now, !e.finished
}

// settle walks the deadline chain up to now. Each phase starts at the
// previous deadline, not at now, which is what keeps the timer drift-free.
func (e *Engine) settle(now time.Time) {
	for e.running() && e.hasDeadline() {
		end := e.start.Add(e.dur)
		if now.Before(end) {
			return
		}
		e.flush(now)
		e.markCompleted()
		e.enter(e.idx+1, end, now)
	}
}

func (e *Engine) hasDeadline() bool {
	k := e.phases[e.idx].Kind
	return k != CountedReps && k != Done
}

// enter makes phase i current from at; now is only used to judge whether a
// Finished cue is late.
func (e *Engine) enter(i int, at, now time.Time) {
	e.idx, e.start, e.dur = i, at, max(e.phases[i].Duration, 0)
	e.pausedElapsed = 0
	e.pending = schedule(e.phases, i, e.dur)
	if e.phases[i].Kind == Done {
		e.finish(at, now, true)
	}
}

// finish ends the run at time at. A natural end emits the Finished cue even
// after a long gap (marked Late), because the UI saves history on it.
func (e *Engine) finish(at, now time.Time, natural bool) {
	if e.started && !e.paused {
		e.active += max(at.Sub(e.runningSince), 0)
	}
	e.final = 1
	if !natural {
		e.final = e.progress(e.elapsed(now))
	}
	e.finished, e.paused, e.pending = true, false, nil
	e.idx = e.lastDone()
	if natural {
		late := now.Sub(at) > CueTolerance
		e.out = append(e.out, Cue{Kind: CueFinished, At: at, Phase: e.idx, Text: i18n.T(finishedText), Late: late})
	}
}

// lastDone is the index Snapshot shows once finished: the current phase if
// it is Done, else the final Done phase.
func (e *Engine) lastDone() int {
	if e.phases[e.idx].Kind == Done {
		return e.idx
	}
	return len(e.phases) - 1
}

// flush moves due cues to the output, dropping those more than
// CueTolerance old: they were missed while nobody was calling Update.
func (e *Engine) flush(now time.Time) {
	el := now.Sub(e.start)
	n := 0
	for ; n < len(e.pending) && e.pending[n].offset <= el; n++ {
		c := e.pending[n].cue
		c.At = e.start.Add(e.pending[n].offset)
		if now.Sub(c.At) <= CueTolerance {
			e.out = append(e.out, c)
		}
	}
	e.pending = e.pending[n:]
}

func (e *Engine) markCompleted() {
	if e.phases[e.idx].Kind.IsWork() && !e.completed[e.idx] {
		e.completed[e.idx] = true
		e.nCompleted++
	}
}

// elapsed is the time into the current phase, frozen while paused.
func (e *Engine) elapsed(now time.Time) time.Duration {
	if !e.started || e.finished {
		return 0
	}
	if e.paused {
		return e.pausedElapsed
	}
	return max(now.Sub(e.start), 0)
}

// previous is the phase Back goes to, passing over SwitchSides.
func (e *Engine) previous() int {
	for i := e.idx - 1; i >= 0; i-- {
		if e.phases[i].Kind != SwitchSides {
			return i
		}
	}
	return e.idx
}

func isPending(c Cue, pending []pendingCue) bool {
	for _, p := range pending {
		if p.cue.Kind == c.Kind && p.cue.N == c.N {
			return true
		}
	}
	return false
}

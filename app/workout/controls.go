package workout

import (
	"time"
)

// The controls a person has over a running engine: pause, resume, skip,
// back, a counted rep done, adjust the time and finish early.

// Pause freezes the current phase, remembering how far into it we are.
func (e *Engine) Pause() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.usable() {
		return
	}
	now := e.clock.Now()
	e.catchUp(now)
	if !e.running() {
		return
	}
	e.pausedElapsed = now.Sub(e.start)
	e.active += now.Sub(e.runningSince)
	e.paused = true
}

// Resume continues a paused phase, re-anchoring its start so the remaining
// time is what it was at Pause.
func (e *Engine) Resume() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.usable() || !e.started || e.finished || !e.paused {
		return
	}
	now := e.clock.Now()
	e.start = now.Add(-e.pausedElapsed)
	e.runningSince = now
	e.paused = false
}

// Skip ends the current phase now and starts the next one; the deadline
// chain continues from now. Skipped work does not count as Completed.
// While paused, the engine stays paused at the start of the next phase.
func (e *Engine) Skip() {
	e.mu.Lock()
	defer e.mu.Unlock()
	now, ok := e.settled()
	if !ok {
		return
	}
	e.enter(e.idx+1, now, now)
}

// RepDone finishes a CountedReps phase; the next phase starts now.
func (e *Engine) RepDone() {
	e.mu.Lock()
	defer e.mu.Unlock()
	now, ok := e.settled()
	if !ok || e.phases[e.idx].Kind != CountedReps {
		return
	}
	e.markCompleted()
	e.enter(e.idx+1, now, now)
}

// Back restarts the current phase, or goes to the previous one when less
// than BackThreshold into it. SwitchSides is passed over, since going back
// to a 5 s transition is never what the user wants. While paused, the
// engine stays paused at the start of the target phase.
func (e *Engine) Back() {
	e.mu.Lock()
	defer e.mu.Unlock()
	now, ok := e.settled()
	if !ok {
		return
	}
	target := e.idx
	if e.elapsed(now) <= BackThreshold {
		target = e.previous()
	}
	e.enter(target, now, now)
}

// Adjust lengthens (d > 0) or shortens (d < 0) the current Hold or Rest by
// moving its deadline, never leaving less than AdjustFloor remaining.
// Other phases are not adjustable.
func (e *Engine) Adjust(d time.Duration) {
	e.mu.Lock()
	defer e.mu.Unlock()
	now, ok := e.settled()
	if !ok {
		return
	}
	if k := e.phases[e.idx].Kind; k != Hold && k != Rest {
		return
	}
	if e.running() {
		e.flush(now) // so cues due before the change are not lost
	}
	el := e.elapsed(now)
	e.dur = adjusted(e.dur, el, min(max(d, -maxAdjust), maxAdjust))
	e.reschedule(el)
}

// Finish ends the routine early. No Finished cue is emitted (the caller
// knows) and any undelivered cues are dropped.
func (e *Engine) Finish() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.usable() || e.finished {
		return
	}
	now := e.clock.Now()
	e.settle(now)
	if !e.finished {
		e.finish(now, now, false)
	}
	e.out = nil
}

// adjusted is dur moved by d, keeping at least AdjustFloor after el (or the
// current remaining time, if that is already less).
func adjusted(dur, el, d time.Duration) time.Duration {
	floor := min(dur, el+AdjustFloor)
	return max(dur+d, floor)
}

// reschedule rebuilds the pending cues after the duration changed at el.
// Cues already emitted stay emitted, except the countdown, which is re-armed
// for the new deadline.
func (e *Engine) reschedule(el time.Duration) {
	old := e.pending
	var kept []pendingCue
	for _, c := range schedule(e.phases, e.idx, e.dur) {
		rearm := c.cue.Kind == CueCountdown && c.offset > el
		if rearm || (c.offset >= el && isPending(c.cue, old)) {
			kept = append(kept, c)
		}
	}
	e.pending = kept
}

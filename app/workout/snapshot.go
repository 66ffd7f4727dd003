package workout

import "time"

// Snapshot is what the UI renders. It reflects the state as of the last
// Update (or control call), with times measured at the clock's now; call
// Update first so a passed deadline has moved on.
type Snapshot struct {
	Phase     Phase // Duration includes any Adjust
	Index     int
	Next      Phase // valid when HasNext; never the final Done
	HasNext   bool
	Remaining time.Duration // 0 for CountedReps (open-ended) and when finished
	Elapsed   time.Duration // time into the current phase
	Rep       int           // current paced rep, 1-based; 0 outside PacedReps

	Started  bool
	Paused   bool
	Finished bool

	Progress   float64       // 0..1 over planned durations
	ActiveTime time.Duration // time running (not paused), for history
	Completed  int           // work phases finished (not skipped)
	Total      int           // work phases in the plan
}

// Snapshot reports the current state without changing it.
func (e *Engine) Snapshot() Snapshot {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.usable() {
		return Snapshot{}
	}
	now := e.clock.Now()
	el := e.clampedElapsed(now)
	s := Snapshot{
		Phase: e.current(), Index: e.idx,
		Elapsed: el, Rep: e.rep(el),
		Started: e.started, Paused: e.paused, Finished: e.finished,
		Progress: e.progress(el), ActiveTime: e.activeTime(now),
		Completed: e.nCompleted, Total: e.work,
	}
	if e.hasDeadline() && !e.finished {
		s.Remaining = s.Phase.Duration - el
	}
	s.Next, s.HasNext = e.next()
	return s
}

// current is the current phase with its adjusted duration.
func (e *Engine) current() Phase {
	p := e.phases[e.idx]
	if e.started && !e.finished {
		p.Duration = e.dur
	}
	return p
}

func (e *Engine) next() (Phase, bool) {
	i := e.idx + 1
	if e.finished || i >= len(e.phases) || e.phases[i].Kind == Done {
		return Phase{}, false
	}
	return e.phases[i], true
}

// clampedElapsed keeps a timed phase's elapsed within its length, since the
// deadline may have passed since the last Update.
func (e *Engine) clampedElapsed(now time.Time) time.Duration {
	el := e.elapsed(now)
	if e.hasDeadline() {
		return min(el, e.dur)
	}
	return el
}

func (e *Engine) rep(el time.Duration) int {
	p := e.phases[e.idx]
	if p.Kind != PacedReps || p.Tempo <= 0 || e.finished {
		return 0
	}
	return min(int(el/p.Tempo)+1, p.Reps)
}

// progress is the planned time behind us over the planned total; an
// adjusted phase counts by its fraction, so the total stays the plan.
func (e *Engine) progress(el time.Duration) float64 {
	if e.finished {
		return e.final
	}
	if e.total <= 0 {
		return float64(e.nCompleted) / float64(max(e.work, 1))
	}
	done := float64(e.before[e.idx])
	if e.dur > 0 {
		frac := min(float64(el)/float64(e.dur), 1)
		done += frac * float64(e.phases[e.idx].Duration)
	}
	return min(done/float64(e.total), 1)
}

func (e *Engine) activeTime(now time.Time) time.Duration {
	if e.running() {
		return e.active + max(now.Sub(e.runningSince), 0)
	}
	return e.active
}

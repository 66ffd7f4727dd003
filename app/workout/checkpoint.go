package workout

import (
	"errors"
	"fmt"
	"time"
)

// Checkpoint is an engine's state in plain values. The player stores one
// at each phase change, pause and page hide, so a reloaded tab or one the
// phone killed can carry on where it was.
type Checkpoint struct {
	At            time.Time     `json:"at"`         // when it was taken
	Phases        int           `json:"phases"`     // plan length, to spot a changed plan
	Index         int           `json:"index"`      // current phase
	PhaseStart    time.Time     `json:"phaseStart"` // re-anchored by each Resume
	Duration      time.Duration `json:"duration"`   // current phase length with Adjust
	Paused        bool          `json:"paused"`
	PausedElapsed time.Duration `json:"pausedElapsed"`
	Active        time.Duration `json:"active"` // time run before RunningSince
	RunningSince  time.Time     `json:"runningSince"`
	Completed     []int         `json:"completed,omitempty"` // work phases finished
}

// ErrCheckpoint says a stored position does not fit the plan (the routine
// changed, or the stored text was tampered with).
var ErrCheckpoint = errors.New("the saved position doesn't fit this routine")

// maxCheckpointPhase bounds a restored phase length, Adjust included.
const maxCheckpointPhase = 6 * time.Hour

// Checkpoint reports the state to store; false before Start and after the
// end, when there is nothing to carry on.
func (e *Engine) Checkpoint() (Checkpoint, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.usable() || !e.started || e.finished {
		return Checkpoint{}, false
	}
	c := Checkpoint{
		At: e.clock.Now(), Phases: len(e.phases), Index: e.idx,
		PhaseStart: e.start, Duration: e.dur,
		Paused: e.paused, PausedElapsed: e.pausedElapsed,
		Active: e.active, RunningSince: e.runningSince,
	}
	for i, done := range e.completed {
		if done {
			c.Completed = append(c.Completed, i)
		}
	}
	return c, true
}

// ActiveTime is the time the routine had run when c was taken.
func (c Checkpoint) ActiveTime() time.Duration {
	if c.Paused {
		return c.Active
	}
	return c.Active + max(c.At.Sub(c.RunningSince), 0)
}

// Restore rebuilds an engine for phases from c. Back within gap of c.At (a
// reload), it carries on from the stored deadlines, exactly as after any
// gap; later than that (the tab was killed and reopened), it comes back
// paused where it was at c.At, so the person picks up the same hold rather
// than finding the routine run on without them. Cues already given are
// not given again.
func Restore(phases []Phase, clock Clock, c Checkpoint, gap time.Duration) (*Engine, error) {
	e := New(phases, clock)
	if err := e.fits(c); err != nil {
		return nil, err
	}
	e.started, e.idx, e.start, e.dur = true, c.Index, c.PhaseStart, c.Duration
	e.active, e.runningSince = c.Active, c.RunningSince
	for _, i := range c.Completed {
		e.completed[i] = true
		e.nCompleted++
	}
	el := c.At.Sub(c.PhaseStart)
	if c.Paused {
		e.paused, e.pausedElapsed, el = true, c.PausedElapsed, c.PausedElapsed
	}
	e.pending = after(schedule(e.phases, e.idx, e.dur), el)
	if c.Paused {
		return e, nil
	}
	e.settle(c.At) // a phase that was due to end before c.At moves on
	e.out = nil
	if e.finished || e.clock.Now().Sub(c.At) <= gap {
		return e, nil
	}
	e.pausedElapsed = max(c.At.Sub(e.start), 0)
	e.active += max(c.At.Sub(e.runningSince), 0)
	e.paused = true
	return e, nil
}

// fits checks c against the plan before any of it is used.
func (e *Engine) fits(c Checkpoint) error {
	if !e.usable() || c.Phases != len(e.phases) {
		return fmt.Errorf("%w: %d phases stored, %d planned", ErrCheckpoint, c.Phases, len(e.phases))
	}
	if c.Index < 0 || c.Index >= len(e.phases)-1 {
		return fmt.Errorf("%w: phase %d", ErrCheckpoint, c.Index)
	}
	if c.Duration < 0 || c.Duration > maxCheckpointPhase || c.PausedElapsed < 0 || c.PausedElapsed > c.Duration+maxCheckpointPhase ||
		c.Active < 0 || c.Active > maxCheckpointPhase || c.At.IsZero() || c.PhaseStart.IsZero() || c.RunningSince.IsZero() {
		return fmt.Errorf("%w: times out of range", ErrCheckpoint)
	}
	seen := make(map[int]bool, len(c.Completed))
	for _, i := range c.Completed {
		if i < 0 || i >= len(e.phases) || !e.phases[i].Kind.IsWork() || seen[i] {
			return fmt.Errorf("%w: completed phase %d", ErrCheckpoint, i)
		}
		seen[i] = true
	}
	return nil
}

// after keeps the cues still to come after el into the phase.
func after(cues []pendingCue, el time.Duration) []pendingCue {
	for i, c := range cues {
		if c.offset > el {
			return cues[i:]
		}
	}
	return nil
}

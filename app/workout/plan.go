package workout

import (
	"errors"
	"fmt"
	"time"
)

// SwitchSidesDuration is the pause between the left and right side of a
// per-side exercise: long enough to change position, short enough to keep
// the muscles warm.
const SwitchSidesDuration = 5 * time.Second

// Step is one exercise with its dosage, in engine terms. It mirrors
// content.RoutineStep but carries display text and real durations, so the
// engine can be tested without the content package.
type Step struct {
	Slug    string
	Name    string // spoken at the start of each work phase
	Cue     string // one short focus cue shown during the step
	Hold    time.Duration
	Reps    int
	Tempo   time.Duration // per paced rep; 0 = counted reps ("tap when done")
	PerSide bool
	Sets    int
	Rest    time.Duration // after each set, except after the very last one
}

// PhaseKind says what the user is doing in a phase.
type PhaseKind int

const (
	GetReady PhaseKind = iota
	Hold
	SwitchSides
	PacedReps
	CountedReps // open-ended: waits for RepDone or Skip
	Rest
	Done
)

var phaseKindNames = [...]string{"get-ready", "hold", "switch-sides", "paced-reps", "counted-reps", "rest", "done"}

func (k PhaseKind) String() string {
	if k < 0 || int(k) >= len(phaseKindNames) {
		return fmt.Sprintf("PhaseKind(%d)", int(k))
	}
	return phaseKindNames[k]
}

// IsWork reports whether the phase is exercise (hold or reps) rather than
// a transition; only work phases count as Completed.
func (k PhaseKind) IsWork() bool {
	return k == Hold || k == PacedReps || k == CountedReps
}

// Side is the body side a phase works on.
type Side int

const (
	NoSide Side = iota
	Left
	Right
)

func (s Side) String() string {
	switch s {
	case Left:
		return "left"
	case Right:
		return "right"
	}
	return ""
}

// Phase is one timed (or open-ended) segment of a plan.
//
// Step, Slug, Name and Cue refer to the step the phase belongs to: for
// GetReady the first step, for SwitchSides and Rest the step being done.
// SwitchSides has Side set to the side coming next.
type Phase struct {
	Kind     PhaseKind
	Step     int // index into the steps given to BuildPlan; len(steps) for Done
	Slug     string
	Name     string
	Cue      string
	Side     Side
	Set      int // 1-based
	Sets     int
	Duration time.Duration // 0 for CountedReps (open-ended) and Done
	Reps     int
	Tempo    time.Duration
}

// BuildPlan validates steps and expands them into phases: an optional
// GetReady lead-in, then per step and set the work (per side as
// Left → SwitchSides → Right), a Rest after each set when the step has one
// (none after the last set of the last step), and a final Done phase.
func BuildPlan(steps []Step, leadIn time.Duration) ([]Phase, error) {
	if len(steps) == 0 {
		return nil, errors.New("build plan: no steps")
	}
	if leadIn < 0 {
		return nil, fmt.Errorf("build plan: negative lead-in %v", leadIn)
	}
	for i, s := range steps {
		if err := validateStep(s); err != nil {
			return nil, fmt.Errorf("build plan: step %d (%q): %w", i, s.Slug, err)
		}
	}
	var plan []Phase
	if leadIn > 0 {
		plan = append(plan, stepPhase(GetReady, 0, steps[0], NoSide, 1, leadIn))
	}
	for i, s := range steps {
		last := i == len(steps)-1
		plan = appendStep(plan, i, s, last)
	}
	return append(plan, Phase{Kind: Done, Step: len(steps), Name: "Done"}), nil
}

func validateStep(s Step) error {
	switch {
	case s.Name == "":
		return errors.New("missing name")
	case s.Hold < 0 || s.Reps < 0 || s.Tempo < 0 || s.Rest < 0:
		return errors.New("negative dosage")
	case s.Hold > 0 && s.Reps > 0:
		return errors.New("both hold and reps set")
	case s.Hold == 0 && s.Reps == 0:
		return errors.New("neither hold nor reps set")
	case s.Hold > 0 && s.Tempo > 0:
		return errors.New("tempo set on a hold")
	case s.Sets < 1:
		return fmt.Errorf("sets %d, want at least 1", s.Sets)
	}
	return nil
}

// appendStep appends every set of one step, with rests.
func appendStep(plan []Phase, i int, s Step, lastStep bool) []Phase {
	for set := 1; set <= s.Sets; set++ {
		plan = appendSet(plan, i, s, set)
		lastSet := lastStep && set == s.Sets
		if s.Rest > 0 && !lastSet {
			plan = append(plan, stepPhase(Rest, i, s, NoSide, set, s.Rest))
		}
	}
	return plan
}

// appendSet appends one set: a single work phase, or both sides.
func appendSet(plan []Phase, i int, s Step, set int) []Phase {
	if !s.PerSide {
		return append(plan, workPhase(i, s, NoSide, set))
	}
	return append(plan,
		workPhase(i, s, Left, set),
		stepPhase(SwitchSides, i, s, Right, set, SwitchSidesDuration),
		workPhase(i, s, Right, set),
	)
}

func workPhase(i int, s Step, side Side, set int) Phase {
	switch {
	case s.Hold > 0:
		return stepPhase(Hold, i, s, side, set, s.Hold)
	case s.Tempo > 0:
		p := stepPhase(PacedReps, i, s, side, set, time.Duration(s.Reps)*s.Tempo)
		p.Reps, p.Tempo = s.Reps, s.Tempo
		return p
	}
	p := stepPhase(CountedReps, i, s, side, set, 0)
	p.Reps = s.Reps
	return p
}

func stepPhase(kind PhaseKind, i int, s Step, side Side, set int, d time.Duration) Phase {
	return Phase{
		Kind: kind, Step: i, Slug: s.Slug, Name: s.Name, Cue: s.Cue,
		Side: side, Set: set, Sets: s.Sets, Duration: d,
	}
}

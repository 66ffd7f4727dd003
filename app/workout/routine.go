package workout

import (
	"fmt"
	"time"

	"limber/content"
)

// FromRoutine converts a content routine into engine steps, taking names and
// the first focus cue from the exercise library via lookup (normally
// content.ExerciseBySlug). Dosage is validated later by BuildPlan.
func FromRoutine(r content.Routine, lookup func(slug string) (content.Exercise, bool)) ([]Step, error) {
	if lookup == nil {
		return nil, fmt.Errorf("routine %q: nil exercise lookup", r.Slug)
	}
	steps := make([]Step, 0, len(r.Steps))
	for i, rs := range r.Steps {
		ex, ok := lookup(rs.Exercise)
		if !ok {
			return nil, fmt.Errorf("routine %q step %d: unknown exercise %q", r.Slug, i, rs.Exercise)
		}
		steps = append(steps, stepFrom(rs, ex))
	}
	return steps, nil
}

// PlanRoutine is FromRoutine followed by BuildPlan with the routine's lead-in.
func PlanRoutine(r content.Routine, lookup func(slug string) (content.Exercise, bool)) ([]Phase, error) {
	steps, err := FromRoutine(r, lookup)
	if err != nil {
		return nil, err
	}
	plan, err := BuildPlan(steps, seconds(r.LeadIn))
	if err != nil {
		return nil, fmt.Errorf("routine %q: %w", r.Slug, err)
	}
	return plan, nil
}

func stepFrom(rs content.RoutineStep, ex content.Exercise) Step {
	s := Step{
		Slug:    rs.Exercise,
		Name:    ex.Name,
		Hold:    seconds(rs.HoldSeconds),
		Reps:    rs.Reps,
		Tempo:   seconds(rs.TempoSeconds),
		PerSide: rs.PerSide,
		Sets:    rs.Sets,
		Rest:    seconds(rs.RestSeconds),
	}
	// A prescriber's note is meant for this person: it beats the
	// exercise's general cue.
	switch {
	case rs.Note != "":
		s.Cue = rs.Note
	case len(ex.Cues) > 0:
		s.Cue = ex.Cues[0]
	}
	return s
}

func seconds(n int) time.Duration { return time.Duration(n) * time.Second }

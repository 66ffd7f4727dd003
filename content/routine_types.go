package content

import "slices"

// Routine is a guided sequence the player walks through.
type Routine struct {
	Slug        string
	Name        string
	Summary     string // one sentence for cards and previews
	Description string // when and why to use it
	LeadIn      int    // seconds of "get ready" before the first step
	Steps       []RoutineStep
}

// Equal reports whether two routines are the same in every field.
func (r Routine) Equal(o Routine) bool {
	return r.Slug == o.Slug && r.Name == o.Name && r.Summary == o.Summary &&
		r.Description == o.Description && r.LeadIn == o.LeadIn && slices.Equal(r.Steps, o.Steps)
}

// RoutineStep is one exercise with the dosage used in this routine.
// Exactly one of HoldSeconds or Reps is set.
type RoutineStep struct {
	Exercise     string // slug in Exercises
	HoldSeconds  int    // timed hold (per side when PerSide)
	Reps         int    // rep count (per side when PerSide)
	TempoSeconds int    // seconds per paced rep; 0 = self-counted ("tap when done")
	PerSide      bool
	Sets         int // at least 1
	RestSeconds  int // rest after each set of this step (0 = straight on)
}

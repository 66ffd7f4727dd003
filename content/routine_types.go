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
	// Rx is what a prescriber (a physio, a coach) adds for the person
	// they hand the routine to; zero for Limber's own routines.
	Rx Prescription
}

// Prescription is the part of a home programme beyond the exercises:
// who it suits, how to do it, how often and for how long. It travels in
// a routine's link.
type Prescription struct {
	Suits        string // who it suits, one line
	Instructions string // "Twice a day; stop if the tingling comes back."
	PerWeek      int    // sessions a week: 1-7, or TwiceADay; 0 = not said
	Weeks        int    // for how many weeks; 0 = not said
}

// TwiceADay is Prescription.PerWeek for a routine done twice every day.
const TwiceADay = 14

// IsZero reports whether nothing was prescribed beyond the exercises.
func (p Prescription) IsZero() bool { return p == Prescription{} }

// Equal reports whether two routines are the same in every field.
func (r Routine) Equal(o Routine) bool {
	return r.Slug == o.Slug && r.Name == o.Name && r.Summary == o.Summary &&
		r.Description == o.Description && r.LeadIn == o.LeadIn && r.Rx == o.Rx && slices.Equal(r.Steps, o.Steps)
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
	// Note is the prescriber's cue for this step ("Keep the knee soft").
	Note string
}

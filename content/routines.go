package content

import "strings"

// Timing assumptions behind EstimatedSeconds, the minutes shown on a
// routine card.
const (
	// SelfCountedRepSeconds is the time allowed for one "tap when done" rep.
	SelfCountedRepSeconds = 3
	// SwitchSidesSeconds is the pause to change legs between per-side holds.
	SwitchSidesSeconds = 5
)

// QuickTimerPresets are the hold lengths, in seconds, offered by the
// stand-alone timer. 20 and 30 cover the guide's static holds; the longer
// ones suit foam rolling and planks.
var QuickTimerPresets = []int{20, 30, 45, 60}

// Routines are the guided sessions, shortest and most everyday first.
// Summaries give no durations: cards show EstimatedSeconds, which cannot
// drift from the steps.
var Routines = []Routine{
	{
		Slug:    "desk-break",
		Name:    "Desk break",
		Summary: "A short, all-standing routine to undo a long spell of sitting, with a chair or desk to hold.",
		Description: "Use it for the movement break every 30 to 60 minutes. Everything is done standing, " +
			"with a chair or desk to hold on to, so it works in an office or at home.",
		LeadIn: 5,
		Steps: []RoutineStep{
			{Exercise: "leg-swings", Reps: 12, TempoSeconds: 2, PerSide: true, Sets: 1, RestSeconds: 10},
			{Exercise: "hip-cars", Reps: 3, TempoSeconds: 10, PerSide: true, Sets: 1, RestSeconds: 10},
			{Exercise: "standing-hamstring-stretch", HoldSeconds: 30, PerSide: true, Sets: 2, RestSeconds: 10},
			{Exercise: "squat", Reps: 8, TempoSeconds: 3, Sets: 1, RestSeconds: 0},
		},
	},
	{
		Slug:    "dynamic-warm-up",
		Name:    "Dynamic warm-up",
		Summary: "Moving stretches that ready the hips, hamstrings and back before activity.",
		Description: "Do it before a walk, run, gym session or gardening, and before any static stretching. " +
			"Start each move small and let the range grow as you warm.",
		LeadIn: 10,
		Steps: []RoutineStep{
			{Exercise: "leg-swings", Reps: 12, TempoSeconds: 2, PerSide: true, Sets: 2, RestSeconds: 10},
			{Exercise: "walking-lunges", Reps: 6, TempoSeconds: 3, PerSide: true, Sets: 2, RestSeconds: 15},
			{Exercise: "cat-cow", Reps: 8, TempoSeconds: 4, Sets: 1, RestSeconds: 10},
			{Exercise: "hip-cars", Reps: 3, TempoSeconds: 10, PerSide: true, Sets: 1, RestSeconds: 0},
		},
	},
	{
		Slug:    "hamstring-release",
		Name:    "Hamstring release",
		Summary: "Held stretches for the backs of the thighs and the front of the hips, once you are warm.",
		Description: "Use it after exercise or after the dynamic warm-up, never on cold muscles. " +
			"Ease into each hold until you feel a gentle pull and breathe slowly throughout.",
		LeadIn: 10,
		Steps: []RoutineStep{
			{Exercise: "standing-hamstring-stretch", HoldSeconds: 30, PerSide: true, Sets: 1, RestSeconds: 10},
			{Exercise: "seated-hamstring-stretch", HoldSeconds: 30, PerSide: true, Sets: 2, RestSeconds: 10},
			{Exercise: "supine-hamstring-strap-stretch", HoldSeconds: 30, PerSide: true, Sets: 2, RestSeconds: 10},
			{Exercise: "kneeling-hip-flexor-stretch", HoldSeconds: 30, PerSide: true, Sets: 1, RestSeconds: 10},
			{Exercise: "childs-pose", HoldSeconds: 30, Sets: 1, RestSeconds: 0},
		},
	},
	{
		Slug:    "lower-back-relief",
		Name:    "Lower-back relief",
		Summary: "Gentle floor moves to mobilise and lengthen a stiff lower back.",
		Description: "Good first thing in the morning, at the end of the day or after long sitting. " +
			"The lying moves come first and the kneeling ones last, so you only get up once.",
		LeadIn: 10,
		Steps: []RoutineStep{
			{Exercise: "pelvic-tilts", Reps: 10, TempoSeconds: 3, Sets: 2, RestSeconds: 10},
			{Exercise: "knee-to-chest", HoldSeconds: 30, PerSide: true, Sets: 2, RestSeconds: 10},
			{Exercise: "supine-spinal-twist", HoldSeconds: 30, PerSide: true, Sets: 2, RestSeconds: 10},
			{Exercise: "cat-cow", Reps: 10, TempoSeconds: 4, Sets: 1, RestSeconds: 10},
			{Exercise: "childs-pose", HoldSeconds: 30, Sets: 1, RestSeconds: 0},
		},
	},
	{
		Slug:    "strength-for-balance",
		Name:    "Strength for balance",
		Summary: "Glute and core work so the hamstrings and back stop doing more than their share.",
		Description: "Do it two or three times a week, after a warm-up, with a rest day between. " +
			"Slow, controlled reps matter more than getting through them quickly.",
		LeadIn: 10,
		Steps: []RoutineStep{
			{Exercise: "glute-bridge", Reps: 12, TempoSeconds: 4, Sets: 2, RestSeconds: 20},
			{Exercise: "bird-dog", Reps: 8, TempoSeconds: 4, PerSide: true, Sets: 2, RestSeconds: 20},
			{Exercise: "dead-bug", Reps: 6, TempoSeconds: 4, PerSide: true, Sets: 2, RestSeconds: 20},
			{Exercise: "plank", HoldSeconds: 30, Sets: 2, RestSeconds: 25},
			{Exercise: "pallof-press", Reps: 8, TempoSeconds: 3, PerSide: true, Sets: 2, RestSeconds: 20},
		},
	},
	{
		Slug:    "full-session",
		Name:    "Full session",
		Summary: "The longer session that covers it all: warm-up, stretches, foam rolling and strength.",
		Description: "For a day with more time, two or three times a week. It follows the guide's order: " +
			"warm the muscles, stretch them, release tight spots, then build strength.",
		LeadIn: 10,
		Steps: []RoutineStep{
			// Warm-up.
			{Exercise: "leg-swings", Reps: 12, TempoSeconds: 2, PerSide: true, Sets: 1, RestSeconds: 10},
			{Exercise: "cat-cow", Reps: 8, TempoSeconds: 4, Sets: 1, RestSeconds: 10},
			{Exercise: "walking-lunges", Reps: 6, TempoSeconds: 3, PerSide: true, Sets: 1, RestSeconds: 15},
			{Exercise: "hip-cars", Reps: 3, TempoSeconds: 10, PerSide: true, Sets: 1, RestSeconds: 10},
			// Stretches.
			{Exercise: "standing-hamstring-stretch", HoldSeconds: 30, PerSide: true, Sets: 1, RestSeconds: 10},
			{Exercise: "supine-hamstring-strap-stretch", HoldSeconds: 30, PerSide: true, Sets: 1, RestSeconds: 10},
			{Exercise: "kneeling-hip-flexor-stretch", HoldSeconds: 30, PerSide: true, Sets: 1, RestSeconds: 10},
			{Exercise: "knee-to-chest", HoldSeconds: 30, PerSide: true, Sets: 1, RestSeconds: 10},
			{Exercise: "supine-spinal-twist", HoldSeconds: 30, PerSide: true, Sets: 1, RestSeconds: 10},
			// Release.
			{Exercise: "foam-roll-hamstrings", HoldSeconds: 45, PerSide: true, Sets: 1, RestSeconds: 10},
			{Exercise: "foam-roll-glutes", HoldSeconds: 45, PerSide: true, Sets: 1, RestSeconds: 15},
			// Strength.
			{Exercise: "glute-bridge", Reps: 12, TempoSeconds: 4, Sets: 2, RestSeconds: 20},
			{Exercise: "bird-dog", Reps: 6, TempoSeconds: 4, PerSide: true, Sets: 2, RestSeconds: 20},
			{Exercise: "plank", HoldSeconds: 30, Sets: 2, RestSeconds: 20},
			{Exercise: "dead-bug", Reps: 6, TempoSeconds: 4, PerSide: true, Sets: 1, RestSeconds: 0},
		},
	},
}

// RoutineBySlug finds a routine by its URL slug.
func RoutineBySlug(slug string) (Routine, bool) {
	for _, r := range Routines {
		if r.Slug == slug {
			return r, true
		}
	}
	return Routine{}, false
}

// workSeconds is the time one side of one set takes.
func (s RoutineStep) workSeconds() int {
	switch {
	case s.HoldSeconds > 0:
		return s.HoldSeconds
	case s.TempoSeconds > 0:
		return s.Reps * s.TempoSeconds
	default:
		return s.Reps * SelfCountedRepSeconds
	}
}

// EstimatedSeconds is roughly how long the routine takes: the lead-in,
// every set on every side, a pause to switch legs in per-side holds, and
// the rests. The rest after the very last set is left out because the
// routine is over by then (the player skips it too).
func (r Routine) EstimatedSeconds() int {
	total := r.LeadIn
	for _, s := range r.Steps {
		// A zero Sets would hide a step's time entirely; count it once.
		sets := max(s.Sets, 1)
		sides := 1
		if s.PerSide {
			sides = 2
		}
		total += sets * sides * s.workSeconds()
		if s.PerSide {
			total += sets * SwitchSidesSeconds // the player pauses between sides
		}
		total += sets * s.RestSeconds
	}
	if n := len(r.Steps); n > 0 {
		total -= r.Steps[n-1].RestSeconds
	}
	return total
}

// ExerciseSlugs lists the exercises in step order, each once.
func (r Routine) ExerciseSlugs() []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range r.Steps {
		if !seen[s.Exercise] {
			seen[s.Exercise] = true
			out = append(out, s.Exercise)
		}
	}
	return out
}

// Equipment is everything the routine needs, in the order it is first
// needed, so the player can say "get a strap and a foam roller" up front.
func (r Routine) Equipment() []string {
	return equipmentFor(r.ExerciseSlugs(), ExerciseBySlug)
}

// equipmentFor takes the lookup as a parameter so the de-duplication can be
// tested without depending on the exercise library's contents. Names are
// compared ignoring case and surrounding spaces, so "Strap" and "strap"
// are one item; the first spelling seen is kept.
func equipmentFor(slugs []string, lookup func(string) (Exercise, bool)) []string {
	var out []string
	seen := map[string]bool{}
	for _, slug := range slugs {
		ex, ok := lookup(slug)
		if !ok {
			continue
		}
		for _, item := range ex.Equipment {
			key := strings.ToLower(strings.TrimSpace(item))
			if key == "" || seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, strings.TrimSpace(item))
		}
	}
	return out
}

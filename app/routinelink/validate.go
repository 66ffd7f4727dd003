package routinelink

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"limber/app/i18n"
	"limber/content"
)

// Limits for a shared or built routine. They are generous for stretching
// and strength work but keep a hostile link from producing absurd timers.
const (
	MinHold      = 5   // seconds
	MaxHold      = 300 // seconds
	MinReps      = 1
	MaxReps      = 50
	MinSets      = 1
	MaxSets      = 10
	MaxRest      = 300 // seconds
	MaxTempo     = 10  // seconds per rep
	MaxSteps     = 40
	MaxNameRunes = 60
	MaxSlugLen   = 64 // bytes; exercise slugs are short ASCII
	// Prescription limits: a note is a cue, not an essay, and links
	// must stay short enough to paste into a message.
	MaxNoteRunes         = 120
	MaxSuitsRunes        = 100
	MaxInstructionsRunes = 300
	MaxWeeks             = 52
	MaxInstructionLines  = 8 // instructions keep their line breaks, up to this many lines
	// DefaultName is used when a routine has no name. It is stored and
	// encoded as it is (English): translate it where it is shown.
	DefaultName = "Shared routine"
)

// Problem is something Validate or Decode repaired, in plain language.
type Problem struct {
	Step    int    // 1-based position in the input; 0 for the routine as a whole
	Message string // a full sentence for the user, in the current language
}

// Validate reports what Decode would repair in r. The builder calls it
// before Encode, which refuses routines with problems. known reports
// whether an exercise slug exists; nil skips that check.
func Validate(r content.Routine, known func(string) bool) []Problem {
	_, problems := Clean(r, known)
	return problems
}

// Clean returns r with every problem repaired: name, prescription and
// notes cleaned, values clamped, unusable steps left out, at most
// MaxSteps kept. Fields other than Name, Rx and Steps are copied as they
// are. known may be nil.
func Clean(r content.Routine, known func(string) bool) (content.Routine, []Problem) {
	out := r
	var problems []Problem
	out.Name, problems = cleanName(r.Name)
	rx, rxProblems := cleanRx(r.Rx)
	out.Rx = rx
	problems = append(problems, rxProblems...)

	out.Steps = make([]content.RoutineStep, 0, len(r.Steps))
	for i, s := range r.Steps {
		fixed, ok, stepProblems := cleanStep(i+1, s, known)
		problems = append(problems, stepProblems...)
		if ok {
			out.Steps = append(out.Steps, fixed)
		}
	}
	if len(out.Steps) > MaxSteps {
		problems = append(problems, Problem{Message: i18n.F(
			"The routine has {n} exercises; only the first {max} were kept.", "n", itoa(len(out.Steps)), "max", itoa(MaxSteps))})
		out.Steps = out.Steps[:MaxSteps:MaxSteps]
	}
	if len(out.Steps) == 0 {
		problems = append(problems, Problem{Message: i18n.T("The routine has no usable exercises.")})
	}
	return out, problems
}

// cleanStep repairs one step; ok is false when it must be left out.
func cleanStep(n int, s content.RoutineStep, known func(string) bool) (content.RoutineStep, bool, []Problem) {
	if p, bad := checkSlug(n, s.Exercise, known); bad {
		return s, false, []Problem{p}
	}
	var problems []Problem
	// note adds a problem; pairs are the message's placeholders besides
	// {step}, which is always n.
	note := func(message string, pairs ...string) {
		problems = append(problems, Problem{Step: n, Message: i18n.F(message, append(pairs, "step", itoa(n))...)})
	}
	range2 := func(from, to, lo, hi int) []string {
		return []string{"from", itoa(from), "to", itoa(to), "min", itoa(lo), "max", itoa(hi)}
	}
	switch {
	case s.HoldSeconds == 0 && s.Reps == 0:
		note(i18n.Mark("Step {step} has neither a hold time nor a rep count; it was left out."))
		return s, false, problems
	case s.HoldSeconds != 0 && s.Reps != 0:
		// A timer can only run one way; the hold is the safer reading.
		note(i18n.Mark("Step {step} has both a hold time and a rep count; the rep count was dropped."))
		s.Reps = 0
	}
	if s.HoldSeconds != 0 {
		s.HoldSeconds = clamp(s.HoldSeconds, MinHold, MaxHold, func(from, to int) {
			note(i18n.Mark("Hold of {from} s on step {step} is outside {min}–{max} s; it was set to {to} s."), range2(from, to, MinHold, MaxHold)...)
		})
	}
	if s.Reps != 0 {
		s.Reps = clamp(s.Reps, MinReps, MaxReps, func(from, to int) {
			note(i18n.Mark("{from} reps on step {step} is outside {min}–{max}; it was set to {to}."), range2(from, to, MinReps, MaxReps)...)
		})
	}
	s.Sets = clamp(s.Sets, MinSets, MaxSets, func(from, to int) {
		note(i18n.Mark("{from} sets on step {step} is outside {min}–{max}; it was set to {to}."), range2(from, to, MinSets, MaxSets)...)
	})
	s.TempoSeconds = clamp(s.TempoSeconds, 0, MaxTempo, func(from, to int) {
		note(i18n.Mark("Tempo of {from} s on step {step} is outside 0–{max} s; it was set to {to} s."), range2(from, to, 0, MaxTempo)...)
	})
	s.RestSeconds = clamp(s.RestSeconds, 0, MaxRest, func(from, to int) {
		note(i18n.Mark("Rest of {from} s on step {step} is outside 0–{max} s; it was set to {to} s."), range2(from, to, 0, MaxRest)...)
	})
	var noteProblems []Problem
	s.Note, noteProblems = noteField(n).clean(s.Note)
	return s, true, append(problems, noteProblems...)
}

// clamp limits v to [lo, hi], calling changed if it had to move it.
func clamp(v, lo, hi int, changed func(from, to int)) int {
	w := min(max(v, lo), hi)
	if w != v {
		changed(v, w)
	}
	return w
}

// checkSlug reports a step whose exercise is missing, malformed or unknown.
func checkSlug(n int, slug string, known func(string) bool) (Problem, bool) {
	if slug == "" {
		return Problem{Step: n, Message: i18n.F("Step {step} has no exercise; it was left out.", "step", itoa(n))}, true
	}
	if validSlug(slug) && (known == nil || known(slug)) {
		return Problem{}, false
	}
	return Problem{Step: n, Message: i18n.F(
		"Step {step} names an exercise Limber doesn't know ({exercise}); it was left out.", "step", itoa(n), "exercise", strconv.Quote(shorten(slug, 40)))}, true
}

// validSlug accepts the shape of Limber's exercise slugs: a-z, 0-9, '-'.
func validSlug(s string) bool {
	if s == "" || len(s) > MaxSlugLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

func itoa(n int) string { return strconv.Itoa(n) }

// shorten cuts s to at most n bytes on a rune boundary, for messages.
func shorten(s string, n int) string {
	s = strings.ToValidUTF8(s, "")
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

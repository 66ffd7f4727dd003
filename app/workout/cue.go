package workout

import (
	"fmt"
	"strconv"
	"time"

	"limber/app/i18n"
)

const (
	// CueTolerance is how late a cue may be emitted. Older cues were missed
	// (tab hidden, phone locked) and are dropped: a burst of stale "3, 2, 1"
	// is worse than silence.
	CueTolerance = time.Second
	// HalfwayMin is the shortest hold that gets a Halfway cue; on shorter
	// holds it would crowd the start cue and the countdown.
	HalfwayMin = 20 * time.Second
	// countdownFrom is the first number of the closing countdown.
	countdownFrom = 3
)

// CueKind says what a cue announces.
type CueKind int

const (
	CuePhaseStart  CueKind = iota // a work phase or GetReady begins
	CueCountdown                  // 3, 2, 1 before a GetReady, Hold or Rest ends
	CueHalfway                    // halfway through a hold of HalfwayMin or more
	CueSwitchSides                // a SwitchSides phase begins
	CueRep                        // a paced rep begins
	CueRestStart                  // a Rest phase begins
	CueFinished                   // the routine is complete
)

var cueKindNames = [...]string{"phase-start", "countdown", "halfway", "switch-sides", "rep", "rest-start", "finished"}

func (k CueKind) String() string {
	if k < 0 || int(k) >= len(cueKindNames) {
		return fmt.Sprintf("CueKind(%d)", int(k))
	}
	return cueKindNames[k]
}

// Cue is something for the UI to speak, beep or vibrate.
type Cue struct {
	Kind  CueKind
	At    time.Time // when it was scheduled (not when Update ran)
	Phase int       // index of the phase it belongs to
	N     int       // countdown number (3, 2, 1) or rep number (1-based)
	Text  string    // what to speak
	// Late is set on a Finished cue emitted more than CueTolerance after
	// the routine ended (during a gap): save history, but don't speak it.
	Late bool
}

// pendingCue is a cue not yet emitted, placed by its offset from the phase
// start so pausing (which moves the start) needs no rescheduling.
type pendingCue struct {
	offset time.Duration
	cue    Cue
}

// schedule lists the cues of phase i when it lasts dur, in time order.
func schedule(phases []Phase, i int, dur time.Duration) []pendingCue {
	p := phases[i]
	if p.Kind == Done {
		return nil // the Finished cue is emitted on entry, see Engine.finish
	}
	out := []pendingCue{{0, Cue{Kind: startKind(p.Kind), Phase: i, Text: startText(phases, i)}}}
	out = append(out, repCues(p, i)...)
	out = append(out, halfwayCue(p, i, dur)...)
	out = append(out, countdownCues(p, i, dur)...)
	// An insertion sort, stable: a phase has a handful of cues, and a
	// generic sort would add its own copy of the sorting code to app.wasm.
	for k := 1; k < len(out); k++ {
		for j := k; j > 0 && out[j].offset < out[j-1].offset; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func startKind(k PhaseKind) CueKind {
	switch k {
	case SwitchSides:
		return CueSwitchSides
	case Rest:
		return CueRestStart
	}
	return CuePhaseStart
}

func repCues(p Phase, i int) []pendingCue {
	if p.Kind != PacedReps || p.Tempo <= 0 {
		return nil
	}
	out := make([]pendingCue, 0, p.Reps)
	for n := 1; n <= p.Reps; n++ {
		c := Cue{Kind: CueRep, Phase: i, N: n, Text: strconv.Itoa(n)}
		out = append(out, pendingCue{time.Duration(n-1) * p.Tempo, c})
	}
	return out
}

func halfwayCue(p Phase, i int, dur time.Duration) []pendingCue {
	if p.Kind != Hold || dur < HalfwayMin {
		return nil
	}
	return []pendingCue{{dur / 2, Cue{Kind: CueHalfway, Phase: i, Text: i18n.T("Halfway")}}}
}

// countdownCues counts down the end of phases the user waits out. A number
// that would fall on or before the phase start is left out.
func countdownCues(p Phase, i int, dur time.Duration) []pendingCue {
	if p.Kind != GetReady && p.Kind != Hold && p.Kind != Rest {
		return nil
	}
	var out []pendingCue
	for n := countdownFrom; n >= 1; n-- {
		at := dur - time.Duration(n)*time.Second
		if at <= 0 {
			continue
		}
		out = append(out, pendingCue{at, Cue{Kind: CueCountdown, Phase: i, N: n, Text: strconv.Itoa(n)}})
	}
	return out
}

// startText is what to say when phase i begins, in the current language.
// Each announcement is one whole sentence for translators.
func startText(phases []Phase, i int) string {
	p := phases[i]
	next, hasNext := nextWork(phases, i)
	switch p.Kind {
	case GetReady:
		if hasNext {
			return i18n.F("Get ready. Next: {next}", "next", next)
		}
		return i18n.T("Get ready")
	case SwitchSides:
		return i18n.T("Switch sides")
	case Rest:
		if hasNext {
			return i18n.F("Rest, {duration}. Next: {next}", "duration", spoken(p.Duration), "next", next)
		}
		return i18n.F("Rest, {duration}", "duration", spoken(p.Duration))
	}
	return workLabel(p)
}

// nextWork names the next work phase after i, so the user knows what is
// coming without looking at the screen.
func nextWork(phases []Phase, i int) (string, bool) {
	for _, p := range phases[i+1:] {
		if p.Kind.IsWork() {
			return workLabel(p), true
		}
	}
	return "", false
}

// workLabel names a work phase, e.g. "Seated hamstring stretch, left side",
// with the exercise's name in the current language. Each detail (side,
// set, reps) wraps the label so far in a whole phrase of its own; the
// label is filled in last, so a name can't be mistaken for a placeholder.
func workLabel(p Phase) string {
	label := i18n.T(p.Name)
	switch p.Side {
	case Left:
		label = i18n.F("{exercise}, left side", "exercise", label)
	case Right:
		label = i18n.F("{exercise}, right side", "exercise", label)
	}
	if p.Sets > 1 {
		label = i18n.F("{exercise}, set {set} of {sets}", "set", strconv.Itoa(p.Set), "sets", strconv.Itoa(p.Sets), "exercise", label)
	}
	if p.Kind == PacedReps || p.Kind == CountedReps {
		if p.Reps == 1 {
			label = i18n.F("{exercise}, 1 rep", "exercise", label)
		} else {
			label = i18n.F("{exercise}, {n} reps", "n", strconv.Itoa(p.Reps), "exercise", label)
		}
	}
	return label
}

// spoken says a duration the way a person would: "1 minute 30 seconds".
func spoken(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	m, s := s/60, s%60
	switch {
	case m == 0:
		return secondsText(s)
	case s == 0:
		return minutesText(m)
	}
	return i18n.F("{minutes} {seconds}", "minutes", minutesText(m), "seconds", secondsText(s))
}

func secondsText(n int) string {
	if n == 1 {
		return i18n.T("1 second")
	}
	return i18n.N("{n} seconds", n)
}

func minutesText(n int) string {
	if n == 1 {
		return i18n.T("1 minute")
	}
	return i18n.N("{n} minutes", n)
}

// finishedText is the last cue, translated when it is spoken.
var finishedText = i18n.Mark("Routine complete. Well done.")

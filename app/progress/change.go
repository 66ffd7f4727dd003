// Package progress turns check-ins and history into what the Progress page
// shows: series, changes that matter, concerns that lead to the red-flag
// check, what's due, and the charts as SVG. No go-app import, so it tests
// in plain Go with any clock.
package progress

import (
	"fmt"
	"math"
)

// Change compares a starting score with a later one.
type Change struct {
	From, To   float64
	Meaningful bool // at least 2 points, or at least 30 % of From
	Better     bool // in the direction that's good for this measure
}

// Compare applies the smallest-change-that-matters rule for 0-10 scores
// (Ostelo 2008: 2 points or 30 %). lowerIsBetter is true for pain and
// stiffness, false for how well an activity goes.
func Compare(from, to float64, lowerIsBetter bool) Change {
	d := to - from
	big := math.Abs(d) >= 2-1e-9 || (from > 0 && math.Abs(d) >= 0.3*from-1e-9)
	better := d < 0 == lowerIsBetter && d != 0
	return Change{From: from, To: to, Meaningful: big && d != 0, Better: better}
}

// Sentence says what the change means in careful words: it informs, it
// never diagnoses.
func (c Change) Sentence(what string) string {
	move := fmt.Sprintf("%s went from %s to %s", what, score(c.From), score(c.To))
	switch {
	case c.From == c.To:
		return fmt.Sprintf("%s has stayed about the same (%s).", what, score(c.To))
	case !c.Meaningful:
		return move + ": a small change, within what varies from day to day."
	case c.Better:
		return move + ": a change big enough to matter (2 points or 30 % or more)."
	}
	return move + ": a change big enough to matter, in the wrong direction. Worth talking over with a physiotherapist or doctor."
}

// score prints a 0-10 average with at most one decimal.
func score(v float64) string {
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

// Package progress turns check-ins and history into what the Progress page
// shows: series, changes that matter, concerns that lead to the red-flag
// check, what's due, and the charts as SVG. No go-app import, so it tests
// in plain Go with any clock. Its sentences are in the current language.
package progress

import (
	"math"

	"limber/app/i18n"
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

// sentences are what a trend line says about one measure, each a whole
// sentence marked for the catalogue. {score}, {from} and {to} are scores;
// {n} counts answers; {activity} is the name a person gave their activity.
type sentences struct {
	none      string // no answers
	one, many string // too few answers for a trend
	same      string // no change
	small     string // a change within day-to-day variation
	better    string // a change that matters, the right way
	worse     string // a change that matters, the wrong way
}

var (
	painSentences = sentences{
		none:   i18n.Mark("Pain: no answers yet. Add them before and after a session."),
		one:    i18n.Mark("Pain: 1 answer so far; a few more are needed to see a trend."),
		many:   i18n.Mark("Pain: {n} answers so far; a few more are needed to see a trend."),
		same:   i18n.Mark("Pain has stayed about the same ({score})."),
		small:  i18n.Mark("Pain went from {from} to {to}: a small change, within what varies from day to day."),
		better: i18n.Mark("Pain went from {from} to {to}: a change big enough to matter (2 points or 30 % or more)."),
		worse:  i18n.Mark("Pain went from {from} to {to}: a change big enough to matter, in the wrong direction. Worth talking over with a physiotherapist or doctor."),
	}
	stiffnessSentences = sentences{
		none:   i18n.Mark("Stiffness: no answers yet. Add them before and after a session."),
		one:    i18n.Mark("Stiffness: 1 answer so far; a few more are needed to see a trend."),
		many:   i18n.Mark("Stiffness: {n} answers so far; a few more are needed to see a trend."),
		same:   i18n.Mark("Stiffness has stayed about the same ({score})."),
		small:  i18n.Mark("Stiffness went from {from} to {to}: a small change, within what varies from day to day."),
		better: i18n.Mark("Stiffness went from {from} to {to}: a change big enough to matter (2 points or 30 % or more)."),
		worse:  i18n.Mark("Stiffness went from {from} to {to}: a change big enough to matter, in the wrong direction. Worth talking over with a physiotherapist or doctor."),
	}
	// activitySentences has no none: the activity's line is only shown
	// once there is an answer.
	activitySentences = sentences{
		one:    i18n.Mark("How well {activity} goes: 1 answer so far; a few more are needed to see a trend."),
		many:   i18n.Mark("How well {activity} goes: {n} answers so far; a few more are needed to see a trend."),
		same:   i18n.Mark("How well {activity} goes has stayed about the same ({score})."),
		small:  i18n.Mark("How well {activity} goes went from {from} to {to}: a small change, within what varies from day to day."),
		better: i18n.Mark("How well {activity} goes went from {from} to {to}: a change big enough to matter (2 points or 30 % or more)."),
		worse:  i18n.Mark("How well {activity} goes went from {from} to {to}: a change big enough to matter, in the wrong direction. Worth talking over with a physiotherapist or doctor."),
	}
	// anySentences are Sentence's for any other measure, named by {what}.
	anySentences = sentences{
		same:   i18n.Mark("{what} has stayed about the same ({score})."),
		small:  i18n.Mark("{what} went from {from} to {to}: a small change, within what varies from day to day."),
		better: i18n.Mark("{what} went from {from} to {to}: a change big enough to matter (2 points or 30 % or more)."),
		worse:  i18n.Mark("{what} went from {from} to {to}: a change big enough to matter, in the wrong direction. Worth talking over with a physiotherapist or doctor."),
	}
)

// Sentence says what the change means in careful words: it informs, it
// never diagnoses. what names the measure ("Pain", "Stiffness", or any
// other, given in the current language).
func (c Change) Sentence(what string) string {
	switch what {
	case "Pain":
		return c.sentence(painSentences)
	case "Stiffness":
		return c.sentence(stiffnessSentences)
	}
	return c.sentence(anySentences, "what", what)
}

// sentence says the change in the words of s; pairs fill placeholders
// other than the scores (filled last, as they may be text someone typed).
func (c Change) sentence(s sentences, pairs ...string) string {
	scores := []string{"from", score(c.From), "to", score(c.To)}
	switch {
	case c.From == c.To:
		return i18n.F(s.same, append([]string{"score", score(c.To)}, pairs...)...)
	case !c.Meaningful:
		return i18n.F(s.small, append(scores, pairs...)...)
	case c.Better:
		return i18n.F(s.better, append(scores, pairs...)...)
	}
	return i18n.F(s.worse, append(scores, pairs...)...)
}

// score prints a 0-10 average with at most one decimal, as the current
// language writes decimals.
func score(v float64) string {
	if v == math.Trunc(v) {
		return i18n.Number(v, 0)
	}
	return i18n.Number(v, 1)
}

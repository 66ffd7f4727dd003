package progress

import (
	"time"

	"limber/app/store"
)

// Concern is a reason to stop and do the red-flag check rather than carry
// on: pain rising by 2 or more points across sessions or during one, or
// new numbness, tingling or weakness reported recently.
type Concern struct {
	RisingPain bool
	From, To   int // the pain scores that show the rise
	Nerve      bool
}

// Any reports whether there is something to act on.
func (c Concern) Any() bool { return c.RisingPain || c.Nerve }

// concernWindow is how long a report of nerve symptoms keeps the prompt up.
const concernWindow = 14 * 24 * time.Hour

// Check looks at recent check-ins. Pain is compared between the latest
// answer and the lowest of the three before it, so one bad day after a
// good week shows, but a slow drift of a point at a time over months does
// not shout.
func Check(checkIns []store.CheckIn, now time.Time) Concern {
	var c Concern
	pain := Series(checkIns, store.MeasurePain)
	if n := len(pain); n >= 2 && now.Sub(pain[n-1].At) < concernWindow {
		last := pain[n-1].Value
		low := last
		for _, p := range pain[max(0, n-4) : n-1] {
			low = min(low, p.Value)
		}
		if last-low >= 2 {
			c.RisingPain, c.From, c.To = true, low, last
		}
	}
	for _, ci := range checkIns {
		if ci.Measure == store.MeasureNerve && ci.Value == 1 && now.Sub(ci.At) < concernWindow {
			c.Nerve = true
		}
	}
	return c
}

package redflag

import "time"

// RecheckAfter is how long an all-clear check stays fresh.
const RecheckAfter = 7 * 24 * time.Hour

// CheckDue reports whether the checklist should be asked again. A last check
// in the future means the clock changed, so it cannot be trusted.
func CheckDue(last, now time.Time) bool {
	if last.IsZero() || last.After(now) {
		return true
	}
	return now.Sub(last) >= RecheckAfter
}

// CheckedAt is the last-check time to store after a check with result r:
// now when nothing was found, otherwise none at all, so the next Start
// asks again rather than letting a routine begin after a blocking answer.
func CheckedAt(r Result, now time.Time) time.Time {
	if r.Tier != AllClear {
		return time.Time{}
	}
	return now
}

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

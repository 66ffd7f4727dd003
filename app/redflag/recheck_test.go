package redflag

import (
	"testing"
	"time"
)

func TestCheckDue(t *testing.T) {
	now := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	for _, tc := range []struct {
		name string
		last time.Time
		want bool
	}{
		{"never checked", time.Time{}, true},
		{"just now", now, false},
		{"6 days ago", now.Add(-6 * day), false},
		{"just under 7 days", now.Add(-RecheckAfter + time.Second), false},
		{"exactly 7 days", now.Add(-RecheckAfter), true},
		{"8 days ago", now.Add(-8 * day), true},
		{"in the future", now.Add(time.Hour), true},
	} {
		if got := CheckDue(tc.last, now); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

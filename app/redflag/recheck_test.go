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

func TestABlockingAnswerAsksAgain(t *testing.T) {
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	if got := CheckedAt(Result{Tier: AllClear}, now); !got.Equal(now) || CheckDue(got, now.Add(time.Hour)) {
		t.Errorf("all clear: stored %v, asked again within the week", got)
	}
	for _, tier := range []Tier{Emergency, Urgent, SeeProfessional} {
		if got := CheckedAt(Result{Tier: tier}, now); !CheckDue(got, now.Add(time.Minute)) {
			t.Errorf("%v: stored %v, and the next Start would not ask again", tier, got)
		}
	}
}

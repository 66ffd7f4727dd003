package browser

import "testing"

func TestSpokenTextDropsAsides(t *testing.T) {
	for in, want := range map[string]string{
		"Hip CARs (controlled articular rotations), left side": "Hip CARs, left side",
		"Cat-cow, 10 reps":         "Cat-cow, 10 reps",
		"Odd (nested (aside)) end": "Odd end",
	} {
		if got := SpokenText(in); got != want {
			t.Errorf("SpokenText(%q) = %q, want %q", in, got, want)
		}
	}
}

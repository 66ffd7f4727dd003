package app

import (
	"testing"
)

func TestWithoutRootPrefix(t *testing.T) {
	t.Setenv("GOAPP_ROOT_PREFIX", "/limber")
	for in, want := range map[string]string{
		"/limber":           "/",
		"/limber/":          "/",
		"/limber/exercises": "/exercises",
		"/limberish":        "/limberish", // a sibling path, not under the prefix
		"/exercises":        "/exercises",
	} {
		if got := withoutRootPrefix(in); got != want {
			t.Errorf("withoutRootPrefix(%q) = %q, want %q", in, got, want)
		}
	}
	t.Setenv("GOAPP_ROOT_PREFIX", "/")
	if got := withoutRootPrefix("/exercises"); got != "/exercises" {
		t.Errorf("at the root: %q", got)
	}
}

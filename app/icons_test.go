package app

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEveryIconIsDrawn: each icon("name") in the app has its view in the
// sprite and its rule in the stylesheet, or it would render as a blank.
func TestEveryIconIsDrawn(t *testing.T) {
	sprite := readText(t, "../web/icons/ui.svg")
	css := readText(t, "../web/limber.css")
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		for _, m := range regexp.MustCompile(`icon\("([a-z-]+)"\)`).FindAllStringSubmatch(readText(t, f), -1) {
			used[m[1]] = true
		}
	}
	if len(used) < 10 {
		t.Fatalf("found only %d icons in use; the scan is broken", len(used))
	}
	// Names chosen at run time (nav entries, play or pause) come from the
	// sprite too: every view needs its rule.
	for _, m := range regexp.MustCompile(`<view id="([a-z-]+)"`).FindAllStringSubmatch(sprite, -1) {
		used[m[1]] = true
	}
	for name := range used {
		if !strings.Contains(sprite, `<view id="`+name+`"`) {
			t.Errorf("icon %q has no view in web/icons/ui.svg", name)
		}
		if !strings.Contains(css, `.icon-`+name+` {`) || !strings.Contains(css, `url("icons/ui.svg#`+name+`")`) {
			t.Errorf("icon %q has no rule in web/limber.css", name)
		}
	}
}

func readText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

package view

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEveryIconIsDrawn: every icon the code can name (an IconName, which
// only a literal IconName{"…"} in this package makes: its field is unexported) has its view in the sprite and its
// rule in the stylesheet, or it would render as a blank. The names come
// from the code, not the sprite, so a misspelt one fails here.
func TestEveryIconIsDrawn(t *testing.T) {
	sprite := readText(t, "../../web/icons/ui.svg")
	css := readText(t, "../../web/limber.css")
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		for _, m := range regexp.MustCompile(`IconName\{"([^"]*)"\}`).FindAllStringSubmatch(readText(t, f), -1) {
			used[m[1]] = true
		}
	}
	if len(used) < 10 {
		t.Fatalf("found only %d icons in the code; the scan is broken", len(used))
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

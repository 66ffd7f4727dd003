package precompress

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestDirWritesFreshSiblingsOnlyWhereTheyHelp(t *testing.T) {
	dir := t.TempDir()
	css := filepath.Join(dir, "a.css")
	png := filepath.Join(dir, "a.png")
	tiny := filepath.Join(dir, "tiny.js")
	os.WriteFile(css, []byte(strings.Repeat("body { margin: 0 }\n", 100)), 0o644)
	os.WriteFile(png, []byte(strings.Repeat("x", 1000)), 0o644)
	os.WriteFile(tiny, []byte("let a = 1;"), 0o644)

	st, err := Dir(dir)
	if err != nil || st.Written != 1 {
		t.Fatalf("first run: %+v, %v; want one file written", st, err)
	}
	for _, name := range []string{css + BrotliSuffix, css + GzipSuffix} {
		if _, err := os.Stat(name); err != nil {
			t.Errorf("missing %s", name)
		}
	}
	for _, name := range []string{png + BrotliSuffix, tiny + GzipSuffix} {
		if _, err := os.Stat(name); err == nil {
			t.Errorf("%s should not exist", name)
		}
	}
	if st, _ := Dir(dir); st.Written != 0 {
		t.Errorf("second run rewrote %d files, want none", st.Written)
	}
	// An edit makes the siblings stale, and the next run replaces them.
	later := time.Now().Add(time.Hour)
	os.Chtimes(css, later, later)
	fi, _ := os.Stat(css)
	if Fresh(fi, css+BrotliSuffix) {
		t.Error("a sibling older than its file counts as fresh")
	}
	if st, _ := Dir(dir); st.Written != 1 {
		t.Errorf("after an edit: %d written, want 1", st.Written)
	}
}

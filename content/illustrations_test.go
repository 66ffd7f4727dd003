package content

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var illustratedSlugs = []string{
	"standing-hamstring-stretch", "seated-hamstring-stretch", "supine-hamstring-strap-stretch",
	"leg-swings", "knee-to-chest", "cat-cow", "childs-pose", "pelvic-tilts", "supine-spinal-twist",
	"walking-lunges", "glute-bridge", "hip-thrust", "squat", "deadlift", "plank", "bird-dog",
	"dead-bug", "pallof-press", "hip-cars", "kneeling-hip-flexor-stretch", "foam-roll-hamstrings",
	"foam-roll-glutes", "piriformis-release", "foam-roll-erectors",
}

func TestEveryExerciseHasAnIllustration(t *testing.T) {
	for _, slug := range illustratedSlugs {
		ill, ok := IllustrationFor(slug)
		if !ok {
			t.Errorf("%s: no illustration", slug)
			continue
		}
		want := "/web/illustrations/" + slug + ".svg"
		if ill.Src != want {
			t.Errorf("%s: Src = %q, want %q", slug, ill.Src, want)
		}
		if len(ill.Alt) < 40 {
			t.Errorf("%s: Alt too short (%d chars): %q", slug, len(ill.Alt), ill.Alt)
		}
		checkSVG(t, slug, filepath.Join("..", "web", "illustrations", slug+".svg"))
	}
	if _, ok := IllustrationFor("no-such-exercise"); ok {
		t.Error("IllustrationFor found an unknown slug")
	}
}

func TestIllustrationsCoverTheExerciseLibrary(t *testing.T) {
	for _, e := range Exercises {
		if _, ok := IllustrationFor(e.Slug); !ok {
			t.Errorf("exercise %s has no illustration", e.Slug)
		}
	}
	for slug := range Illustrations {
		if _, err := os.Stat(filepath.Join("..", "web", "illustrations", slug+".svg")); err != nil {
			t.Errorf("%s: %v", slug, err)
		}
	}
}

func checkSVG(t *testing.T, slug, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%s: %v", slug, err)
		return
	}
	text := string(data)
	for _, bad := range []string{"<script", "style=", "https://", "<image", "href"} {
		if strings.Contains(text, bad) {
			t.Errorf("%s: contains %q", slug, bad)
		}
	}
	if n := strings.Count(text, "http://"); n != strings.Count(text, "http://www.w3.org/2000/svg") {
		t.Errorf("%s: contains an http:// reference other than the SVG namespace", slug)
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	root := true
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Errorf("%s: not well-formed XML: %v", slug, err)
			return
		}
		se, ok := tok.(xml.StartElement)
		if !ok || !root {
			continue
		}
		root = false
		if se.Name.Local != "svg" {
			t.Errorf("%s: root element is <%s>, want <svg>", slug, se.Name.Local)
		}
		var viewBox bool
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "viewBox":
				viewBox = a.Value == "0 0 320 200"
			case "width", "height":
				t.Errorf("%s: root has a %s attribute; CSS sizes it", slug, a.Name.Local)
			}
		}
		if !viewBox {
			t.Errorf(`%s: root needs viewBox="0 0 320 200"`, slug)
		}
	}
	if root {
		t.Errorf("%s: no elements", slug)
	}
}

package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"limber/app/store"
)

// TestExportAndImport: export writes Limber's file; importing merges it
// with what is there; a foreign or oversized file is refused with the
// reason and nothing changes.
func TestExportAndImport(t *testing.T) {
	p := newPage(t)
	p.open("/exercises/plank")
	p.click("#favourite-button")
	p.waitJS(`document.getElementById("favourite-button").getAttribute("aria-pressed") === "true"`)

	p.open("/settings")
	p.eval(`(() => { window.__blob = null; const orig = URL.createObjectURL; URL.createObjectURL = (b) => { window.__blob = b; return orig.call(URL, b); }; return true })()`, nil)
	p.click("#export-data")
	var exported struct {
		App  string `json:"app"`
		Data struct {
			Favourites struct {
				Exercises []string `json:"exercises"`
			} `json:"favourites"`
		} `json:"data"`
	}
	var text string
	p.waitJS(`window.__blob !== null`)
	p.eval(`window.__blob.text()`, &text)
	if err := json.Unmarshal([]byte(text), &exported); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	if exported.App != "limber" || strings.Join(exported.Data.Favourites.Exercises, ",") != "plank" {
		t.Errorf("export = %+v, want Limber's file with the plank favourite", exported)
	}

	// A file from another phone: one session and another favourite.
	other := store.Default()
	other.Favourites.Exercises = []string{"cat-cow"}
	other.History = []store.Session{{ID: "s1", Routine: "desk-break", Name: "Desk break", Started: time.Now().Add(-time.Hour), ActiveSeconds: 300, PlannedSeconds: 300, Completed: true}}
	file, err := store.Export(other, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "limber.json")
	foreign := filepath.Join(dir, "other.json")
	huge := filepath.Join(dir, "huge.json")
	writeFile(t, good, file)
	writeFile(t, foreign, []byte(`{"app":"something-else","data":{}}`))
	writeFile(t, huge, []byte(`{"app":"limber","pad":"`+strings.Repeat("x", store.MaxImportBytes)+`"}`))

	upload(p, good)
	p.waitJS(`document.getElementById("data-note").textContent.startsWith("Imported.")`)
	var favs []string
	var sessions int
	p.eval(`JSON.parse(localStorage.getItem("limber.v1")).favourites.exercises`, &favs)
	p.eval(`JSON.parse(localStorage.getItem("limber.v1")).history.length`, &sessions)
	if strings.Join(favs, ",") != "plank,cat-cow" || sessions != 1 {
		t.Errorf("after import: favourites %v, %d sessions; want plank,cat-cow and 1", favs, sessions)
	}

	var before string
	p.eval(`localStorage.getItem("limber.v1")`, &before)
	for _, c := range []struct{ path, reason string }{
		{foreign, "isn't a Limber export"},
		{huge, "larger than 1 MB"},
	} {
		upload(p, c.path)
		p.waitJS(`(() => { const n = document.getElementById("data-note").textContent; return n.includes(` + jsString(c.reason) + `) && n.endsWith("Nothing was changed.") })()`)
		var after string
		p.eval(`localStorage.getItem("limber.v1")`, &after)
		if after != before {
			t.Errorf("%s: the stored data changed", filepath.Base(c.path))
		}
	}
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// upload picks a file in the settings page's import field.
func upload(p *page, path string) {
	p.t.Helper()
	p.do(chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{path}))
}

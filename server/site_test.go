package server

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"limber/app"
)

// testHandler serves a throwaway web dir so tests don't need a wasm build.
func testHandler(t *testing.T) http.Handler {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "app.wasm"), []byte("\x00asm"), 0o644); err != nil {
		t.Fatal(err)
	}
	h, err := NewHandler(Config{WebDir: dir, Domain: "limber.test"})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func serve(h http.Handler, method, target string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	return rec
}

func TestKnownRoutesAre200AndUnknownAre404(t *testing.T) {
	h := testHandler(t)
	for _, p := range app.Paths() {
		if rec := serve(h, "GET", p); rec.Code != http.StatusOK {
			t.Errorf("GET %s = %d, want 200", p, rec.Code)
		}
	}
	for _, p := range []string{"/nope", "/exercises/nope", "/guide/strategies/nope", "/routines/nope/play"} {
		rec := serve(h, "GET", p)
		if rec.Code != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", p, rec.Code)
		}
		if !strings.Contains(rec.Body.String(), "find that page") {
			t.Errorf("GET %s: body lacks the 404 page", p)
		}
	}
}

func TestTrailingSlashRedirects(t *testing.T) {
	rec := serve(testHandler(t), "GET", "/exercises/?region=core")
	if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != "/exercises?region=core" {
		t.Errorf("got %d to %q, want 301 to /exercises?region=core", rec.Code, rec.Header().Get("Location"))
	}
}

func TestSitemapListsEveryPage(t *testing.T) {
	body := serve(testHandler(t), "GET", "/sitemap.xml").Body.String()
	for _, p := range app.Paths() {
		if !strings.Contains(body, "<loc>https://limber.test"+p+"</loc>") {
			t.Errorf("sitemap lacks %s", p)
		}
	}
}

func TestVersionFollowsContent(t *testing.T) {
	dir := t.TempDir()
	write := func(s string) {
		if err := os.WriteFile(filepath.Join(dir, "app.wasm"), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a")
	v1, _ := ContentVersion(dir)
	v1again, _ := ContentVersion(dir)
	write("b")
	v2, _ := ContentVersion(dir)
	if v1 != v1again || v1 == v2 || v1 == "" {
		t.Errorf("versions %q, %q, %q: want stable for the same files and new for changed ones", v1, v1again, v2)
	}
}

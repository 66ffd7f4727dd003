package server

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"limber/app"
)

func exportTo(t *testing.T, base string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "dist")
	if err := Export(Config{WebDir: richWebDir(t), Export: dir, BasePath: base, Domain: "example.org"}); err != nil {
		t.Fatalf("export: %v", err)
	}
	return dir
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestExportWritesEverything(t *testing.T) {
	dir := exportTo(t, "/limber")
	want := []string{
		"index.html", "404.html", "app.js", "wasm_exec.js", "app.css", "app-worker.js",
		"manifest.webmanifest", "static-host.js", "sitemap.xml", "robots.txt", ".nojekyll",
		"web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/limber.css", "web/icons/icon.svg",
		"index.html.br", "index.html.gz", "app.js.br", "app.js.gz",
	}
	for _, p := range app.Paths()[1:] {
		rel := strings.TrimPrefix(p, "/")
		want = append(want, rel+".html", rel+"/index.html")
	}
	for _, name := range want {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("export lacks %s", name)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "web", ".hidden")); err == nil {
		t.Error("export copied a hidden file")
	}
	// Siblings decode to their file.
	for _, name := range []string{"index.html", "web/limber.css", "app-worker.js"} {
		plain := readFile(t, filepath.Join(dir, name))
		if decode(t, "br", []byte(readFile(t, filepath.Join(dir, name+".br")))) != plain ||
			decode(t, "gzip", []byte(readFile(t, filepath.Join(dir, name+".gz")))) != plain {
			t.Errorf("%s: .br or .gz does not match", name)
		}
	}
	headers := readFile(t, filepath.Join(dir, "_headers"))
	if !strings.HasPrefix(headers, "/limber/*\n") || !strings.Contains(headers, "  Content-Security-Policy: "+csp+"\n") {
		t.Errorf("_headers = %q, want the server's headers for /limber/*", headers)
	}
	if !strings.Contains(readFile(t, filepath.Join(dir, "404.html")), "find that page") {
		t.Error("404.html is not Limber's 404 page")
	}
}

var rootLinkRE = regexp.MustCompile(`(?:href|src)="(/[^"]*)"`)

// Under a prefix, every site-absolute link in every page, the manifest,
// the worker's list, the sitemap and robots.txt carry it.
func TestExportUnderPrefixPrefixesEverything(t *testing.T) {
	dir := exportTo(t, "/limber")
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".html" {
			return err
		}
		for _, m := range rootLinkRE.FindAllStringSubmatch(readFile(t, path), -1) {
			if m[1] != "/limber" && !strings.HasPrefix(m[1], "/limber/") {
				rel, _ := filepath.Rel(dir, path)
				t.Errorf("%s links to %s without the prefix", rel, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	var manifest struct {
		Scope    string `json:"scope"`
		StartURL string `json:"start_url"`
		Icons    []struct {
			Src string `json:"src"`
		} `json:"icons"`
	}
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(dir, "manifest.webmanifest"))), &manifest); err != nil {
		t.Fatal(err)
	}
	if manifest.Scope != "/limber/" || manifest.StartURL != "/limber/" {
		t.Errorf("manifest scope %q start_url %q, want /limber/", manifest.Scope, manifest.StartURL)
	}
	for _, i := range manifest.Icons {
		if !strings.HasPrefix(i.Src, "/limber/web/") {
			t.Errorf("manifest icon %s lacks the prefix", i.Src)
		}
	}

	worker := readFile(t, filepath.Join(dir, "app-worker.js"))
	list := regexp.MustCompile(`const RESOURCES = (\[.*?\]);`).FindStringSubmatch(worker)
	var resources []string
	if list == nil || json.Unmarshal([]byte(list[1]), &resources) != nil {
		t.Fatal("app-worker.js has no readable RESOURCES")
	}
	has := map[string]bool{}
	for _, r := range resources {
		has[r] = true
		if r != "/limber" && !strings.HasPrefix(r, "/limber/") {
			t.Errorf("worker resource %s lacks the prefix", r)
		}
	}
	for _, r := range []string{"/limber", "/limber/app-shell/", "/limber/web/app.wasm", "/limber/app.js", "/limber/static-host.js", "/limber/web/limber.css", "/limber/web/icons/icon-192.png"} {
		if !has[r] {
			t.Errorf("worker does not precache %s", r)
		}
	}
	// Only crawlers and (online) install dialogs want these.
	for _, r := range []string{"/limber/web/icons/og-default.png", "/limber/web/icons/icon-512.png", "/limber/web/icons/maskable-512.png", "/limber/exercises/"} {
		if has[r] {
			t.Errorf("worker precaches %s, which the app never shows offline", r)
		}
	}
	for r := range has {
		if strings.Contains(r, "/previews/") || strings.Contains(r, "/screenshots/") {
			t.Errorf("worker precaches %s, which the app never shows offline", r)
		}
	}

	appJS := readFile(t, filepath.Join(dir, "app.js"))
	for _, want := range []string{`"GOAPP_ROOT_PREFIX":"/limber"`, `"GOAPP_STATIC_RESOURCES_URL":"/limber/web"`, `fetch("/limber/web/app.wasm")`, `"/limber/app-worker.js"`} {
		if !strings.Contains(appJS, want) {
			t.Errorf("app.js lacks %s", want)
		}
	}
	if !strings.Contains(readFile(t, filepath.Join(dir, "static-host.js")), `const BASE = "/limber";`) {
		t.Error("static-host.js does not know the base path")
	}
	if !strings.Contains(readFile(t, filepath.Join(dir, "sitemap.xml")), "<loc>https://example.org/limber/exercises</loc>") {
		t.Error("sitemap lacks prefixed locations")
	}
	if !strings.Contains(readFile(t, filepath.Join(dir, "robots.txt")), "Sitemap: https://example.org/limber/sitemap.xml") {
		t.Error("robots.txt points to the wrong sitemap")
	}
}

func TestExportAtRoot(t *testing.T) {
	dir := exportTo(t, "")
	home := readFile(t, filepath.Join(dir, "index.html"))
	for _, want := range []string{`href="/exercises"`, `src="/app.js"`, `src="/static-host.js"`} {
		if !strings.Contains(home, want) {
			t.Errorf("index.html lacks %s", want)
		}
	}
	if !strings.Contains(readFile(t, filepath.Join(dir, "static-host.js")), `const BASE = "";`) {
		t.Error("static-host.js should run at the root")
	}
}

func TestExportRefusesANonEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "keep.txt"), "mine")
	err := Export(Config{WebDir: richWebDir(t), Export: dir})
	if err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("export into a non-empty folder: %v, want a refusal", err)
	}
	if readFile(t, filepath.Join(dir, "keep.txt")) != "mine" {
		t.Error("export touched an existing file")
	}
}

func TestServerPagesNeedNoPrefix(t *testing.T) {
	// The live server has no base path: links and go-app's prefix are "/".
	rec := request(richHandler(t), "GET", "/app.js")
	if !strings.Contains(rec.Body.String(), `"GOAPP_ROOT_PREFIX":"/"`) {
		t.Error(`app.js: GOAPP_ROOT_PREFIX should be "/" when served at the root`)
	}
	if rec := request(richHandler(t), "GET", "/static-host.js"); rec.Code != 404 {
		t.Errorf("the server serves the export's glue script: %d", rec.Code)
	}
}

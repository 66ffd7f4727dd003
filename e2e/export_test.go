package e2e

import (
	"encoding/json"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"limber/content"
	"limber/server"
)

const exportBase = "/limber"

// TestExportWorksOfflineUnderPrefix exports Limber under /limber, serves
// the folder with a plain static file server (http.FileServer, which
// redirects /limber/page to /limber/page/ like many hosts), visits once,
// waits for the service worker to hold everything, stops the server and
// checks that a reload, a deep link never visited, a link with a query, a
// folder-style address and a tap all still work.
func TestExportWorksOfflineUnderPrefix(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dist")
	if err := server.Export(server.Config{WebDir: "../web", Export: dir, BasePath: exportBase, Domain: "limber.test"}); err != nil {
		t.Fatalf("export: %v", err)
	}
	origin, stop := serveStatic(t, dir, exportBase)
	p := newPage(t)

	p.do(chromedp.Navigate(origin + exportBase + "/"))
	p.waitBoot()
	waitForPrecache(t, p, len(workerResources(t, dir)))
	stop()

	p.do(chromedp.Reload())
	p.waitBoot()
	var h1 string
	p.eval(`document.querySelector("h1").textContent`, &h1)
	if !strings.Contains(h1, "hamstrings") {
		t.Errorf("offline reload: h1 = %q, want the home headline", h1)
	}

	// A deep link never visited.
	p.do(chromedp.Navigate(origin + exportBase + "/faq"))
	p.waitBoot()
	p.waitJS(`document.querySelector("h1") && document.querySelector("h1").textContent === "Frequently asked questions"`)

	// An exercise never visited: the worker serves its page and the app,
	// reading its slug without the prefix, renders it.
	e := content.Exercises[len(content.Exercises)-1]
	p.do(chromedp.Navigate(origin + exportBase + "/exercises/" + e.Slug))
	p.waitBoot()
	p.waitJS(`document.querySelector("h1") && document.querySelector("h1").textContent === ` + jsString(e.Name))

	want := content.ExercisesByRegion(content.Hamstrings)
	p.do(chromedp.Navigate(origin + exportBase + "/exercises?region=hamstrings"))
	p.waitBoot()
	p.waitJS(`document.querySelectorAll(".exercise-card").length === ` + strconv.Itoa(len(want)))

	// A folder-style address (what hosts redirect to) shows the page, and
	// the address loses the slash go-app's routes do not have.
	p.do(chromedp.Navigate(origin + exportBase + "/guide/"))
	p.waitBoot()
	p.waitJS(`location.pathname === "/limber/guide" && document.querySelector("h1") !== null`)

	// A tap navigates in the app and keeps the prefix in the address.
	p.click(`.tabbar a[href="/limber/exercises"]`)
	p.waitJS(`location.pathname === "/limber/exercises" && document.querySelector("h1").textContent === "Exercise library"`)

	assertNoPrefixlessRequests(t, p.requestURLs(), origin)
	if errs := p.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

// serveStatic serves dir under prefix with Go's plain file server, on
// loopback, and returns the origin and a func that stops it for good.
func serveStatic(t *testing.T, dir, prefix string) (string, func()) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle(prefix+"/", http.StripPrefix(prefix, http.FileServer(http.Dir(dir))))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	stop := func() { srv.Close() }
	t.Cleanup(stop)
	return "http://" + ln.Addr().String(), stop
}

var resourcesRE = regexp.MustCompile(`const RESOURCES = (\[.*?\]);`)

// workerResources reads the precache list from the exported worker.
func workerResources(t *testing.T, dir string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	m := resourcesRE.FindSubmatch(b)
	if m == nil {
		t.Fatal("app-worker.js has no RESOURCES list")
	}
	var res []string
	if err := json.Unmarshal(m[1], &res); err != nil {
		t.Fatalf("RESOURCES: %v", err)
	}
	for _, r := range res {
		if r != exportBase && !strings.HasPrefix(r, exportBase+"/") {
			t.Errorf("worker resource %q lacks the prefix", r)
		}
	}
	return res
}

// waitForPrecache waits until the worker is active and its cache holds at
// least n entries (navigations in its scope go through it from then on).
func waitForPrecache(t *testing.T, p *page, n int) {
	t.Helper()
	p.eval(`(async () => {
		const reg = await navigator.serviceWorker.ready;
		for (;;) {
			const names = (await caches.keys()).filter((k) => k.startsWith("limber-"));
			const counts = await Promise.all(names.map(async (k) => (await (await caches.open(k)).keys()).length));
			if (reg.active && reg.active.state === "activated" && counts.some((c) => c >= `+strconv.Itoa(n)+`)) return true;
			await new Promise((r) => setTimeout(r, 100));
		}
	})()`, nil)
}

// assertNoPrefixlessRequests: every request to the origin stays under the
// prefix (a request outside it would fail on a real host).
func assertNoPrefixlessRequests(t *testing.T, urls []string, origin string) {
	t.Helper()
	for _, u := range urls {
		if strings.HasPrefix(u, origin+"/") && !strings.HasPrefix(u, origin+exportBase+"/") && u != origin+exportBase {
			t.Errorf("request outside %s: %s", exportBase, u)
		}
	}
}

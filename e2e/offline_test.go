package e2e

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"limber/server"
)

// waitFullyCached waits until the service worker is active and its cache
// holds every resource the worker lists: the assets and the app shell.
func waitFullyCached(p *page) int {
	p.t.Helper()
	p.waitJS(`navigator.serviceWorker.getRegistration().then(r => !!(r && r.active && r.active.state === "activated"))`)
	var list []string
	p.eval(`fetch("/app-worker.js").then(r => r.text()).then(t => JSON.parse(t.match(/const RESOURCES = (\[[^\]]*\])/)[1]))`, &list)
	if !slices.Contains(list, "/app-shell") || !slices.Contains(list, "/web/app.wasm") || !slices.Contains(list, "/web/illustrations/cat-cow.svg") || !slices.Contains(list, "/web/icons/ui.svg") {
		p.t.Fatalf("the worker lists %v; expected the app shell and every asset", list)
	}
	n := len(list)
	p.waitJS(`caches.keys().then(ks => Promise.all(ks.filter(k => k.startsWith("limber-")).map(k => caches.open(k).then(c => c.keys())))).then(ls => ls.some(l => l.length >= ` + strconv.Itoa(n) + `))`)
	return n
}

// TestOfflineAfterOneVisit: after a first visit, with the server stopped,
// home reloads, an unvisited deep link and a query-string URL open, a timer
// runs and the red-flag check works.
func TestOfflineAfterOneVisit(t *testing.T) {
	url, stop, err := serveDir("../web", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := newPage(t)
	p.openURL(url + "/")
	waitFullyCached(p)
	// A page visited online is kept whole, prerendered content included.
	p.openURL(url + "/guide/pelvis-link")
	p.waitJS(cachedPageText("/guide/pelvis-link") + `.then(t => t.includes("<h1") && t.includes("pelvis"))`)
	stop() // the honest offline test: nothing answers any more

	p.openURL(url + "/")
	p.waitJS(`document.querySelector("h1").textContent.includes("hamstrings")`)

	p.openURL(url + "/guide/pelvis-link")
	p.waitJS(`document.querySelector("h1").textContent === "How the hamstrings and lower back are linked"`)

	p.openURL(url + "/exercises/foam-roll-erectors")
	p.waitJS(`document.querySelector("h1").textContent === "Foam rolling the back muscles"`)
	// Its figure is drawn by app.wasm and plays offline; the related
	// exercises' cards load their drawings from the cache.
	p.waitJS(`document.querySelector(".exercise-figure .figure-box svg") !== null`)
	p.click("#figure-play")
	p.waitJS(`document.querySelector(".exercise-figure .figure-box").dataset.show === "loop" && !document.querySelector(".exercise-figure svg").animationsPaused()`)
	p.waitJS(`(() => { const i = document.querySelector(".exercise-card img.illustration"); return i && (i.scrollIntoView(), true) && i.complete && i.naturalWidth > 0 })()`)

	p.openURL(url + "/exercises?region=core&kind=strength")
	p.waitJS(`document.querySelector('button.chip[data-value="core"]').getAttribute("aria-pressed") === "true"`)

	p.openURL(url + "/check")
	p.click("#check-submit")
	p.waitJS(`document.getElementById("check-result").dataset.tier === "all-clear"`)

	p.openURL(url + "/routines/quick/play?hold=5&sides=1&sets=1")
	p.click("#player-start")
	p.waitJS(`document.getElementById("player-done") !== null`)

	p.openURL(url + "/no-such-page")
	p.waitJS(`document.getElementById("not-found") !== null`)
}

// TestInstallable: Chromium reports no installability errors and the
// manifest carries every field Limber promises.
func TestInstallable(t *testing.T) {
	p := newPageIn(t)
	p.open("/")
	waitFullyCached(p)
	res, err := chromedp.Run(p.ctx, func(ctx context.Context, tg *chromedp.Target) (cdppage.GetInstallabilityErrorsResult, error) {
		return cdp.Call(ctx, tg, cdppage.GetInstallabilityErrors, cdp.Empty{})
	})
	if err != nil {
		t.Fatalf("installability: %v", err)
	}
	for _, e := range res.InstallabilityErrors {
		t.Errorf("installability error: %s %v", e.ErrorID, e.ErrorArguments)
	}
	_, body := get(t, "/manifest.webmanifest")
	var m map[string]any
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatalf("manifest is not JSON: %v", err)
	}
	for _, k := range []string{"name", "short_name", "description", "id", "start_url", "scope", "display", "theme_color", "background_color", "icons", "shortcuts", "screenshots", "categories"} {
		if m[k] == nil || m[k] == "" {
			t.Errorf("manifest lacks %s", k)
		}
	}
	if m["display"] != "standalone" {
		t.Errorf("display = %v, want standalone", m["display"])
	}
	assertManifestImages(t, m)
}

// assertManifestImages checks every icon and screenshot exists, and that a
// maskable icon, a 192 and a 512 PNG and an SVG are there.
func assertManifestImages(t *testing.T, m map[string]any) {
	t.Helper()
	want := map[string]bool{"192x192": false, "512x512": false, "maskable": false, "svg": false}
	for _, key := range []string{"icons", "screenshots"} {
		list, _ := m[key].([]any)
		for _, it := range list {
			img := it.(map[string]any)
			src, _ := img["src"].(string)
			if status, _ := get(t, src); status != http.StatusOK {
				t.Errorf("%s %s = %d", key, src, status)
			}
			if key != "icons" {
				continue
			}
			want[img["sizes"].(string)] = true
			if img["purpose"] == "maskable" {
				want["maskable"] = true
			}
			if img["type"] == "image/svg+xml" {
				want["svg"] = true
			}
		}
	}
	for k, ok := range want {
		if !ok {
			t.Errorf("manifest icons lack %s", k)
		}
	}
}

// copyWeb copies ../web into a temp folder (plus extra files) so a test can
// serve a second version of Limber.
func copyWeb(t *testing.T, extra map[string]string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.Walk("../web", func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("../web", path)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		return copyFile(path, target)
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range extra {
		if err := os.WriteFile(filepath.Join(dst, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// TestUpdateFlow serves version A, then version B on the same address: no
// banner while a routine runs; afterwards the banner appears, the reload
// shows B, and settings and history are intact.
func TestUpdateFlow(t *testing.T) {
	dirA := copyWeb(t, nil)
	dirB := copyWeb(t, map[string]string{"version-b.txt": "B"})
	versionB, err := server.ContentVersion(dirB)
	if err != nil {
		t.Fatal(err)
	}
	url, stopA, err := serveDir(dirA, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := strings.TrimPrefix(url, "http://")
	p := newPage(t)
	injectScript(p, clockSkew) // so the session runs the 30 s history counts
	p.openURL(url + "/settings")
	waitFullyCached(p)
	// Personal data that must survive the update: a setting and a session.
	p.click("#theme-dark")
	p.waitJS(`document.documentElement.dataset.theme === "dark"`)
	p.openURL(url + "/check")
	p.click("#check-submit")
	p.waitJS(`document.getElementById("check-result") !== null`)
	p.openURL(url + "/routines/quick/play?hold=30&sides=2&sets=2")
	p.click("#player-start")
	p.waitJS(`document.getElementById("player") !== null`)

	// Version B goes live while the routine runs.
	stopA()
	_, stopB, err := serveDir(dirB, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer stopB()
	p.eval(`navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)`, nil)
	p.waitJS(`caches.keys().then(ks => ks.includes("limber-` + versionB + `"))`)
	p.waitJS(`navigator.serviceWorker.getRegistration().then(r => r.active && r.active.scriptURL && !r.installing && !r.waiting)`)
	var banners int
	p.eval(`document.querySelectorAll("#update-banner").length`, &banners)
	if banners != 0 {
		t.Errorf("the update banner interrupted a running routine")
	}
	p.eval(`localStorage.setItem("test.skew", "40000")`, nil)
	p.waitJS(`Number(document.getElementById("player").dataset.index) >= 2`)
	p.click("#player-end")
	p.click("#end-confirm")
	p.waitJS(`document.getElementById("player-done") !== null`)
	p.click(`#player-done a[href="/history"]`)
	p.waitJS(`document.getElementById("update-banner") !== null`)
	p.click("#update-reload")
	p.waitBoot()
	p.waitJS(`goappGetenv("GOAPP_VERSION") === "` + versionB + `"`)
	p.waitJS(`document.documentElement.dataset.theme === "dark"`)
	p.waitJS(`location.pathname === "/history" && document.querySelectorAll("#session-list li").length === 1`)
}

// TestFirstPageKeptForOffline: the page a visitor first lands on is not
// controlled by the new worker, so the worker fetches it when it activates;
// offline, that page then comes back whole, prerendered content included,
// before the app even starts.
func TestFirstPageKeptForOffline(t *testing.T) {
	url, stop, err := serveDir("../web", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := newPage(t)
	p.openURL(url + "/faq")
	waitFullyCached(p)
	p.waitJS(cachedPageText("/faq") + `.then(t => t.includes("Frequently asked questions"))`)
	stop()

	// go-app's switch: the HTML alone, no app (so nothing to wait for).
	p.do(chromedp.Navigate(url + "/faq?wasm=false"))
	p.waitJS(`document.querySelector("h1") !== null && document.querySelector("h1").textContent === "Frequently asked questions"`)
}

// cachedPageText is JS for a promise of the HTML the worker keeps for path
// ("" while it keeps none).
func cachedPageText(path string) string {
	return `caches.keys().then(ks => caches.open(ks.find(k => k.startsWith("limber-")))).then(c => c.match(` + jsString(path) + `)).then(r => r ? r.text() : "")`
}

// Package e2e drives Debian's Chromium through chromedp against Limber served
// on loopback. Run through `make test`, which builds app.wasm first and
// installs Chromium when it can.
package e2e

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"limber/server"
)

// chromiumPath is the browser the tests drive: $CHROMIUM (the Makefile's
// setting) or Debian's chromium.
var chromiumPath = cmp.Or(os.Getenv("CHROMIUM"), "/usr/bin/chromium")

var (
	baseURL    string
	browserCtx context.Context
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	if _, err := os.Stat(chromiumPath); err != nil {
		fmt.Fprintln(os.Stderr, "browser tests need Debian's chromium at", chromiumPath, "- run `make test` (it installs it) or `apt-get install chromium`")
		return 1
	}
	if _, err := os.Stat("../web/app.wasm"); err != nil {
		fmt.Fprintln(os.Stderr, "browser tests need ../web/app.wasm - run `make test`, which builds it first")
		return 1
	}
	stop, err := startServer()
	if err != nil {
		fmt.Fprintln(os.Stderr, "starting server:", err)
		return 1
	}
	defer stop()

	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserOptions()...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "starting chromium:", err)
		return 1
	}
	browserCtx = ctx
	return m.Run()
}

func browserOptions() []chromedp.ExecAllocatorOption {
	opts := append([]chromedp.ExecAllocatorOption{}, chromedp.DefaultExecAllocatorOptions[:]...)
	return append(opts,
		chromedp.ExecPath(chromiumPath),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.WindowSize(390, 844),
	)
}

// startServer serves ../web on a loopback port, as `make run` does.
func startServer() (func(), error) {
	url, stop, err := serveDir("../web", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	baseURL = url
	return stop, nil
}

// serveDir serves a web folder on addr (":0" picks a port) and returns its
// URL and a stop function; tests that go offline or update stop their own.
func serveDir(webDir, addr string) (string, func(), error) {
	h, err := server.NewHandler(server.Config{WebDir: webDir, Addr: addr, Domain: "limber.test"})
	if err != nil {
		return "", nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), func() { srv.Close() }, nil
}

// page is one browser tab at phone size, recording console errors and every
// request URL so tests can assert on both.
type page struct {
	t        *testing.T
	ctx      context.Context
	mu       sync.Mutex
	errors   []string
	requests []string
}

func newPage(t *testing.T) *page {
	t.Helper()
	// A fresh browser context per test: its own localStorage and caches.
	return newPageIn(t, chromedp.WithNewBrowserContext())
}

// newPageIn opens a tab with the given context options; with none, the tab
// shares the browser's default profile (which, unlike a fresh browser
// context, is not incognito, so Chromium will consider installing the app).
func newPageIn(t *testing.T, opts ...chromedp.ContextOption) *page {
	t.Helper()
	return newTab(t, browserCtx, opts...)
}

// newTabBeside opens a second tab in p's browser context: same storage, as
// two tabs of one phone's browser.
func newTabBeside(t *testing.T, p *page) *page {
	t.Helper()
	return newTab(t, p.ctx)
}

func newTab(t *testing.T, parent context.Context, opts ...chromedp.ContextOption) *page {
	t.Helper()
	ctx, cancel := chromedp.NewContext(parent, opts...)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancel() })
	p := &page{t: t, ctx: ctx}
	if err := chromedp.Listen(ctx, p.record); err != nil {
		t.Fatalf("listening to the tab: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile)); err != nil {
		t.Fatalf("phone viewport: %v", err)
	}
	injectScript(p, bootWatchJS)
	return p
}

// bootWatchJS keeps the prerendered page's root, which go-app replaces with
// its own first render: until then the page is the server's HTML, and a
// check run on it (axe runs across several tasks) would see that HTML torn
// out from under it.
const bootWatchJS = `document.addEventListener("DOMContentLoaded", () => { window.limberPrerendered = document.body.firstElementChild; });`

func (p *page) record(ev any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		p.requests = append(p.requests, e.Request.URL)
	}
	if msg, ok := consoleError(ev); ok {
		p.errors = append(p.errors, msg)
	}
}

// do runs steps and fails the test with context on error.
func (p *page) do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, steps...); err != nil {
		p.t.Fatalf("browser: %v", err)
	}
}

// open navigates and waits until go-app has booted: the loader is gone and
// go-app's first render has replaced the prerendered page (Limber starts Go
// and renders in separate tasks, so the loader goes first).
func (p *page) open(path string) {
	p.t.Helper()
	p.openURL(baseURL + path)
}

func (p *page) openURL(url string) {
	p.t.Helper()
	p.do(chromedp.Navigate(url))
	p.waitBoot()
}

func (p *page) waitBoot() {
	p.t.Helper()
	p.eval(`new Promise((resolve) => {
		const booted = () => !document.getElementById("app-wasm-loader") && window.limberPrerendered && !window.limberPrerendered.isConnected;
		const check = () => booted() ? resolve(true) : setTimeout(check, 20);
		check();
	})`, nil)
}

// settle waits until go-app has stopped changing the DOM (100 ms quiet,
// at most 3 s): a tap aimed before a late change of layout can land on
// whatever moved under it.
func (p *page) settle() {
	p.t.Helper()
	p.eval(`new Promise((resolve) => {
		let timer = setTimeout(done, 100);
		const mo = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, 100); });
		const cap = setTimeout(done, 3000);
		function done() { mo.disconnect(); clearTimeout(cap); resolve(true); }
		mo.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["class", "hidden", "aria-hidden", "style"]});
	})`, nil)
}

// goTo navigates client-side, as a tap on a link does.
func (p *page) goTo(path string) {
	p.t.Helper()
	p.eval(`window.goappNav(`+jsString(path)+`); true`, nil)
	p.waitJS(`location.pathname + location.search === ` + jsString(path))
}

// eval evaluates JS (awaiting promises) into out (may be nil).
func (p *page) eval(js string, out any) {
	p.t.Helper()
	res, err := chromedp.Run(p.ctx, chromedp.Evaluate[any](js, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("evaluating %q: %v", firstLine(js), err)
	}
	if out == nil {
		return
	}
	assign(p.t, res, out)
}

// waitJS waits until a JS expression is truthy. The expression may return a
// promise and may throw while the page is still rendering (both are
// retried), so tests can wait on async browser state such as caches.
func (p *page) waitJS(js string) {
	p.t.Helper()
	poll := `new Promise(async (resolve, reject) => {
		const deadline = Date.now() + 60000;
		let last = "";
		while (Date.now() < deadline) {
			try { if (await (` + js + `)) return resolve(true); } catch (e) { last = String(e); }
			await new Promise(r => setTimeout(r, 25));
		}
		reject(new Error("timed out after 60 s " + last));
	})`
	if _, err := chromedp.Run(p.ctx, chromedp.Evaluate[bool](poll, chromedp.EvalAwaitPromise)); err != nil {
		p.t.Fatalf("waiting for %q: %v", firstLine(js), err)
	}
}

func (p *page) text(sel string) string {
	p.t.Helper()
	s, err := chromedp.Run(p.ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		p.t.Fatalf("text of %s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

func (p *page) click(sel string) {
	p.t.Helper()
	p.do(chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible))
}

func (p *page) consoleErrors() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.errors...)
}

func (p *page) requestURLs() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.requests...)
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i > 0 {
		return s[:i] + "…"
	}
	return s
}

// has reports whether sel matches an element now.
func (p *page) has(sel string) bool {
	p.t.Helper()
	var ok bool
	js, _ := json.Marshal(sel)
	p.eval(`document.querySelector(`+string(js)+`) !== null`, &ok)
	return ok
}

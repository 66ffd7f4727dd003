package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// countingServer serves a handler on loopback and counts every byte it
// writes: the server's view of a visit, service-worker fetches included
// (Chromium reports those on the worker's target, not the page's).
type countingServer struct {
	URL     string
	written atomic.Int64
	srv     *http.Server
}

func startCountingServer(h http.Handler) (*countingServer, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &countingServer{URL: "http://" + ln.Addr().String()}
	s.srv = &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go s.srv.Serve(countingListener{Listener: ln, n: &s.written})
	return s, nil
}

func (s *countingServer) Close() { s.srv.Close() }

type countingListener struct {
	net.Listener
	n *atomic.Int64
}

func (l countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return countingConn{Conn: c, n: l.n}, nil
}

type countingConn struct {
	net.Conn
	n *atomic.Int64
}

func (c countingConn) Write(b []byte) (int, error) {
	n, err := c.Conn.Write(b)
	c.n.Add(int64(n))
	return n, err
}

var workerListRE = regexp.MustCompile(`(?:RESOURCES|resourcesToCache) = (\[.*?\]);`)

// precacheSize is how many resources the app's service worker precaches.
func precacheSize(base string) (int, error) {
	res, err := http.Get(base + "/app-worker.js")
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return 0, err
	}
	m := workerListRE.FindSubmatch(b)
	if m == nil {
		return 0, fmt.Errorf("%s/app-worker.js has no resource list", base)
	}
	var list []string
	if err := json.Unmarshal(m[1], &list); err != nil {
		return 0, err
	}
	return len(list), nil
}

// bootJS waits until go-app has removed its loader.
const bootJS = `!document.getElementById("app-wasm-loader")`

// pollTrue waits until js is truthy.
func pollTrue(js string, timeout time.Duration) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Poll[bool](js, chromedp.WithPollingTimeout(timeout))(ctx, t)
		return err
	})
}

// precachedJS resolves once the worker is active and a cache holds WANT
// entries (go-app's own worker precaches outside waitUntil, so activation
// alone proves nothing).
const precachedJS = `(async () => {
	const reg = await navigator.serviceWorker.ready;
	for (let i = 0; i < 1200; i++) {
		let n = 0;
		for (const k of await caches.keys()) n = Math.max(n, (await (await caches.open(k)).keys()).length);
		if (n >= WANT && reg.active && reg.active.state === "activated") return n;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error("the service worker cache never filled");
})()`

func waitPrecached(want int) chromedp.Action[chromedp.Void] {
	return chromedp.Evaluate[chromedp.Void](strings.ReplaceAll(precachedJS, "WANT", fmt.Sprint(want)), chromedp.EvalAwaitPromise)
}

// chromium is one headless Chromium for the visit measurements; each
// measurement opens a fresh browser context (empty caches and storage).
type chromium struct {
	ctx    context.Context
	cancel func()
}

func newChromium() (*chromium, error) {
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserOptions(false)...)
	ctx, cancel := chromedp.NewContext(alloc)
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		cancelAlloc()
		return nil, fmt.Errorf("starting chromium: %w", err)
	}
	return &chromium{ctx: ctx, cancel: func() { cancel(); cancelAlloc() }}, nil
}

func (b *chromium) Close() { b.cancel() }

// tab opens a fresh context with a phone-sized viewport.
func (b *chromium) tab() (context.Context, func(), error) {
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	stop := func() { cancelT(); cancel() }
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile)); err != nil {
		stop()
		return nil, nil, err
	}
	return ctx, stop, nil
}

// visit is what one first visit cost.
type visit struct {
	PageBytes    int64 // encoded bytes (headers included) the page's requests received
	PageRequests int
	ServerBytes  int64 // everything the server wrote, worker precache included (-1 if not counted)
}

// firstVisit loads base in a fresh context until go-app has booted and the
// service worker holds everything, summing Chromium's Network events.
func (b *chromium) firstVisit(base string, want int, server *countingServer) (visit, error) {
	ctx, stop, err := b.tab()
	if err != nil {
		return visit{}, err
	}
	defer stop()
	var mu sync.Mutex
	v := visit{ServerBytes: -1}
	err = chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventLoadingFinished); ok {
			mu.Lock()
			v.PageBytes += int64(e.EncodedDataLength)
			v.PageRequests++
			mu.Unlock()
		}
	})
	if err != nil {
		return visit{}, err
	}
	if server != nil {
		server.written.Store(0)
	}
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		pollTrue(bootJS, time.Minute),
		waitPrecached(want),
		chromedp.Sleep(500*time.Millisecond), // late requests settle
	); err != nil {
		return visit{}, err
	}
	if server != nil {
		v.ServerBytes = server.written.Load()
	}
	mu.Lock()
	defer mu.Unlock()
	return v, nil
}

// ttiObserverJS records when the app is interactive, in ms since
// navigation start, as window.limberTTI: go-app has removed its loader and
// replaced the prerendered page with the one it rendered (Limber starts Go
// and renders in separate tasks, so the loader goes before the render).
const ttiObserverJS = `(() => {
	let loaderSeen = false, loaderGone = 0, mounted = 0, root = null;
	new MutationObserver((_, obs) => {
		const now = performance.now();
		if (!root && document.body && document.body.firstElementChild) root = document.body.firstElementChild;
		if (document.getElementById("app-wasm-loader")) loaderSeen = true;
		else if (loaderSeen && !loaderGone) loaderGone = now;
		if (root && !root.isConnected && !mounted) mounted = now;
		if (loaderGone && mounted) { window.limberTTI = Math.max(loaderGone, mounted); obs.disconnect(); }
	}).observe(document, { childList: true, subtree: true });
})();`

// ttiFromCache visits base once, waits for the precache, then opens it
// again (served by the worker) and times navigation start → interactive.
func (b *chromium) ttiFromCache(base string, want int) (float64, error) {
	ctx, stop, err := b.tab()
	if err != nil {
		return 0, err
	}
	defer stop()
	addObserver := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: ttiObserverJS})
		return err
	})
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		pollTrue(bootJS, time.Minute),
		waitPrecached(want),
		addObserver,
		chromedp.Navigate(base+"/"),
	); err != nil {
		return 0, err
	}
	return chromedp.Run(ctx, chromedp.Poll[float64](`window.limberTTI`, chromedp.WithPollingTimeout(time.Minute)))
}

// ttiRuns measures ttiFromCache n times for each app, alternating between
// them so that whatever else this machine does weighs on both alike.
func (b *chromium) ttiRuns(apps []ttiApp, n int) ([][]float64, error) {
	out := make([][]float64, len(apps))
	for range n {
		for i, a := range apps {
			ms, err := b.ttiFromCache(a.URL, a.Want)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", a.Name, err)
			}
			out[i] = append(out[i], ms)
		}
	}
	return out, nil
}

// ttiApp is one app whose time to interactive is measured.
type ttiApp struct {
	Name, URL string
	Want      int // resources its worker precaches
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

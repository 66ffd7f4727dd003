package server

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"

	"limber/server/precompress"
)

// cssBody is long and repetitive enough to be worth compressing.
var cssBody = strings.Repeat(".card { padding: 1rem; margin: 0 auto; }\n", 200)

// richWebDir is a web/ folder with one file of each type Limber serves,
// precompressed as `make build` does, and a secret beside it that no URL
// may reach.
func richWebDir(t testing.TB) string {
	t.Helper()
	root := t.TempDir()
	web := filepath.Join(root, "web")
	files := map[string]string{
		"app.wasm":         "\x00asm" + strings.Repeat("\x01\x02\x03\x04", 1000),
		"limber.css":       cssBody,
		"icons/icon.svg":   `<svg xmlns="http://www.w3.org/2000/svg">` + strings.Repeat(`<rect width="1" height="1"/>`, 40) + `</svg>`,
		"icons/icon-1.png": "\x89PNG\r\n\x1a\n" + strings.Repeat("x", 600),
		"data.json":        `{"a":[` + strings.Repeat(`1,`, 300) + `1]}`,
	}
	for name, body := range files {
		write(t, filepath.Join(web, name), body)
	}
	write(t, filepath.Join(root, "secret.txt"), "TOPSECRET")
	write(t, filepath.Join(web, ".hidden"), "TOPSECRET")
	if _, err := precompress.Dir(web); err != nil {
		t.Fatal(err)
	}
	return web
}

func write(t testing.TB, name, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func richHandler(t testing.TB) http.Handler {
	t.Helper()
	h, err := NewHandler(Config{WebDir: richWebDir(t), Domain: "limber.test"})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// request serves one request in process with the given headers.
func request(h http.Handler, method, target string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestHeadersOnEveryResponse(t *testing.T) {
	h := richHandler(t)
	cases := []*httptest.ResponseRecorder{
		request(h, "GET", "/"),
		request(h, "GET", "/web/app.wasm"),
		request(h, "GET", "/app.js"),
		request(h, "GET", "/nope"),
		request(h, "GET", "/web/nope.css"),
		request(h, "POST", "/"),
		request(h, "GET", "/"+strings.Repeat("a", maxURLBytes)),
		request(h, "GET", "/", "If-None-Match", "*"),
	}
	want := map[string]string{
		"Content-Security-Policy":    csp,
		"X-Content-Type-Options":     "nosniff",
		"Referrer-Policy":            "strict-origin-when-cross-origin",
		"Cross-Origin-Opener-Policy": "same-origin",
	}
	for i, rec := range cases {
		for k, v := range want {
			if got := rec.Header().Get(k); got != v {
				t.Errorf("case %d (%d): %s = %q, want %q", i, rec.Code, k, got, v)
			}
		}
		pp := rec.Header().Get("Permissions-Policy")
		for _, f := range []string{"screen-wake-lock=(self)", "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"} {
			if !strings.Contains(pp, f) {
				t.Errorf("case %d: Permissions-Policy %q lacks %s", i, pp, f)
			}
		}
	}
}

func TestCSPIsStrict(t *testing.T) {
	if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "'unsafe-eval'") {
		t.Errorf("CSP allows inline code or eval: %s", csp)
	}
	for _, d := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'"} {
		if !strings.Contains(csp, d) {
			t.Errorf("CSP lacks %q", d)
		}
	}
}

func TestMIMETypesArePinned(t *testing.T) {
	h := richHandler(t)
	for path, want := range map[string]string{
		"/web/app.wasm":         "application/wasm",
		"/app.wasm":             "application/wasm",
		"/web/limber.css":       "text/css; charset=utf-8",
		"/web/icons/icon.svg":   "image/svg+xml",
		"/web/icons/icon-1.png": "image/png",
		"/web/data.json":        "application/json",
		"/app.js":               "text/javascript; charset=utf-8",
		"/wasm_exec.js":         "text/javascript; charset=utf-8",
		"/app-worker.js":        "text/javascript; charset=utf-8",
		"/app.css":              "text/css; charset=utf-8",
		"/manifest.webmanifest": "application/manifest+json",
		"/":                     "text/html; charset=utf-8",
		"/sitemap.xml":          "application/xml; charset=utf-8",
		"/robots.txt":           "text/plain; charset=utf-8",
	} {
		rec := request(h, "GET", path)
		if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != want {
			t.Errorf("GET %s = %d %q, want 200 %q", path, rec.Code, rec.Header().Get("Content-Type"), want)
		}
	}
}

func TestEncodingNegotiation(t *testing.T) {
	h := richHandler(t)
	for _, c := range []struct{ accept, want string }{
		{"", ""},
		{"identity", ""},
		{"gzip", "gzip"},
		{"br", "br"},
		{"gzip, deflate, br, zstd", "br"},
		{"br;q=0.5, gzip", "gzip"},
		{"br;q=0, gzip;q=0", ""},
		{"*", "br"},
		{"*;q=0.1, gzip;q=0", "br"},
		{"GZIP", "gzip"},
	} {
		for _, path := range []string{"/web/limber.css", "/web/app.wasm", "/", "/app.js", "/exercises", "/exercises?region=core"} {
			rec := request(h, "GET", path, "Accept-Encoding", c.accept)
			if got := rec.Header().Get("Content-Encoding"); got != c.want {
				t.Errorf("%s with Accept-Encoding %q: encoding %q, want %q", path, c.accept, got, c.want)
				continue
			}
			if rec.Header().Get("Vary") != "Accept-Encoding" {
				t.Errorf("%s: Vary = %q, want Accept-Encoding", path, rec.Header().Get("Vary"))
			}
			if rec.Header().Get("Content-Length") != fmt.Sprint(rec.Body.Len()) {
				t.Errorf("%s: Content-Length %s for %d bytes", path, rec.Header().Get("Content-Length"), rec.Body.Len())
			}
			if path == "/web/limber.css" && decode(t, c.want, rec.Body.Bytes()) != cssBody {
				t.Errorf("%s with %q: body does not decode to the file", path, c.accept)
			}
		}
	}
	// Images are served as they are, with nothing to vary on.
	rec := request(h, "GET", "/web/icons/icon-1.png", "Accept-Encoding", "br, gzip")
	if rec.Header().Get("Content-Encoding") != "" || rec.Header().Get("Vary") != "" {
		t.Errorf("png: encoding %q vary %q, want neither", rec.Header().Get("Content-Encoding"), rec.Header().Get("Vary"))
	}
}

func decode(t *testing.T, coding string, b []byte) string {
	t.Helper()
	var r io.Reader = bytes.NewReader(b)
	switch coding {
	case "br":
		r = brotli.NewReader(r)
	case "gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("decoding %s: %v", coding, err)
	}
	return string(out)
}

func TestStaleSiblingIsIgnored(t *testing.T) {
	web := richWebDir(t)
	css := filepath.Join(web, "limber.css")
	write(t, css, "body { color: red; }"+cssBody)
	old := time.Now().Add(-time.Hour)
	for _, s := range []string{".br", ".gz"} {
		if err := os.Chtimes(css+s, old, old); err != nil {
			t.Fatal(err)
		}
	}
	h, err := NewHandler(Config{WebDir: web})
	if err != nil {
		t.Fatal(err)
	}
	rec := request(h, "GET", "/web/limber.css", "Accept-Encoding", "br, gzip")
	if !strings.HasPrefix(decode(t, rec.Header().Get("Content-Encoding"), rec.Body.Bytes()), "body { color: red; }") {
		t.Error("a stale .br or .gz was served instead of the edited file")
	}
}

func TestETagsAndNotModified(t *testing.T) {
	h := richHandler(t)
	for _, path := range []string{"/web/limber.css", "/web/icons/icon-1.png", "/", "/exercises", "/app.js", "/manifest.webmanifest"} {
		first := request(h, "GET", path, "Accept-Encoding", "br")
		etag := first.Header().Get("ETag")
		if etag == "" || first.Header().Get("Cache-Control") != "no-cache" {
			t.Errorf("%s: ETag %q, Cache-Control %q; want a tag and no-cache", path, etag, first.Header().Get("Cache-Control"))
			continue
		}
		for _, inm := range []string{etag, "W/" + etag, `"other", ` + etag, "*"} {
			rec := request(h, "GET", path, "Accept-Encoding", "br", "If-None-Match", inm)
			if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 || rec.Header().Get("ETag") != etag {
				t.Errorf("%s If-None-Match %s: %d with %d bytes, want an empty 304", path, inm, rec.Code, rec.Body.Len())
			}
		}
		if rec := request(h, "GET", path, "Accept-Encoding", "br", "If-None-Match", `"stale"`); rec.Code != http.StatusOK {
			t.Errorf("%s with a stale tag: %d, want 200", path, rec.Code)
		}
	}
	// A gzip client must not be told its brotli copy is current.
	br := request(h, "GET", "/web/limber.css", "Accept-Encoding", "br").Header().Get("ETag")
	if rec := request(h, "GET", "/web/limber.css", "Accept-Encoding", "gzip", "If-None-Match", br); rec.Code != http.StatusOK {
		t.Errorf("gzip request with the brotli ETag: %d, want 200", rec.Code)
	}
	// go-app tags everything with the build version; a file's tag is its own.
	css := request(h, "GET", "/web/limber.css").Header().Get("ETag")
	svg := request(h, "GET", "/web/icons/icon.svg").Header().Get("ETag")
	if css == svg {
		t.Errorf("two files share the ETag %s", css)
	}
	// An error page is never "not modified".
	if rec := request(h, "GET", "/nope", "If-None-Match", "*"); rec.Code != http.StatusNotFound {
		t.Errorf("unknown page with If-None-Match: %d, want 404", rec.Code)
	}
}

func TestHEADHasNoBody(t *testing.T) {
	h := richHandler(t)
	get := request(h, "GET", "/web/limber.css", "Accept-Encoding", "br")
	head := request(h, "HEAD", "/web/limber.css", "Accept-Encoding", "br")
	if head.Code != http.StatusOK || head.Body.Len() != 0 || head.Header().Get("Content-Length") != fmt.Sprint(get.Body.Len()) {
		t.Errorf("HEAD: %d, %d body bytes, Content-Length %s; want 200, none, %d", head.Code, head.Body.Len(), head.Header().Get("Content-Length"), get.Body.Len())
	}
}

func TestOtherMethodsAre405(t *testing.T) {
	h := richHandler(t)
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND"} {
		rec := request(h, m, "/web/limber.css")
		if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" {
			t.Errorf("%s = %d Allow %q, want 405 with Allow: GET, HEAD", m, rec.Code, rec.Header().Get("Allow"))
		}
	}
}

// liveServer serves h like Run does (same http.Server settings), on
// loopback, and stops it when the test ends.
func liveServer(t *testing.T, h http.Handler, cfg Config) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, h, cfg) }()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	return ln.Addr().String()
}

// raw sends a request as written (no client-side cleaning of the path) and
// returns the status and body.
func raw(t *testing.T, addr, request string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(conn, request); err != nil {
		t.Fatal(err)
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("reading the response to %.60q: %v", request, err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(body)
}

func TestLongURLsAndHeaders(t *testing.T) {
	addr := liveServer(t, richHandler(t), Config{})
	long := "/" + strings.Repeat("a", 9<<10)
	if code, _ := raw(t, addr, "GET "+long+" HTTP/1.1\r\nHost: x\r\n\r\n"); code != http.StatusRequestURITooLong {
		t.Errorf("9 KB URL: %d, want 414", code)
	}
	if code, _ := raw(t, addr, "GET /?q="+strings.Repeat("b", 9<<10)+" HTTP/1.1\r\nHost: x\r\n\r\n"); code != http.StatusRequestURITooLong {
		t.Errorf("9 KB query: %d, want 414", code)
	}
	big := "X-Big: " + strings.Repeat("c", 32<<10) + "\r\n"
	if code, _ := raw(t, addr, "GET / HTTP/1.1\r\nHost: x\r\n"+big+"\r\n"); code != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("32 KB header: %d, want 431", code)
	}
	if code, _ := raw(t, addr, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"); code != http.StatusOK {
		t.Errorf("after the bad requests, GET / = %d, want 200", code)
	}
}

func TestPathTraversal(t *testing.T) {
	addr := liveServer(t, richHandler(t), Config{})
	for _, p := range []string{
		"/web/../secret.txt",
		"/web/%2e%2e/secret.txt",
		"/web/%2E%2E%2Fsecret.txt",
		"/web/..%2fsecret.txt",
		"/web/..\\secret.txt",
		"/web/.hidden",
		"/web//../../secret.txt",
		"/../../../../etc/passwd",
		"/web/%00",
		"/web/icons/../../secret.txt",
		"/%2e%2e/%2e%2e/etc/passwd",
	} {
		code, body := raw(t, addr, "GET "+p+" HTTP/1.1\r\nHost: x\r\n\r\n")
		if code == http.StatusOK || strings.Contains(body, "TOPSECRET") || strings.Contains(body, "root:") {
			t.Errorf("GET %s = %d and leaked a file", p, code)
		}
		if code >= 500 {
			t.Errorf("GET %s = %d, want a client error", p, code)
		}
	}
}

// A client that sends its headers a byte at a time is cut off once
// ReadHeaderTimeout passes, however much it keeps sending.
func TestSlowlorisIsCutOff(t *testing.T) {
	timeout := 200 * time.Millisecond
	addr := liveServer(t, richHandler(t), Config{ReadHeaderTimeout: timeout})
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	start := time.Now()
	io.WriteString(conn, "GET / HTTP/1.1\r\nHost: x\r\n")
	closed := make(chan time.Duration, 1)
	go func() {
		io.Copy(io.Discard, conn) // returns when the server closes the connection
		closed <- time.Since(start)
	}()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case d := <-closed:
			if d < timeout {
				t.Errorf("cut off after %s, before the %s timeout", d, timeout)
			}
			return
		case <-tick.C:
			conn.Write([]byte("X")) // one more header byte
		case <-deadline:
			t.Fatal("a client trickling headers was still connected after 5 s")
		}
	}
}

// bigWebDir holds an incompressible app.wasm large enough that loopback
// buffers cannot swallow it, so a download is really in flight.
func bigWebDir(t *testing.T, size int) string {
	t.Helper()
	web := filepath.Join(t.TempDir(), "web")
	b := make([]byte, size)
	rand.Read(b)
	if err := os.MkdirAll(web, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(web, "app.wasm"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return web
}

func TestGracefulShutdownLetsDownloadsFinish(t *testing.T) {
	const size = 48 << 20
	h, err := NewHandler(Config{WebDir: bigWebDir(t, size)})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, shutdown := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, h, Config{}) }()

	res, err := http.Get("http://" + ln.Addr().String() + "/web/app.wasm")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if _, err := io.ReadFull(res.Body, make([]byte, 1<<20)); err != nil {
		t.Fatal(err)
	}
	shutdown()
	time.Sleep(100 * time.Millisecond) // Shutdown closes the listener at once
	if c, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		c.Close()
		t.Error("the server still accepts connections while shutting down")
	}
	rest, err := io.Copy(io.Discard, res.Body)
	if err != nil || rest+1<<20 != size {
		t.Errorf("download after shutdown began: %d of %d bytes, %v", rest+1<<20, size, err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("Serve did not return after the download finished")
	}
}

func TestDefaultsHonourPORT(t *testing.T) {
	t.Setenv("PORT", "9123")
	c := Config{}.withDefaults()
	if c.Addr != ":9123" || c.Domain != "localhost:9123" {
		t.Errorf("with PORT=9123: Addr %q Domain %q", c.Addr, c.Domain)
	}
	if c := (Config{Addr: "127.0.0.1:7000"}).withDefaults(); c.Addr != "127.0.0.1:7000" {
		t.Errorf("-addr lost to PORT: %q", c.Addr)
	}
	for in, want := range map[string]string{"": "", "/": "", "limber": "/limber", "/limber/": "/limber", " /a/b/ ": "/a/b"} {
		if got := cleanBase(in); got != want {
			t.Errorf("cleanBase(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestErrorAnswersCarrySecurityHeaders: the answers Go would write itself
// (431 for huge headers, OPTIONS *) come from Limber, with its headers.
func TestErrorAnswersCarrySecurityHeaders(t *testing.T) {
	addr := liveServer(t, richHandler(t), Config{})
	big := "X-Big: " + strings.Repeat("c", 32<<10) + "\r\n"
	for request, want := range map[string]int{
		"GET / HTTP/1.1\r\nHost: x\r\n" + big + "\r\n":                        http.StatusRequestHeaderFieldsTooLarge,
		"OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n":                               http.StatusMethodNotAllowed,
		"GET /" + strings.Repeat("a", 9<<10) + " HTTP/1.1\r\nHost: x\r\n\r\n": http.StatusRequestURITooLong,
	} {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		conn.SetDeadline(time.Now().Add(5 * time.Second))
		io.WriteString(conn, request)
		res, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("reading the answer to %.40q: %v", request, err)
		}
		res.Body.Close()
		conn.Close()
		if res.StatusCode != want {
			t.Errorf("%.40q: status %d, want %d", request, res.StatusCode, want)
		}
		for k := range securityHeaders {
			if res.Header.Get(k) == "" {
				t.Errorf("%.40q (%d) has no %s header", request, res.StatusCode, k)
			}
		}
	}
}

package server

import (
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"

	"limber/server/precompress"
)

// asset is one response body with every encoding Limber has for it. Assets
// never change once built, so they are shared between requests.
type asset struct {
	contentType string
	hash        string // of raw; ETags add the encoding
	raw, br, gz []byte // br and gz are nil when not worth sending
}

func newAsset(contentType string, raw []byte) *asset {
	sum := sha256.Sum256(raw)
	return &asset{contentType: contentType, hash: hex.EncodeToString(sum[:8]), raw: raw}
}

// compressed fills in brotli and gzip bodies for a compressible type.
func (a *asset) compressed(quality int) *asset {
	if !compressibleType(a.contentType) {
		return a
	}
	if br := precompress.Brotli(a.raw, quality); precompress.Worth(a.raw, br) {
		a.br = br
	}
	if gz := precompress.Gzip(a.raw, gzipLevel(quality)); precompress.Worth(a.raw, gz) {
		a.gz = gz
	}
	return a
}

func gzipLevel(brotliQuality int) int {
	if brotliQuality >= precompress.Best {
		return gzip.BestCompression
	}
	return gzip.DefaultCompression
}

func compressibleType(ct string) bool {
	return strings.HasPrefix(ct, "text/") || strings.Contains(ct, "json") ||
		strings.Contains(ct, "xml") || ct == "application/wasm"
}

// pick chooses the body for an Accept-Encoding header: the client's
// preferred coding among those we have, brotli before gzip on a tie.
func (a *asset) pick(acceptEncoding string) (coding string, body []byte) {
	q := parseAcceptEncoding(acceptEncoding)
	best, bestQ := "", 0.0
	for _, c := range []struct {
		name string
		body []byte
	}{{"br", a.br}, {"gzip", a.gz}} {
		if c.body != nil && q.of(c.name) > bestQ {
			best, bestQ, body = c.name, q.of(c.name), c.body
		}
	}
	if best == "" {
		return "", a.raw
	}
	return best, body
}

// etag names one representation: a strong ETag must differ per encoding.
func (a *asset) etag(coding string) string {
	switch coding {
	case "br":
		return `"` + a.hash + `-br"`
	case "gzip":
		return `"` + a.hash + `-gz"`
	}
	return `"` + a.hash + `"`
}

// setHeaders writes the representation headers for coding.
func (a *asset) setHeaders(h http.Header, coding string) {
	h.Set("Content-Type", a.contentType)
	if a.br != nil || a.gz != nil {
		h.Set("Vary", "Accept-Encoding")
	}
	if coding != "" {
		h.Set("Content-Encoding", coding)
	}
}

// serve answers r with the asset. Names carry no content hash, so caches
// must revalidate (no-cache) and get a 304 while the ETag still matches.
// Range is not offered: every body is small once compressed, and a
// Content-Length always goes with it (http.ServeContent leaves it out of
// encoded responses).
func (a *asset) serve(w http.ResponseWriter, r *http.Request) {
	coding, body := a.pick(r.Header.Get("Accept-Encoding"))
	h := w.Header()
	a.setHeaders(h, coding)
	etag := a.etag(coding)
	h.Set("ETag", etag)
	h.Set("Cache-Control", "no-cache")
	if matchesETag(r.Header.Get("If-None-Match"), etag) {
		h.Del("Content-Type")
		h.Del("Content-Encoding")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// matchesETag applies If-None-Match's weak comparison: "*" or any listed
// tag equal to etag once W/ is dropped.
func matchesETag(ifNoneMatch, etag string) bool {
	for _, t := range strings.Split(ifNoneMatch, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == etag {
			return true
		}
	}
	return false
}

// serveStatus sends the asset with a fixed status and no validators: an
// error page is never "not modified".
func (a *asset) serveStatus(w http.ResponseWriter, r *http.Request, status int) {
	coding, body := a.pick(r.Header.Get("Accept-Encoding"))
	h := w.Header()
	a.setHeaders(h, coding)
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// acceptQ maps content codings to their q-values from Accept-Encoding.
type acceptQ map[string]float64

func parseAcceptEncoding(header string) acceptQ {
	q := acceptQ{}
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		q[name] = qValue(params)
	}
	return q
}

// qValue reads "q=0.5" from the parameters; a missing or broken q means 1.
func qValue(params string) float64 {
	for _, p := range strings.Split(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if !ok || strings.ToLower(strings.TrimSpace(k)) != "q" {
			continue
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || f < 0 || f > 1 {
			return 1
		}
		return f
	}
	return 1
}

// of is the q-value for a coding, falling back to "*" (and 0 if neither).
func (q acceptQ) of(coding string) float64 {
	if v, ok := q[coding]; ok {
		return v
	}
	if coding == "gzip" {
		if v, ok := q["x-gzip"]; ok {
			return v
		}
	}
	return q["*"]
}

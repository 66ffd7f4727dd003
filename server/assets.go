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

// coding is a content coding Limber can send.
type coding int

const (
	codingIdentity coding = iota
	codingBr
	codingGzip
)

// Header values shared by every response. net/http only reads them, and
// each slice is full (len == cap), so an Add elsewhere copies, never
// writes into them: responses need no allocation for their headers.
var (
	encodingHeader = [...][]string{codingIdentity: nil, codingBr: {"br"}, codingGzip: {"gzip"}}
	varyHeader     = []string{"Accept-Encoding"}
	noCacheHeader  = []string{"no-cache"}
)

// asset is one response body with every encoding Limber has for it, and
// its headers worked out in advance. Assets never change once built, so
// they are shared between requests.
type asset struct {
	contentType string
	hash        string // of raw; ETags add the encoding
	raw, br, gz []byte // br and gz are nil when not worth sending
	typeHeader  []string
	vary        bool        // even an identity body varies: another client may get br
	etags       [3][]string // by coding
	lengths     [3][]string
}

func newAsset(contentType string, raw []byte) *asset {
	sum := sha256.Sum256(raw)
	a := &asset{contentType: contentType, hash: hex.EncodeToString(sum[:8]), raw: raw}
	a.prepare()
	return a
}

// prepare works out the header values for each body.
func (a *asset) prepare() {
	a.typeHeader = []string{a.contentType}
	a.vary = a.br != nil || a.gz != nil || compressibleType(a.contentType)
	for c, suffix := range [...]string{codingIdentity: "", codingBr: "-br", codingGzip: "-gz"} {
		a.etags[c] = []string{`"` + a.hash + suffix + `"`}
		a.lengths[c] = []string{strconv.Itoa(len(a.body(coding(c))))}
	}
}

func (a *asset) body(c coding) []byte {
	switch c {
	case codingBr:
		return a.br
	case codingGzip:
		return a.gz
	}
	return a.raw
}

// etag names one representation: a strong ETag must differ per encoding.
func (a *asset) etag(c coding) string { return a.etags[c][0] }

// with sets compressed bodies made elsewhere (make build's siblings).
func (a *asset) with(br, gz []byte) *asset {
	a.br, a.gz = br, gz
	a.prepare()
	return a
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
	a.prepare()
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

// pick chooses the coding for an Accept-Encoding header among those the
// asset has.
func (a *asset) pick(acceptEncoding string) coding {
	return preferredCoding(acceptEncoding, a.br != nil, a.gz != nil)
}

// preferredCoding is the client's preferred coding among those on offer,
// brotli before gzip on a tie, else the identity.
func preferredCoding(acceptEncoding string, haveBr, haveGzip bool) coding {
	qBr, qGzip := acceptedQ(acceptEncoding)
	switch {
	case haveBr && qBr > 0 && (!haveGzip || qBr >= qGzip):
		return codingBr
	case haveGzip && qGzip > 0:
		return codingGzip
	}
	return codingIdentity
}

// setHeaders writes the representation headers for c.
func (a *asset) setHeaders(h http.Header, c coding) {
	h["Content-Type"] = a.typeHeader
	if a.vary {
		h["Vary"] = varyHeader
	}
	if c != codingIdentity {
		h["Content-Encoding"] = encodingHeader[c]
	}
	h["Cache-Control"] = noCacheHeader
}

// serve answers r with the asset. Names carry no content hash, so caches
// must revalidate (no-cache) and get a 304 while the ETag still matches.
// Range is not offered: every body is small once compressed, and a
// Content-Length always goes with it (http.ServeContent leaves it out of
// encoded responses).
func (a *asset) serve(w http.ResponseWriter, r *http.Request) {
	c := a.pick(r.Header.Get("Accept-Encoding"))
	h := w.Header()
	a.setHeaders(h, c)
	h["Etag"] = a.etags[c]
	if inm := r.Header.Get("If-None-Match"); inm != "" && matchesETag(inm, a.etag(c)) {
		delete(h, "Content-Type")
		delete(h, "Content-Encoding")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h["Content-Length"] = a.lengths[c]
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(a.body(c))
	}
}

// matchesETag applies If-None-Match's weak comparison: "*" or any listed
// tag equal to etag once W/ is dropped.
func matchesETag(ifNoneMatch, etag string) bool {
	for rest := ifNoneMatch; rest != ""; {
		var t string
		t, rest, _ = strings.Cut(rest, ",")
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
	c := a.pick(r.Header.Get("Accept-Encoding"))
	h := w.Header()
	a.setHeaders(h, c)
	h["Content-Length"] = a.lengths[c]
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(a.body(c))
	}
}

// acceptedQ reads the q-values of br and gzip from an Accept-Encoding
// header, falling back to "*" and then 0, without allocating (it runs on
// every request).
func acceptedQ(header string) (br, gz float64) {
	br, gz, star := -1.0, -1.0, 0.0
	for rest := header; rest != ""; {
		var part string
		part, rest, _ = strings.Cut(rest, ",")
		name, params, _ := strings.Cut(part, ";")
		switch name = strings.TrimSpace(name); {
		case strings.EqualFold(name, "br"):
			br = qValue(params)
		case strings.EqualFold(name, "gzip"), strings.EqualFold(name, "x-gzip"):
			gz = qValue(params)
		case name == "*":
			star = qValue(params)
		}
	}
	if br < 0 {
		br = star
	}
	if gz < 0 {
		gz = star
	}
	return br, gz
}

// qValue reads "q=0.5" from the parameters; a missing or broken q means 1.
func qValue(params string) float64 {
	for rest := params; rest != ""; {
		var p string
		p, rest, _ = strings.Cut(rest, ";")
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if !ok || !strings.EqualFold(strings.TrimSpace(k), "q") {
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

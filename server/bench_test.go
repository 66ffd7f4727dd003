package server

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// discard is a ResponseWriter that keeps nothing, so benchmarks measure the
// handler alone.
type discard struct{ h http.Header }

func (d *discard) Header() http.Header         { return d.h }
func (d *discard) Write(b []byte) (int, error) { return len(b), nil }
func (d *discard) WriteHeader(int)             {}

func BenchmarkServeHome(b *testing.B) {
	h := richHandler(b)
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Set("Accept-Encoding", "gzip, deflate, br, zstd")
	h.ServeHTTP(&discard{h: http.Header{}}, req) // render once
	b.ReportAllocs()
	for b.Loop() {
		h.ServeHTTP(&discard{h: make(http.Header, 16)}, req)
	}
}

package server

import (
	"net/http"
	"strings"
)

// csp allows only Limber's own files: no inline script or style anywhere
// (the app styles with classes), and 'wasm-unsafe-eval' only so app.wasm
// can be compiled.
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' data: blob:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
	"object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// permissionsPolicy keeps the screen awake for the player (same-origin
// only) and turns off every sensor and device API Limber never uses.
// Vibration, speech, notifications, Web Share and Bluetooth are left out:
// Chromium logs "Unrecognized feature" for each name it does not know, on
// every page, and Web Share is same-origin by default anyway.
var permissionsPolicy = strings.Join([]string{
	"screen-wake-lock=(self)",
	"camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()",
	"serial=()", "hid=()", "midi=()", "magnetometer=()",
	"gyroscope=()", "accelerometer=()", "display-capture=()",
	"publickey-credentials-get=()", "xr-spatial-tracking=()", "browsing-topics=()",
}, ", ")

// securityHeaders go on every response the handler writes (keys already
// canonical; values shared read-only, as in assets.go).
var securityHeaders = http.Header{
	"Content-Security-Policy":    {csp},
	"X-Content-Type-Options":     {"nosniff"},
	"Referrer-Policy":            {"strict-origin-when-cross-origin"},
	"Permissions-Policy":         {permissionsPolicy},
	"Cross-Origin-Opener-Policy": {"same-origin"},
}

func setSecurityHeaders(h http.Header) {
	for k, v := range securityHeaders {
		h[k] = v
	}
}

// maxURLBytes bounds the request target; longer ones get 414.
const maxURLBytes = 8 << 10

// maxHeaderBytes bounds the headers; larger ones get 431 from admit, with
// the security headers. http.Server's own limit sits above it (its bare
// 431 carries none), only to cap what is read at all.
const maxHeaderBytes = 16 << 10

// admit answers requests Limber never serves and reports whether r may go on.
func admit(w http.ResponseWriter, r *http.Request) bool {
	if len(r.RequestURI) > maxURLBytes {
		http.Error(w, "URI too long", http.StatusRequestURITooLong)
		return false
	}
	if headerBytes(r) > maxHeaderBytes {
		http.Error(w, "request headers too large", http.StatusRequestHeaderFieldsTooLarge)
		return false
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return false
	}
	return true
}

// headerBytes is the size of r's headers as sent ("Name: value\r\n").
func headerBytes(r *http.Request) int {
	n := len(r.Host)
	for k, vs := range r.Header {
		for _, v := range vs {
			n += len(k) + len(v) + 4
		}
	}
	return n
}

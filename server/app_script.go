package server

import (
	"errors"
	"regexp"
)

// go-app's app.js pipes app.wasm through a JavaScript stream to report
// download progress on its loading screen. Limber shows the prerendered page
// instead of that screen (web/limber.css hides it), so the progress is never
// seen, while the stream costs the main thread ~50 ms per load on a desktop
// CPU (four times that on a mid-range phone). A plain fetch lets the browser
// compile app.wasm off the main thread as it arrives.
var wasmProgressFetch = regexp.MustCompile(`fetchWithProgress\(("[^"]*app\.wasm"), showProgress\)`)

// streamWasmDirectly rewrites go-app's app.js to fetch app.wasm without the
// progress stream. It fails if go-app's script no longer has the call, so an
// upgrade that changes it is noticed rather than silently slower.
func streamWasmDirectly(appJS []byte) ([]byte, error) {
	if !wasmProgressFetch.Match(appJS) {
		return nil, errors.New("app.js: go-app's fetchWithProgress call for app.wasm not found")
	}
	return wasmProgressFetch.ReplaceAll(appJS, []byte("fetch($1)")), nil
}

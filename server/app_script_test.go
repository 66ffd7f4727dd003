package server

import (
	"strings"
	"testing"
)

func TestAppJSFetchesWasmWithoutTheProgressStream(t *testing.T) {
	body := request(richHandler(t), "GET", "/app.js").Body.String()
	if !strings.Contains(body, `fetch("/web/app.wasm")`) {
		t.Error(`app.js does not fetch app.wasm directly`)
	}
	if strings.Contains(body, `fetchWithProgress("/web/app.wasm"`) {
		t.Error("app.js still pipes app.wasm through the progress stream")
	}
}

func TestStreamWasmDirectlyRefusesAnUnknownScript(t *testing.T) {
	if _, err := streamWasmDirectly([]byte(`go.run(await WebAssembly.instantiateStreaming(fetch("/x.wasm")))`)); err == nil {
		t.Error("a script without go-app's progress fetch was accepted")
	}
	out, err := streamWasmDirectly([]byte(`instantiateStreaming(fetchWithProgress("/limber/web/app.wasm", showProgress), go.importObject)`))
	if err != nil || string(out) != `instantiateStreaming(fetch("/limber/web/app.wasm"), go.importObject)` {
		t.Errorf("got %q, %v", out, err)
	}
}

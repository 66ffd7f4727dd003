package e2e

import (
	"strings"
	"testing"

	"limber/content"
)

// recordCSPViolations makes every new document in the tab collect its
// Content-Security-Policy violations in window.limberCSP.
func recordCSPViolations(p *page) {
	p.t.Helper()
	injectScript(p, `window.limberCSP = [];
		document.addEventListener("securitypolicyviolation", (e) => window.limberCSP.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber));`)
}

func (p *page) cspViolations() []string {
	p.t.Helper()
	var v []string
	p.eval(`window.limberCSP || []`, &v)
	return v
}

// TestCSPNoViolations loads home, an exercise page and the player (started)
// under the server's strict policy: nothing may be blocked, and the console
// must stay clean.
func TestCSPNoViolations(t *testing.T) {
	p := newPage(t)
	recordCSPViolations(p)

	p.open("/")
	var policy string
	p.eval(`fetch("/").then((r) => r.headers.get("content-security-policy"))`, &policy)
	if !strings.Contains(policy, "default-src 'self'") || strings.Contains(policy, "unsafe-inline") {
		t.Fatalf("home's CSP = %q, want the strict policy", policy)
	}
	check := func(where string) {
		t.Helper()
		if v := p.cspViolations(); len(v) > 0 {
			t.Errorf("CSP violations on %s:\n%s", where, strings.Join(v, "\n"))
		}
	}
	check("home")

	p.open("/exercises/" + content.Exercises[0].Slug)
	check("an exercise page")

	p.open("/routines/quick/play?hold=5&sides=2&sets=1")
	p.click("#player-start")
	p.waitJS(`document.getElementById("precheck-form") !== null`)
	p.click("#precheck-submit")
	p.waitJS(`document.getElementById("player") !== null`)
	check("the player")

	if errs := p.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

// TestServerCompressesForChromium: a real browser gets the page and
// go-app's scripts compressed (fewer bytes on the wire than in memory).
// app.wasm's siblings come from make build; unit tests cover those.
func TestServerCompressesForChromium(t *testing.T) {
	p := newPage(t)
	p.open("/")
	var sizes []struct {
		Name    string  `json:"name"`
		Encoded float64 `json:"encoded"`
		Decoded float64 `json:"decoded"`
	}
	p.eval(`performance.getEntries()
		.filter((e) => e.name.endsWith("/app.js") || e.name.endsWith("/wasm_exec.js") || e.entryType === "navigation")
		.map((e) => ({name: e.name, encoded: e.encodedBodySize, decoded: e.decodedBodySize}))`, &sizes)
	if len(sizes) < 3 {
		t.Fatalf("timing entries for the page and scripts: %v", sizes)
	}
	for _, s := range sizes {
		if s.Encoded <= 0 || s.Encoded >= s.Decoded*0.5 {
			t.Errorf("%s: %.0f bytes on the wire for %.0f, want it compressed", s.Name, s.Encoded, s.Decoded)
		}
	}
}

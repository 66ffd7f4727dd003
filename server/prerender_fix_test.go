package server

import (
	"regexp"
	"strings"
	"testing"
)

func TestRestoreARIATrue(t *testing.T) {
	for in, want := range map[string]string{
		`<button class="chip" aria-pressed>Core</button>`:          `<button class="chip" aria-pressed="true">Core</button>`,
		`<span aria-hidden aria-live="polite" aria-busy>x</span>`:  `<span aria-hidden="true" aria-live="polite" aria-busy="true">x</span>`,
		`<input aria-invalid/>`:                                    `<input aria-invalid="true"/>`,
		`<p aria-pressed="false">text with aria-pressed in it</p>`: `<p aria-pressed="false">text with aria-pressed in it</p>`,
		`<a title="see aria-hidden here" href="/">x</a>`:           `<a title="see aria-hidden here" href="/">x</a>`,
		`<div hidden>plain boolean attributes stay bare</div>`:     `<div hidden>plain boolean attributes stay bare</div>`,
	} {
		if got := string(fixPrerendered([]byte(in))); got != want {
			t.Errorf("fixPrerendered(%s)\n got %s\nwant %s", in, got, want)
		}
	}
}

// TestPrerenderedARIAStatesHaveValues: a filter chip that is on is
// pressed in the server's HTML too, and no page carries a bare ARIA state.
func TestPrerenderedARIAStatesHaveValues(t *testing.T) {
	h := richHandler(t)
	body := request(h, "GET", "/exercises?region=core").Body.String()
	// go-app writes attributes in no fixed order: find the chip's tag.
	chip := regexp.MustCompile(`<button[^>]*data-value="core"[^>]*>`).FindString(body)
	if !strings.Contains(chip, `aria-pressed="true"`) {
		t.Errorf(`the Core chip is not aria-pressed="true" in the prerendered library: %q`, chip)
	}
	for _, p := range []string{"/", "/exercises", "/exercises?kind=strength", "/check", "/settings", "/timer"} {
		b := request(h, "GET", p).Body.String()
		for _, bare := range []string{" aria-pressed>", " aria-pressed ", " aria-hidden>", " aria-hidden ", " aria-checked>", " aria-expanded>"} {
			if strings.Contains(b, bare) {
				t.Errorf("%s has a bare ARIA state (%q)", p, strings.TrimSpace(bare))
			}
		}
	}
}

// TestThemeColorForBothSchemes: the browser bar is dark in dark mode.
func TestThemeColorForBothSchemes(t *testing.T) {
	h := richHandler(t)
	for _, p := range []string{"/", "/settings", "/app-shell"} {
		b := request(h, "GET", p).Body.String()
		light := `<meta name="theme-color" media="(prefers-color-scheme: light)" content="` + themeColor + `">`
		dark := `<meta name="theme-color" media="(prefers-color-scheme: dark)" content="` + themeColorDark + `">`
		if !strings.Contains(b, light) || !strings.Contains(b, dark) || strings.Count(b, `name="theme-color"`) != 2 {
			t.Errorf("%s: theme-color metas are not one light and one dark", p)
		}
	}
}

// TestLocalLinksSayHTTP: make run serves plain http on localhost, so its
// canonical link, preview URL and sitemap must not claim https; a public
// domain keeps https.
func TestLocalLinksSayHTTP(t *testing.T) {
	for domain, scheme := range map[string]string{"localhost:8000": "http", "127.0.0.1:8000": "http", "limber.test": "https"} {
		h, err := NewHandler(Config{WebDir: richWebDir(t), Domain: domain})
		if err != nil {
			t.Fatal(err)
		}
		page := request(h, "GET", "/guide").Body.String()
		// go-app writes attributes in no fixed order.
		canonical := regexp.MustCompile(`<link[^>]*rel="canonical"[^>]*>`).FindString(page)
		if want := `href="` + scheme + `://` + domain + `/guide"`; !strings.Contains(canonical, want) {
			t.Errorf("%s: canonical %q, want %s", domain, canonical, want)
		}
		if other := map[string]string{"http": "https", "https": "http"}[scheme]; strings.Contains(page, other+"://"+domain) {
			t.Errorf("%s: a link says %s", domain, other)
		}
		if sm := request(h, "GET", "/sitemap.xml").Body.String(); !strings.Contains(sm, "<loc>"+scheme+"://"+domain+"/</loc>") {
			t.Errorf("%s: sitemap %.200s", domain, sm)
		}
	}
}

package e2e

import (
	"net/url"
	"strings"
	"testing"

	"limber/app/routinelink"
	"limber/content"
)

// hostileLink is a shared-routine link whose name tries to leave og:title
// and redirect the visitor.
func hostileLink(t *testing.T, name string) string {
	t.Helper()
	r := content.Routines[0]
	r.Name, r.Slug = name, ""
	token, err := routinelink.Encode(r)
	if err != nil {
		t.Fatal(err)
	}
	return "/routines/shared?r=" + url.QueryEscape(token)
}

// TestHostileSharedLinkStaysText: the name shows as text, nothing
// navigates away, and once the worker caches pages, a later link to the
// same path shows its own routine, not the hostile one.
func TestHostileSharedLinkStaysText(t *testing.T) {
	p := newPage(t)
	const evil = `"><meta http-equiv=refresh content=0;url=/about>`
	p.open("/")
	waitFullyCached(p)
	p.open(hostileLink(t, evil))
	var meta int
	p.eval(`new Promise(r => setTimeout(() => r(document.querySelectorAll('meta[http-equiv]').length), 1500))`, &meta)
	var path, title string
	p.eval(`location.pathname`, &path)
	p.eval(`document.title`, &title)
	if meta != 0 || path != "/routines/shared" {
		t.Fatalf("the hostile link injected %d meta refresh tags; now at %s", meta, path)
	}
	if !strings.Contains(title, `"><meta`) {
		t.Errorf("title = %q, want the name as plain text", title)
	}
	p.open(hostileLink(t, "Gentle evening stretch"))
	p.waitJS(`document.title.startsWith("Gentle evening stretch")`)
	var cached []string
	p.eval(`caches.keys().then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.keys())))).then(all => all.flat().map(r => new URL(r.url).pathname + new URL(r.url).search).filter(u => u.startsWith("/routines/shared")))`, &cached)
	if len(cached) != 0 {
		t.Errorf("the worker cached pages rendered from a query: %v", cached)
	}
	noPanic(t, p)
}

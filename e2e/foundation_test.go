package e2e

import (
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"limber/app"
	"limber/app/i18n"
	"limber/content"
)

// TestBootHasNoConsoleErrors loads home, waits for go-app to boot and checks
// the console stayed clean and nothing was requested from another origin.
func TestBootHasNoConsoleErrors(t *testing.T) {
	p := newPage(t)
	p.open("/")
	var h1 string
	p.eval(`document.querySelector("h1").textContent`, &h1)
	if !strings.Contains(h1, "hamstrings") {
		t.Errorf("home h1 = %q, want the hamstrings headline", h1)
	}
	if errs := p.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors on boot:\n%s", strings.Join(errs, "\n"))
	}
	assertSameOrigin(t, p.requestURLs())
}

func assertSameOrigin(t *testing.T, urls []string) {
	t.Helper()
	if len(urls) == 0 {
		t.Fatal("no requests were recorded; the network listener is not working")
	}
	for _, u := range urls {
		if strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "blob:") {
			continue
		}
		if !strings.HasPrefix(u, baseURL+"/") && u != baseURL {
			t.Errorf("request left the origin: %s", u)
		}
	}
}

// TestHomeToExerciseByClicks walks from home to an exercise page by taps,
// after boot, through client-side navigation.
func TestHomeToExerciseByClicks(t *testing.T) {
	p := newPage(t)
	p.open("/")
	p.click(`.tabbar a[href="/exercises"]`)
	p.waitJS(`location.pathname === "/exercises" && document.querySelector("h1").textContent === "Exercise library"`)
	// The filters start folded, so the list fills the first screen.
	var open bool
	p.eval(`document.querySelector("details.filters").open`, &open)
	if open {
		t.Error("the filters are unfolded with none on")
	}
	// Filter to hamstrings, then open the first card.
	p.click("#filters-toggle")
	p.click(`button.chip[data-filter="region"][data-value="hamstrings"]`)
	want := content.ExercisesByRegion(content.Hamstrings)
	p.waitJS(`location.search === "?region=hamstrings" && document.querySelectorAll(".exercise-card").length === ` + strconv.Itoa(len(want)))
	var names []string
	p.eval(`[...document.querySelectorAll(".exercise-card .card-title")].map(e => e.textContent)`, &names)
	for i, e := range want {
		if names[i] != e.Name {
			t.Errorf("card %d = %q, want %q", i, names[i], e.Name)
		}
	}
	p.click(`.exercise-card`)
	p.waitJS(`location.pathname === "/exercises/` + want[0].Slug + `"`)
	p.waitJS(`document.querySelector("h1") && document.querySelector("h1").textContent === ` + jsString(want[0].Name))
	var steps int
	p.eval(`document.querySelectorAll("ol.numbered li").length`, &steps)
	if steps != len(want[0].Steps) {
		t.Errorf("exercise page shows %d steps, want %d", steps, len(want[0].Steps))
	}
	if errs := p.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

var (
	hrefRE  = regexp.MustCompile(`href="(/[^"#]*)"`)
	titleRE = regexp.MustCompile(`<title>([^<]*)</title>`)
)

// TestCrawlEveryRoute follows every same-origin link from home in the
// prerendered HTML: each page answers 200 with its own title, and the crawl
// reaches every route the app declares.
func TestCrawlEveryRoute(t *testing.T) {
	seen := map[string]bool{}
	titles := map[string]string{}
	queue := []string{"/"}
	for len(queue) > 0 {
		path := queue[0]
		queue = queue[1:]
		if seen[path] {
			continue
		}
		seen[path] = true
		status, body := get(t, path)
		if status != http.StatusOK {
			t.Errorf("GET %s = %d, want 200", path, status)
			continue
		}
		if strings.Contains(path, "?") || strings.HasPrefix(path, "/web/") {
			continue
		}
		// Titles are unique within a language (a name can be the same
		// in two: "Pallof press").
		m := titleRE.FindStringSubmatch(body)
		lang, _ := i18n.Split(path)
		if m == nil || m[1] == "" || m[1] == "Limber" {
			t.Errorf("%s has no page title of its own (%v)", path, m)
		} else if other, dup := titles[string(lang)+m[1]]; dup {
			t.Errorf("%s and %s share the title %q", path, other, m[1])
		} else {
			titles[string(lang)+m[1]] = path
		}
		for _, l := range hrefRE.FindAllStringSubmatch(body, -1) {
			link := strings.ReplaceAll(l[1], "&amp;", "&")
			if !seen[link] && isPageLink(link) {
				queue = append(queue, link)
			}
		}
	}
	for _, p := range app.Paths() {
		if !seen[p] {
			t.Errorf("route %s is not linked from anywhere", p)
		}
	}
	if len(titles) < len(app.Paths()) {
		t.Errorf("crawl found %d titled pages, want at least %d", len(titles), len(app.Paths()))
	}
}

// isPageLink skips assets (stylesheets, icons, the manifest).
func isPageLink(link string) bool {
	if strings.HasPrefix(link, "/web/") {
		return false
	}
	last := link[strings.LastIndex(link, "/")+1:]
	return !strings.Contains(strings.SplitN(last, "?", 2)[0], ".")
}

func get(t *testing.T, path string) (int, string) {
	t.Helper()
	res, err := http.Get(baseURL + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	return res.StatusCode, string(b)
}

// TestAppShellAddressGoesHome: the offline shell page has nothing of its
// own, so opening its address lands on the home page.
func TestAppShellAddressGoesHome(t *testing.T) {
	p := newPage(t)
	p.open("/app-shell")
	p.waitJS(`location.pathname === "/" && document.querySelector("h1") !== null && document.querySelector("h1").textContent.includes("hamstrings")`)
}

// TestUnknownRouteIs404 checks the status and that the browser shows
// Limber's own 404 page with a way home.
func TestUnknownRouteIs404(t *testing.T) {
	status, body := get(t, "/exercises/no-such-stretch")
	if status != http.StatusNotFound {
		t.Errorf("status = %d, want 404", status)
	}
	if !strings.Contains(body, "We couldn&#39;t find that page") && !strings.Contains(body, "We couldn't find that page") {
		t.Errorf("404 body lacks the not-found message")
	}
	p := newPage(t)
	p.open("/exercises/no-such-stretch")
	p.waitJS(`document.getElementById("not-found") !== null`)
	var home int
	p.eval(`document.querySelectorAll('.not-found a[href="/"]').length`, &home)
	if home != 1 {
		t.Errorf("404 page has %d links home, want 1", home)
	}

	// Opened at a known page, the app learns the catch-all route only after
	// its first render; an unknown link followed in the app still gets it.
	p.open("/")
	p.eval(`window.goappNav("/exercises/also-missing"); true`, nil)
	p.waitJS(`location.pathname === "/exercises/also-missing" && document.getElementById("not-found") !== null`)
}

// TestPagesReadableWithoutJavaScript: the prerendered HTML carries the full
// text, title, description and preview tags of an exercise.
func TestPagesReadableWithoutJavaScript(t *testing.T) {
	e := content.Exercises[0]
	_, body := get(t, "/exercises/"+e.Slug)
	if !strings.Contains(body, "<title>"+htmlEscape(e.Name)+" · Limber</title>") {
		t.Errorf("prerendered %s lacks its title", e.Slug)
	}
	for _, m := range []struct{ key, want string }{
		{"description", e.Summary},
		{"og:title", e.Name + " · Limber"},
		{"og:description", e.Summary},
		{"og:image", "https://limber.test/web/previews/" + e.Slug + ".png"},
		{"twitter:card", "summary_large_image"},
	} {
		if got := metaContent(body, m.key); got != htmlEscape(m.want) {
			t.Errorf("meta %s = %q, want %q", m.key, got, m.want)
		}
	}
	if !strings.Contains(body, `href="https://limber.test/exercises/`+e.Slug+`"`) {
		t.Errorf("prerendered %s lacks its canonical link", e.Slug)
	}
	for _, text := range []string{e.Steps[0], e.Mistakes[0], e.Setup} {
		if !strings.Contains(body, htmlEscape(text)) {
			t.Errorf("prerendered %s lacks %q", e.Slug, text)
		}
	}
}

var (
	metaRE = regexp.MustCompile(`<meta [^>]*>`)
	attrRE = regexp.MustCompile(`(\w+)="([^"]*)"`)
)

// metaContent finds a <meta> by name or property, whatever the attribute
// order (go-app writes attributes in map order).
func metaContent(body, key string) string {
	for _, tag := range metaRE.FindAllString(body, -1) {
		attrs := map[string]string{}
		for _, a := range attrRE.FindAllStringSubmatch(tag, -1) {
			attrs[a[1]] = a[2]
		}
		if attrs["name"] == key || attrs["property"] == key {
			return attrs["content"]
		}
	}
	return ""
}

func htmlEscape(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")
	return r.Replace(s)
}

func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	return `"` + r.Replace(s) + `"`
}

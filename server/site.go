package server

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app"
	"limber/app/i18n"
	"limber/server/precompress"
)

//go:embed static-host.js
var staticHostTemplate string

// site routes requests: web/ files from memory, go-app's generated files
// and prerendered pages from caches built on first use, unknown pages to
// Limber's 404 page with a real 404 status. Every answer carries the
// security headers.
type site struct {
	app    *goapp.Handler
	static staticFiles
	base   string // "" or "/limber"
	domain string
	export bool

	generatedOnce sync.Once
	generated     map[string]*asset
	generatedErr  error

	pages sync.Map // path → *cachedPage

	catalogues map[i18n.Lang]map[string]string
}

// cachedPage renders one route once, however many requests race for it.
type cachedPage struct {
	once  sync.Once
	asset *asset
	err   error
}

// generatedPaths are the files go-app writes itself (its manifest is
// replaced by Limber's own, see manifest.go).
var generatedPaths = []string{"/app.js", "/app.css", "/wasm_exec.js", "/app-worker.js"}

func newSite(cfg Config) (*site, error) {
	app.Register() // prerendering needs the routes, whoever builds the handler
	cfg = cfg.withDefaults()
	static, err := loadStatic(cfg.WebDir)
	if err != nil {
		return nil, err
	}
	catalogues, err := loadCatalogues(static)
	if err != nil {
		return nil, err
	}
	return &site{
		catalogues: catalogues,
		app:        NewAppHandler(cfg, static.version(), static),
		static:     static,
		base:       cfg.BasePath,
		domain:     cfg.Domain,
		export:     cfg.Export != "",
	}, nil
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	setSecurityHeaders(w.Header())
	if !admit(w, r) {
		return
	}
	p := r.URL.Path
	if p == "/app.wasm" { // go-app's old name for it
		p = "/web/app.wasm"
	}
	if a, ok := s.static[p]; ok {
		a.serve(w, r)
		return
	}
	if strings.HasPrefix(p, "/web/") {
		s.notFound(w, r)
		return
	}
	a, err := s.generatedFile(p)
	if err != nil {
		s.fail(w, err)
		return
	}
	if a != nil {
		a.serve(w, r)
		return
	}
	s.route(w, r)
}

// route serves pages, redirects a known page with a trailing slash, and
// sends everything else to the 404 page.
func (s *site) route(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	switch {
	case app.IsKnownPath(p):
		s.servePage(w, r)
	case len(p) > 1 && strings.HasSuffix(p, "/") && app.IsKnownPath(strings.TrimRight(p, "/")):
		target := s.base + strings.TrimRight(p, "/")
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
	default:
		s.notFound(w, r)
	}
}

func (s *site) servePage(w http.ResponseWriter, r *http.Request) {
	var a *asset
	var err error
	if r.URL.RawQuery == "" {
		a, err = s.page(r.URL.Path)
	} else {
		a, err = s.pageWithQuery(r)
	}
	if err != nil {
		s.fail(w, err)
		return
	}
	a.serve(w, r)
}

// notFound sends Limber's own 404 page (prerendered under its own route)
// with status 404; the browser's router shows the same page.
func (s *site) notFound(w http.ResponseWriter, r *http.Request) {
	lang, _ := i18n.Split(r.URL.Path)
	a, err := s.page(i18n.PathIn(lang, app.NotFoundPath))
	if err != nil {
		s.fail(w, err)
		return
	}
	a.serveStatus(w, r, http.StatusNotFound)
}

func (s *site) fail(w http.ResponseWriter, err error) {
	goapp.Log(fmt.Errorf("limber: %w", err))
	http.Error(w, "internal error", http.StatusInternalServerError)
}

// page is the prerendered HTML for a route, rendered and compressed once
// and kept: the set of routes is fixed, so the cache is bounded.
func (s *site) page(path string) (*asset, error) {
	v, ok := s.pages.Load(path)
	if !ok {
		v, _ = s.pages.LoadOrStore(path, &cachedPage{})
	}
	c := v.(*cachedPage)
	c.once.Do(func() {
		c.asset, c.err = s.render(path, "")
		if c.err == nil {
			c.asset.compressed(precompress.Best)
		}
	})
	return c.asset, c.err
}

// pageWithQuery renders a page whose query changes what is prerendered
// (filters, timer settings). Queries are unbounded, so nothing is kept,
// and only the coding this client will get is compressed, quickly.
func (s *site) pageWithQuery(r *http.Request) (*asset, error) {
	a, err := s.render(r.URL.Path, r.URL.RawQuery)
	if err != nil {
		return nil, err
	}
	switch preferredCoding(r.Header.Get("Accept-Encoding"), true, true) {
	case codingBr:
		return a.with(precompress.Brotli(a.raw, precompress.Fast), nil), nil
	case codingGzip:
		return a.with(nil, precompress.Gzip(a.raw, gzip.DefaultCompression)), nil
	}
	return a, nil
}

// render asks go-app for a page, in process, with no conditional headers
// (go-app would answer 304 to any request carrying its version as ETag).
func (s *site) render(path, rawQuery string) (*asset, error) {
	req := &http.Request{
		Method: http.MethodGet,
		URL:    &url.URL{Path: path, RawQuery: rawQuery},
		Header: http.Header{},
		Host:   s.domain,
	}
	rec := httptest.NewRecorder()
	lang, enPath := i18n.Split(path)
	s.inLanguage(lang, func() { s.app.ServeHTTP(rec, req) })
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("prerendering %s: go-app answered %d", path, rec.Code)
	}
	page := s.localise(s.withScheme(fixPrerendered(rec.Body.Bytes())), lang, enPath)
	return newAsset(contentType(".html"), page), nil
}

// scheme is https for a public domain; a loopback address (make run)
// serves plain http, so its canonical links and previews say so.
func (s *site) scheme() string {
	host, _, err := net.SplitHostPort(s.domain)
	if err != nil {
		host = s.domain
	}
	if ip := net.ParseIP(host); host == "localhost" || ip != nil && ip.IsLoopback() {
		return "http"
	}
	return "https"
}

// withScheme mends go-app's https:// links to this site for a loopback
// address (go-app always writes https).
func (s *site) withScheme(page []byte) []byte {
	if s.scheme() == "https" {
		return page
	}
	return bytes.ReplaceAll(page, []byte("https://"+s.domain), []byte("http://"+s.domain))
}

// generatedFile returns the asset for one of the files Limber or go-app
// generate (nil if p is not one).
func (s *site) generatedFile(p string) (*asset, error) {
	if p == "/manifest.json" {
		p = "/manifest.webmanifest"
	}
	s.generatedOnce.Do(func() { s.generated, s.generatedErr = s.buildGenerated() })
	if s.generatedErr != nil {
		return nil, s.generatedErr
	}
	return s.generated[p], nil
}

// buildGenerated renders go-app's files once and adds Limber's manifest,
// robots.txt, the sitemap and (for exports) the glue script, all
// compressed at the best level.
func (s *site) buildGenerated() (map[string]*asset, error) {
	out := map[string]*asset{}
	for _, p := range generatedPaths {
		rec := httptest.NewRecorder()
		s.app.ServeHTTP(rec, &http.Request{Method: http.MethodGet, URL: &url.URL{Path: p}, Header: http.Header{}})
		if rec.Code != http.StatusOK {
			return nil, fmt.Errorf("generating %s: go-app answered %d", p, rec.Code)
		}
		body := rec.Body.Bytes()
		if p == "/app.js" {
			var err error
			if body, err = streamWasmDirectly(body); err != nil {
				return nil, err
			}
		}
		out[p] = newAsset(contentType(p), body)
	}
	for _, l := range i18n.Langs {
		manifest, err := s.manifestIn(l)
		if err != nil {
			return nil, err
		}
		out[l.Prefix()+"/manifest.webmanifest"] = newAsset(contentType(".webmanifest"), manifest)
	}
	out["/robots.txt"] = newAsset(contentType(".txt"), []byte(s.robots()))
	out["/sitemap.xml"] = newAsset(contentType(".xml"), []byte(s.sitemap()))
	if s.export {
		js := strings.ReplaceAll(staticHostTemplate, "{{.Base}}", s.base)
		out[staticHostJS] = newAsset(contentType(".js"), []byte(js))
	}
	for _, a := range out {
		a.compressed(precompress.Best)
	}
	return out, nil
}

func (s *site) robots() string {
	return fmt.Sprintf("User-agent: *\nAllow: /\nSitemap: %s://%s%s/sitemap.xml\n", s.scheme(), s.domain, s.base)
}

func (s *site) sitemap() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, p := range app.Paths() {
		fmt.Fprintf(&b, "  <url><loc>%s://%s%s%s</loc></url>\n", s.scheme(), s.domain, s.base, p)
	}
	b.WriteString("</urlset>\n")
	return b.String()
}

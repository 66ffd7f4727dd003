package server

import (
	_ "embed"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app"
)

// Brand colours shared by the manifest and the loading screen.
const (
	themeColor      = "#1f6f78"
	backgroundColor = "#f5f7f6"
)

//go:embed app-worker.js
var appWorkerJS string

// staticHostJS is the path of the export's glue script (see static-host.js).
const staticHostJS = "/static-host.js"

// NewAppHandler configures go-app for Limber. version must change whenever
// any served file changes, so installed copies update (and only then).
// static lists web/ (keys like "/web/limber.css").
func NewAppHandler(cfg Config, version string, static staticFiles) *goapp.Handler {
	h := &goapp.Handler{
		Name:            "Limber: stretch guide & timer",
		ShortName:       "Limber",
		Title:           "Limber",
		Description:     "An offline guide and workout timer for tight hamstrings and a stiff lower back.",
		Domain:          cfg.Domain,
		Author:          "Limber",
		Lang:            "en",
		Version:         version,
		ThemeColor:      themeColor,
		BackgroundColor: backgroundColor,
		LoadingLabel:    "Loading Limber… {progress}%",
		Image:           "/web/icons/og-default.png",
		// go-app links Default, SVG and (as the apple-touch-icon) Maskable
		// in every page and precaches them; the 512 px install icons live
		// only in Limber's own manifest (manifest.go), so they stay out of
		// every first visit.
		Icon: goapp.Icon{
			Default:  "/web/icons/icon-192.png",
			Maskable: "/web/icons/apple-touch-icon.png",
			SVG:      "/web/icons/icon.svg",
		},
		Styles:                []string{"/web/limber.css"},
		CacheableResources:    append(cacheableResources(static), shellPath(cfg.Export != "")),
		ServiceWorkerTemplate: appWorkerJS,
		Resources:             prefixResolver{base: cfg.BasePath},
		// The loader's progress needs the uncompressed size even when
		// app.wasm goes out brotli- or gzip-encoded (or from a CDN).
		WasmContentLength: wasmSize(static),
		Keywords:          []string{"hamstring stretches", "lower back", "stretching timer", "mobility", "physiotherapy"},
	}
	if cfg.Export != "" {
		// Blocking on purpose: it must fix the address before app.js
		// (deferred) starts the router.
		h.Scripts = []string{staticHostJS}
	}
	return h
}

// prefixResolver puts every site-absolute path under the base path ("" or
// "/limber"), so prerendered links, the manifest, app.js and the worker's
// list all carry it. go-app's browser router strips Resolve("/") (its
// GOAPP_ROOT_PREFIX) from the address before matching a route.
type prefixResolver struct{ base string }

func (r prefixResolver) Resolve(loc string) string {
	switch {
	case loc == "" || loc == "/":
		if r.base == "" {
			return "/"
		}
		return r.base
	case !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//"):
		return loc // relative, remote or protocol-relative
	}
	return r.base + loc
}

// cacheableResources lists the static files under web/ the service worker
// precaches: illustrations, styles, the sprite and small icons (skipAsset
// says what stays out and why).
func cacheableResources(static staticFiles) []string {
	var out []string
	for p := range static {
		if !skipAsset(strings.TrimPrefix(p, "/web/")) {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// skipAsset leaves out docs, the other languages' texts, the wasm (which go-app lists itself), the
// link-preview cards, the install screenshots and the 512 px install icons:
// only crawlers and install dialogs (which are online) fetch those, so
// precaching them would cost every first visit over a megabyte for nothing.
func skipAsset(rel string) bool {
	switch rel {
	case "app.wasm", "icons/og-default.png", "icons/icon-512.png", "icons/maskable-512.png":
		return true
	}
	// The catalogues of other languages are fetched by the pages that use
	// them (and the worker keeps them); most people never need one.
	return filepath.Ext(rel) == ".md" ||
		strings.HasPrefix(rel, "previews/") || strings.HasPrefix(rel, "screenshots/") || strings.HasPrefix(rel, "i18n/")
}

func wasmSize(static staticFiles) string {
	a, ok := static["/web/app.wasm"]
	if !ok {
		return ""
	}
	return fmt.Sprint(len(a.raw))
}

// shellPath is the one page the worker precaches (see app.ShellPath): it
// caches other pages as they are visited. A static export lists the folder
// form ("/app-shell/"), which every static host serves without a redirect
// (a redirected response cannot answer a navigation from the worker).
func shellPath(folders bool) string {
	if folders {
		return app.ShellPath + "/"
	}
	return app.ShellPath
}

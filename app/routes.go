// Package app holds Limber's go-app components and client logic. Pure logic
// (timer engine, red-flag tiers, routine links, storage schema) lives in
// subpackages with no go-app import so it tests fast in plain Go.
package app

import (
	"slices"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/content"
)

// NotFoundPath is the route the server prerenders for unknown paths, so the
// 404 page carries Limber's layout rather than go-app's bare default.
const NotFoundPath = "/not-found"

// route is one page: its path, its component and whether it is a page in
// its own right (listed in the sitemap, precached, exported) or needs a
// query to mean anything (a shared link, a saved routine).
type route struct {
	Path   string
	New    func() goapp.Composer
	Listed bool
}

func page[T any, P interface {
	*T
	goapp.Composer
}]() func() goapp.Composer {
	return func() goapp.Composer { return P(new(T)) }
}

// routeTable lists every route, built from the content so a new exercise or
// routine gets its pages without touching this file.
func routeTable() []route {
	rs := []route{
		{"/", page[HomePage](), true},
		{"/guide", page[GuideIndexPage](), true},
		{"/exercises", page[ExerciseLibraryPage](), true},
		{"/routines", page[RoutinesPage](), true},
		{"/routines/new", page[RoutineBuilder](), true},
		{"/routines/shared", page[SharedRoutinePage](), false},
		{"/routines/shared/play", page[RoutinePlayer](), false},
		{"/routines/saved/play", page[RoutinePlayer](), false},
		{"/routines/quick/play", page[RoutinePlayer](), false},
		{"/timer", page[TimerPage](), true},
		{"/history", page[HistoryPage](), true},
		{"/settings", page[SettingsPage](), true},
		{"/check", page[CheckPage](), true},
		{"/faq", page[FAQPage](), true},
		{"/help", page[HelpPage](), true},
		{"/about", page[AboutPage](), true},
		{NotFoundPath, page[NotFoundPage](), false},
		{ShellPath, page[AppShellPage](), false},
	}
	// Pages for one item get its slug from their route: it is there at the
	// first render, where OnNav would bring it a frame later.
	for _, s := range content.Sections {
		rs = append(rs, route{"/guide/" + s.Slug, func() goapp.Composer { return &GuideSectionPage{Slug: s.Slug} }, true})
	}
	for _, s := range content.Strategies {
		rs = append(rs, route{"/guide/strategies/" + s.Slug, func() goapp.Composer { return &StrategyPage{Slug: s.Slug} }, true})
	}
	for _, e := range content.Exercises {
		rs = append(rs, route{"/exercises/" + e.Slug, func() goapp.Composer { return &ExercisePage{Slug: e.Slug} }, true})
	}
	for _, r := range content.Routines {
		rs = append(rs,
			route{"/routines/" + r.Slug, func() goapp.Composer { return &RoutinePage{Slug: r.Slug} }, true},
			route{"/routines/" + r.Slug + "/play", page[RoutinePlayer](), true},
		)
	}
	return rs
}

// Register declares every route with go-app. It runs on the server (for
// prerendering) and in tests; calling it again does nothing, so the server
// and tests may all ask for it. The browser uses RegisterInBrowser.
var Register = sync.OnceFunc(func() {
	registerPages("")
	registerNotFound()
})

// RegisterInBrowser declares every route for client-side navigation. The
// catch-all route for unknown paths compiles a regular expression, a few
// milliseconds of a phone's CPU before the first page can render: unless
// the address being opened needs it, it is handed to later, which runs it
// once the first page is up.
func RegisterInBrowser(later func(func())) {
	guardBlockedStorage() // before go-app's engine starts and reads storage
	listenOtherTabs()
	if registerPages(withoutRootPrefix(goapp.Window().URL().Path)) {
		later(registerNotFound)
		return
	}
	registerNotFound()
}

// registerPages declares every page's route and reports whether one of
// them is path.
func registerPages(path string) (routed bool) {
	for _, r := range routeTable() {
		goapp.Route(r.Path, r.New)
		routed = routed || r.Path == path
	}
	return routed
}

// registerNotFound makes anything else render the 404 page in the browser
// too: go-app's own fallback ignores app.NotFound and shows a bare "404".
func registerNotFound() {
	goapp.RouteWithRegexp("^/.*", page[NotFoundPage]())
}

// Paths lists every page in its own right, sorted: for crawling, the
// sitemap, the service worker's precache and the static export.
func Paths() []string {
	var paths []string
	for _, r := range routeTable() {
		if r.Listed {
			paths = append(paths, r.Path)
		}
	}
	slices.Sort(paths)
	return paths
}

// knownPaths is built once; the server asks from many goroutines.
var knownPaths = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, r := range routeTable() {
		if r.Path != NotFoundPath {
			m[r.Path] = true
		}
	}
	return m
})

// IsKnownPath reports whether path is a real route (not the 404 fallback).
func IsKnownPath(path string) bool { return knownPaths()[path] }

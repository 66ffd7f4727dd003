// Package app holds Limber's go-app components and client logic. Pure logic
// (timer engine, red-flag tiers, routine links, storage schema) lives in
// subpackages with no go-app import so it tests fast in plain Go.
package app

import (
	"slices"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/storage"
	"limber/content"
)

// NotFoundPath is the route the server prerenders for unknown paths, so the
// 404 page carries Limber's layout rather than go-app's bare default.
const NotFoundPath = "/not-found"

// route is one page: its path, its component, whether it is a page in its
// own right (listed in the sitemap, precached, exported) or needs a query to
// mean anything (a shared link, a saved routine), and what it tells the
// browser and link previews about itself. RouteFocus applies Meta on every
// page; a page whose metadata depends on its query (the players, a shared
// routine) leaves it empty and applies its own.
type route struct {
	Path   string
	New    func() goapp.Composer
	Listed bool
	Meta   pageMeta
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
		{"/", page[HomePage](), true, pageMeta{
			Title:       "Stretch guide & timer for tight hamstrings and lower back",
			Description: "Limber is an offline guide and workout timer for tight hamstrings and a stiff lower back: why they tighten, what helps, and guided routines.",
			Path:        "/",
		}},
		{"/guide", page[GuideIndexPage](), true, pageMeta{
			Title:       "The guide",
			Description: "Why hamstrings and the lower back tighten, how they pull on each other through the pelvis, seven strategies that help, and how to prevent it.",
			Path:        "/guide",
		}},
		{"/exercises", page[ExerciseLibraryPage](), true, pageMeta{
			Title:       "Exercise library",
			Description: "Every stretch, mobility drill, strength move and release in Limber, with set-up, steps, cues, common mistakes and how long to hold.",
			Path:        "/exercises",
		}},
		{"/routines", page[RoutinesPage](), true, pageMeta{
			Title:       "Guided routines",
			Description: "Hands-free routines for tight hamstrings and a stiff lower back: a desk break, a warm-up, stretches, back relief, strength and a full session.",
			Path:        "/routines",
		}},
		{"/routines/new", page[RoutineBuilder](), true, pageMeta{
			Title:       "Build a routine",
			Description: "Make your own routine from Limber's exercises, save it on your phone or share it as a link.",
			Path:        "/routines/new",
		}},
		{"/routines/shared", page[SharedRoutinePage](), false, pageMeta{}},
		{"/routines/sheet", page[RoutineSheetPage](), false, pageMeta{}},
		{"/routines/shared/play", page[RoutinePlayer](), false, pageMeta{}},
		{"/routines/saved/play", page[RoutinePlayer](), false, pageMeta{}},
		{"/routines/quick/play", page[RoutinePlayer](), false, pageMeta{}},
		{"/plans", page[PlansPage](), true, pageMeta{
			Title:       "Plans to follow",
			Description: "Week-by-week plans for tight hamstrings and a stiff lower back: loosen up, undo desk sitting, or build a stronger back. Offline, no account.",
			Path:        "/plans",
		}},
		{"/progress", page[ProgressPage](), true, pageMeta{
			Title:       "Your progress",
			Description: "Pain and stiffness before and after sessions, sessions each week, one hard activity and a reach test, drawn from your own answers on your phone.",
			Path:        "/progress",
		}},
		{"/timer", page[TimerPage](), true, pageMeta{
			Title:       "Quick timer",
			Description: "A simple hold timer (20, 30, 45 or 60 seconds, each side, with repeats) and a tap-to-count rep counter.",
			Path:        "/timer",
		}},
		{"/history", page[HistoryPage](), true, pageMeta{
			Title:       "Your history",
			Description: "Your stretching sessions this week, kept only on your phone.",
			Path:        "/history",
		}},
		{"/settings", page[SettingsPage](), true, pageMeta{
			Title:       "Settings",
			Description: "Sound, voice and vibration cues, light or dark theme, movement-break reminders and your data.",
			Path:        "/settings",
		}},
		{"/check", page[CheckPage](), true, pageMeta{
			Title:       "Red-flag check",
			Description: "A short yes/no check of the warning signs that mean stop stretching and get help: now, today, or soon. It does not diagnose.",
			Path:        "/check",
		}},
		{"/faq", page[FAQPage](), true, pageMeta{
			Title:       "Frequently asked questions",
			Description: "Short answers on what tightens hamstrings and the lower back, how the two are linked, what helps, when to get help and how to prevent it.",
			Path:        "/faq",
		}},
		{"/help", page[HelpPage](), true, pageMeta{
			Title:       "When to get help",
			Description: "The signs that mean you should stop stretching and see a physiotherapist or doctor, and the emergency signs that need help now.",
			Path:        "/help",
		}},
		{"/glossary", page[GlossaryPage](), true, pageMeta{
			Title:       "Glossary",
			Description: "The medical words the guide uses, such as posterior pelvic tilt and ischial tuberosity, explained in plain language.",
			Path:        "/glossary",
		}},
		{"/about", page[AboutPage](), true, pageMeta{
			Title:       "About Limber and its sources",
			Description: "Where Limber's guidance comes from, what it can and cannot do, and how it keeps your data on your phone.",
			Path:        "/about",
		}},
		{NotFoundPath, page[NotFoundPage](), false, pageMeta{
			Title:       "Page not found",
			Description: "This page does not exist in Limber. The guide, exercises and routines are a tap away.",
		}},
		{ShellPath, page[AppShellPage](), false, pageMeta{
			Title:       "Opening",
			Description: "Limber is opening the page you asked for.",
		}},
	}
	// Pages for one item get its slug from their route: it is there at the
	// first render, where OnNav would bring it a frame later.
	for _, s := range content.Sections {
		rs = append(rs, route{"/guide/" + s.Slug, func() goapp.Composer { return &GuideSectionPage{Slug: s.Slug} }, true,
			pageMeta{Title: s.Title, Description: s.Description, Path: "/guide/" + s.Slug}})
	}
	for _, s := range content.Strategies {
		rs = append(rs, route{"/guide/strategies/" + s.Slug, func() goapp.Composer { return &StrategyPage{Slug: s.Slug} }, true,
			pageMeta{Title: s.Title, Description: s.Summary, Path: "/guide/strategies/" + s.Slug}})
	}
	for _, e := range content.Exercises {
		rs = append(rs, route{"/exercises/" + e.Slug, func() goapp.Composer { return &ExercisePage{Slug: e.Slug} }, true, exerciseMeta(e)})
	}
	for _, pr := range content.Programmes {
		rs = append(rs, route{"/plans/" + pr.Slug, func() goapp.Composer { return &PlanPage{Slug: pr.Slug} }, true,
			pageMeta{Title: pr.Name + " plan", Description: pr.Summary, Path: "/plans/" + pr.Slug}})
	}
	for _, r := range content.Routines {
		rs = append(rs,
			route{"/routines/" + r.Slug, func() goapp.Composer { return &RoutinePage{Slug: r.Slug} }, true,
				pageMeta{Title: r.Name + " routine", Description: r.Summary, Path: "/routines/" + r.Slug}},
			route{"/routines/" + r.Slug + "/play", page[RoutinePlayer](), true, pageMeta{}},
		)
	}
	return withLanguages(rs)
}

// withLanguages adds each route's page in every other shipped language,
// under its prefix (/es/exercises); the 404 and shell pages serve all.
func withLanguages(rs []route) []route {
	n := len(rs)
	for _, l := range i18n.Langs[1:] {
		for _, r := range rs[:n] {
			if r.Path == NotFoundPath || r.Path == ShellPath {
				continue
			}
			r.Path = i18n.PathIn(l, r.Path)
			if r.Meta.Path != "" {
				r.Meta.Path = i18n.PathIn(l, r.Meta.Path)
			}
			rs = append(rs, r)
		}
	}
	return rs
}

// RouteTexts are the titles, descriptions and preview texts of every
// route, for the translation catalogue (tools/catalogue).
func RouteTexts() []string {
	var out []string
	for _, r := range routeTable() {
		out = append(out, r.Meta.Title, r.Meta.Description, r.Meta.ImageAlt)
	}
	return out
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
	storage.GuardBlocked() // before go-app's engine starts and reads storage
	storage.ListenOtherTabs()
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

// exerciseMeta is an exercise page's metadata, its drawing as the preview.
func exerciseMeta(e content.Exercise) pageMeta {
	m := pageMeta{Title: e.Name, Description: e.Summary, Path: "/exercises/" + e.Slug}
	if ill, ok := content.IllustrationFor(e.Slug); ok {
		m.Image = previewImagePath(e.Slug)
		m.ImageAlt = ill.Alt
	}
	return m
}

// routesByPath indexes the route table, built once: the server asks from
// many goroutines, the client at every navigation.
var routesByPath = sync.OnceValue(func() map[string]route {
	m := map[string]route{}
	for _, r := range routeTable() {
		m[r.Path] = r
	}
	return m
})

// metaFor is path's metadata from the route table; an unknown path gets
// the 404 page's.
func metaFor(path string) pageMeta {
	if !IsKnownPath(path) {
		path = NotFoundPath
	}
	return routesByPath()[path].Meta
}

// IsKnownPath reports whether path is a real route (not the 404 fallback).
func IsKnownPath(path string) bool {
	_, ok := routesByPath()[path]
	return ok && path != NotFoundPath
}

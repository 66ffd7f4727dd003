package app

import (
	"cmp"
	"net/url"
	"slices"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/storage"
	"limber/app/view"
	"limber/content"
)

// ExerciseLibraryPage lists every exercise, filterable by body region and
// kind. Filters live in the query string so a filtered list can be shared.
type ExerciseLibraryPage struct {
	goapp.Compo
	storage.DataWatch

	region  content.Region
	kind    content.Kind
	favOnly bool     // the "Favourites" filter
	query   string   // the search box, matched as you type
	favs    []string // starred exercise slugs, listed first
}

func (p *ExerciseLibraryPage) OnMount(ctx goapp.Context) {
	p.loadFavs()
	p.Watch(ctx, p.loadFavs)
}

func (p *ExerciseLibraryPage) loadFavs() { p.favs = storage.Load().Favourites.Exercises }

func (p *ExerciseLibraryPage) OnPreRender(ctx goapp.Context) { p.load(ctx) }
func (p *ExerciseLibraryPage) OnNav(ctx goapp.Context)       { p.load(ctx) }

func (p *ExerciseLibraryPage) load(ctx goapp.Context) {
	q := ctx.Page().URL().Query()
	p.region = validRegion(q.Get("region"))
	p.kind = validKind(q.Get("kind"))
	p.favOnly = q.Get("fav") == "1"
	p.query = q.Get("q")
}

func validRegion(s string) content.Region {
	for _, r := range content.Regions {
		if string(r) == s {
			return r
		}
	}
	return ""
}

func validKind(s string) content.Kind {
	for _, k := range content.Kinds {
		if string(k) == s {
			return k
		}
	}
	return ""
}

func (p *ExerciseLibraryPage) filtered() []content.Exercise {
	var out []content.Exercise
	for _, e := range content.Exercises {
		if p.kind != "" && e.Kind != p.kind {
			continue
		}
		if p.region != "" && !e.WorksOn(p.region) {
			continue
		}
		if p.favOnly && !slices.Contains(p.favs, e.Slug) {
			continue
		}
		if !e.Matches(p.query) {
			continue
		}
		out = append(out, e)
	}
	return favouritesFirst(out, p.favs, func(e content.Exercise) string { return e.Slug })
}

// favouritesFirst moves the starred items to the front, each group
// keeping its order.
func favouritesFirst[T any](list []T, favs []string, slug func(T) string) []T {
	out := make([]T, 0, len(list))
	for _, pass := range []bool{true, false} {
		for _, x := range list {
			if slices.Contains(favs, slug(x)) == pass {
				out = append(out, x)
			}
		}
	}
	return out
}

func (p *ExerciseLibraryPage) Render() goapp.UI {
	list := p.filtered()
	return shell(view.TabExercises,
		view.ElText("h1", "", "Exercise library"),
		view.ElText("p", "lead", "Stretches, mobility drills, strength moves and self-massage. Warm up before static stretches, and keep every stretch to a gentle pull."),
		view.Elem("div", "search",
			view.ElemText("label", "", "Search by name, muscle or equipment").Attr("for", "exercise-search"),
			view.Void("input", "").ID("exercise-search").Attr("type", "search").Attr("enterkeyhint", "search").Attr("autocomplete", "off").
				Attr("maxlength", 60).Attr("placeholder", i18n.T("e.g. strap, glutes, bridge")).Attr("value", p.query).
				OnInput(func(ctx goapp.Context, e goapp.Event) {
					p.query = ctx.JSSrc().Get("value").String()
					p.syncURL(ctx)
				}),
		).Role("search"),
		// Folded away on a phone so the list, not the chips, fills the
		// first screen; open when a filter is on, so it shows.
		view.Elem("details", "filters",
			view.Elem("summary", "filters-summary", view.ElText("span", "", "Filters"), view.ElText("span", "filters-on", cmp.Or(p.activeFilters(), i18n.T("showing all")))).ID("filters-toggle"),
			view.El("div", "filters-body",
				filterGroup(i18n.T("Body area"), "region", regionOptions(), string(p.region), func(ctx goapp.Context, v string) {
					p.region = validRegion(v)
					p.syncURL(ctx)
				}),
				filterGroup(i18n.T("Kind"), "kind", kindOptions(), string(p.kind), func(ctx goapp.Context, v string) {
					p.kind = validKind(v)
					p.syncURL(ctx)
				}),
				filterGroup(i18n.T("Show"), "fav", []option{{"", i18n.T("All")}, {"1", i18n.T("★ Favourites")}}, map[bool]string{true: "1"}[p.favOnly], func(ctx goapp.Context, v string) {
					p.favOnly = v == "1"
					p.syncURL(ctx)
				}),
			),
		).Attr("open", p.activeFilters() != ""),
		view.ElemText("p", "result-count", view.CountLabel(len(list), "exercise")).ID("result-count").Aria("live", "polite"),
		goapp.If(len(list) == 0 && p.query != "", func() goapp.UI {
			return view.ElemText("p", "empty", i18n.F("Nothing matches “{query}”. Try a muscle (glutes), a piece of equipment (strap) or part of a name.", "query", p.query)).ID("search-empty")
		}),
		goapp.If(p.favOnly && len(list) == 0 && p.query == "", func() goapp.UI {
			return view.ElText("p", "empty", "No favourites here yet. Star an exercise on its page to find it first.")
		}),
		goapp.If(!p.favOnly || len(list) > 0, func() goapp.UI { return view.StarredExerciseCards(list, p.favs) }),
	)
}

// activeFilters names the filters that are on ("" for none), for the
// folded summary.
func (p *ExerciseLibraryPage) activeFilters() string {
	var on []string
	if p.region != "" {
		on = append(on, view.RegionLabel(p.region))
	}
	if p.kind != "" {
		on = append(on, view.KindLabel(p.kind))
	}
	if p.favOnly {
		on = append(on, i18n.T("Favourites"))
	}
	return strings.Join(on, ", ")
}

// syncURL records the filters in the address without a navigation, so the
// back button and a shared link keep them.
func (p *ExerciseLibraryPage) syncURL(ctx goapp.Context) {
	u := "/exercises"
	sep := "?"
	if p.region != "" {
		u += sep + "region=" + string(p.region)
		sep = "&"
	}
	if p.kind != "" {
		u += sep + "kind=" + string(p.kind)
		sep = "&"
	}
	if p.favOnly {
		u += sep + "fav=1"
		sep = "&"
	}
	if strings.TrimSpace(p.query) != "" {
		u += sep + "q=" + url.QueryEscape(p.query)
	}
	goapp.Window().Get("history").Call("replaceState", nil, "", i18n.Path(u))
}

type option struct{ Value, Label string }

func regionOptions() []option {
	opts := []option{{"", i18n.T("All areas")}}
	for _, r := range content.Regions {
		opts = append(opts, option{string(r), view.RegionLabel(r)})
	}
	return opts
}

func kindOptions() []option {
	opts := []option{{"", i18n.T("All kinds")}}
	for _, k := range content.Kinds {
		opts = append(opts, option{string(k), view.KindLabel(k)})
	}
	return opts
}

// filterGroup renders a row of toggle buttons; aria-pressed carries the state
// so it never relies on colour alone. label and the options' labels are
// shown as they are: callers pass them translated.
func filterGroup(label, name string, opts []option, current string, set func(goapp.Context, string)) goapp.UI {
	return view.Elem("div", "filter-group",
		view.ElemText("span", "filter-label", label).Aria("hidden", "true"),
		view.El("div", "chips",
			goapp.Range(opts).Slice(func(i int) goapp.UI {
				o := opts[i]
				pressed := o.Value == current
				return view.ElemText("button", "chip", o.Label).Attr("type", "button").DataSet("filter", name).DataSet("value", o.Value).Aria("pressed", boolString(pressed)).OnClick(func(ctx goapp.Context, e goapp.Event) { set(ctx, o.Value) })
			}),
		),
	).Role("group").Aria("label", label)
}

func boolString(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

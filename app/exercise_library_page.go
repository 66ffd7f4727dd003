package app

import (
	"cmp"
	"slices"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/content"
)

// ExerciseLibraryPage lists every exercise, filterable by body region and
// kind. Filters live in the query string so a filtered list can be shared.
type ExerciseLibraryPage struct {
	goapp.Compo
	dataWatch

	region  content.Region
	kind    content.Kind
	favOnly bool     // the "Favourites" filter
	favs    []string // starred exercise slugs, listed first
}

func (p *ExerciseLibraryPage) OnMount(ctx goapp.Context) {
	p.loadFavs()
	p.watch(ctx, p.loadFavs)
}

func (p *ExerciseLibraryPage) loadFavs() { p.favs = loadData().Favourites.Exercises }

func (p *ExerciseLibraryPage) OnPreRender(ctx goapp.Context) { p.load(ctx) }
func (p *ExerciseLibraryPage) OnNav(ctx goapp.Context)       { p.load(ctx) }

func (p *ExerciseLibraryPage) load(ctx goapp.Context) {
	q := ctx.Page().URL().Query()
	p.region = validRegion(q.Get("region"))
	p.kind = validKind(q.Get("kind"))
	p.favOnly = q.Get("fav") == "1"
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
	return shell(tabExercises,
		elText("h1", "", "Exercise library"),
		elText("p", "lead", "Stretches, mobility drills, strength moves and self-massage. Warm up before static stretches, and keep every stretch to a gentle pull."),
		// Folded away on a phone so the list, not the chips, fills the
		// first screen; open when a filter is on, so it shows.
		elem("details", "filters",
			elem("summary", "filters-summary", elText("span", "", "Filters"), elText("span", "filters-on", cmp.Or(p.activeFilters(), "showing all"))).ID("filters-toggle"),
			el("div", "filters-body",
				filterGroup("Body area", "region", regionOptions(), string(p.region), func(ctx goapp.Context, v string) {
					p.region = validRegion(v)
					p.syncURL(ctx)
				}),
				filterGroup("Kind", "kind", kindOptions(), string(p.kind), func(ctx goapp.Context, v string) {
					p.kind = validKind(v)
					p.syncURL(ctx)
				}),
				filterGroup("Show", "fav", []option{{"", "All"}, {"1", "★ Favourites"}}, map[bool]string{true: "1"}[p.favOnly], func(ctx goapp.Context, v string) {
					p.favOnly = v == "1"
					p.syncURL(ctx)
				}),
			),
		).Attr("open", p.activeFilters() != ""),
		elemText("p", "result-count", countLabel(len(list), "exercise")).ID("result-count").Aria("live", "polite"),
		goapp.If(p.favOnly && len(list) == 0, func() goapp.UI {
			return elText("p", "empty", "No favourites here yet. Star an exercise on its page to find it first.")
		}),
		goapp.If(!p.favOnly || len(list) > 0, func() goapp.UI { return starredExerciseCards(list, p.favs) }),
	)
}

// activeFilters names the filters that are on ("" for none), for the
// folded summary.
func (p *ExerciseLibraryPage) activeFilters() string {
	var on []string
	if p.region != "" {
		on = append(on, regionLabel(p.region))
	}
	if p.kind != "" {
		on = append(on, kindLabel(p.kind))
	}
	if p.favOnly {
		on = append(on, "Favourites")
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
	}
	goapp.Window().Get("history").Call("replaceState", nil, "", u)
}

type option struct{ Value, Label string }

func regionOptions() []option {
	opts := []option{{"", "All areas"}}
	for _, r := range content.Regions {
		opts = append(opts, option{string(r), regionLabel(r)})
	}
	return opts
}

func kindOptions() []option {
	opts := []option{{"", "All kinds"}}
	for _, k := range content.Kinds {
		opts = append(opts, option{string(k), kindLabel(k)})
	}
	return opts
}

// filterGroup renders a row of toggle buttons; aria-pressed carries the state
// so it never relies on colour alone.
func filterGroup(label, name string, opts []option, current string, set func(goapp.Context, string)) goapp.UI {
	return elem("div", "filter-group",
		elemText("span", "filter-label", label).Aria("hidden", "true"),
		el("div", "chips",
			goapp.Range(opts).Slice(func(i int) goapp.UI {
				o := opts[i]
				pressed := o.Value == current
				return elemText("button", "chip", o.Label).Attr("type", "button").DataSet("filter", name).DataSet("value", o.Value).Aria("pressed", boolString(pressed)).OnClick(func(ctx goapp.Context, e goapp.Event) { set(ctx, o.Value) })
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

// exerciseCards renders cards for a list of slugs, skipping unknown ones.
func exerciseCards(slugs []string) goapp.UI {
	var list []content.Exercise
	for _, s := range slugs {
		if e, ok := content.ExerciseBySlug(s); ok {
			list = append(list, e)
		}
	}
	return exerciseCardList(list)
}

func exerciseCardList(list []content.Exercise) goapp.UI { return starredExerciseCards(list, nil) }

// starredExerciseCards is exerciseCardList with favourites marked.
func starredExerciseCards(list []content.Exercise, favs []string) goapp.UI {
	if len(list) == 0 {
		return elText("p", "empty", "No exercise matches both filters. Try another body area or kind.")
	}
	return el("ul", "exercise-grid",
		goapp.Range(list).Slice(func(i int) goapp.UI {
			e := list[i]
			return el("li", "",
				link("card exercise-card", "/exercises/"+e.Slug,
					illustration(e.Slug, true),
					elText("span", "card-title", e.Name),
					el("span", "badges",
						elText("span", "badge kind-"+string(e.Kind), kindLabel(e.Kind)),
						elText("span", "badge", dosageLabel(e.Dosage)),
						goapp.If(slices.Contains(favs, e.Slug), func() goapp.UI { return elText("span", "badge fav-badge", "★ Favourite") }),
					),
				),
			)
		}),
	)
}

// illustration renders an exercise's drawing. Decorative copies (in cards
// next to the name, in the player) are hidden from screen readers so they
// don't repeat it; lazy-loaded, as most are below the fold.
func illustration(slug string, decorative bool) goapp.UI {
	ill, ok := content.IllustrationFor(slug)
	if !ok {
		return nil
	}
	img := void("img", "illustration").Attr("src", ill.Src).Attr("width", 320).Attr("height", 200)
	if decorative {
		img = img.Attr("loading", "lazy")
		// go-app drops empty attributes, so an empty alt renders none at all
		// and screen readers would read the file name: role="presentation"
		// takes the image out of the accessibility tree instead.
		return img.Attr("role", "presentation")
	}
	return img.Attr("alt", ill.Alt)
}

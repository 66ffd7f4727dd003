package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/storage"
	"limber/app/view"
	"limber/content"
)

// FavouritesBlock is home's "Your favourites": the starred routines and
// exercises, one tap away. It shows nothing until something is starred.
type FavouritesBlock struct {
	goapp.Compo
	storage.DataWatch

	routines  []content.Routine
	exercises []content.Exercise
}

func (b *FavouritesBlock) OnMount(ctx goapp.Context) {
	b.load()
	b.Watch(ctx, b.load)
}

func (b *FavouritesBlock) load() {
	f := storage.Load().Favourites
	b.routines, b.exercises = nil, nil
	for _, slug := range f.Routines {
		if r, ok := content.RoutineBySlug(slug); ok {
			b.routines = append(b.routines, r)
		}
	}
	for _, slug := range f.Exercises {
		if e, ok := content.ExerciseBySlug(slug); ok {
			b.exercises = append(b.exercises, e)
		}
	}
}

func (b *FavouritesBlock) Render() goapp.UI {
	if len(b.routines)+len(b.exercises) == 0 {
		return view.El("div", "favourites-empty") // a placeholder node; nothing to show
	}
	return view.Elem("section", "block",
		view.ElemText("h2", "", "Your favourites").ID("favs-h"),
		view.El("ul", "card-grid",
			goapp.Range(b.routines).Slice(func(i int) goapp.UI {
				r := b.routines[i]
				return view.HomeCard("/routines/"+r.Slug, view.IconRoutines, r.Name, i18n.F("Routine · about {time}", "time", view.MinutesLabel(r.EstimatedSeconds())))
			}),
			goapp.Range(b.exercises).Slice(func(i int) goapp.UI {
				e := b.exercises[i]
				return view.HomeCard("/exercises/"+e.Slug, view.IconLibrary, e.Name, view.KindLabel(e.Kind)+" · "+view.DosageLabel(e.Dosage))
			}),
		),
	).ID("home-favourites").Aria("labelledby", "favs-h")
}

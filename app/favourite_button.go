package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
)

// FavouriteButton stars an exercise or routine; favourites stay on the phone.
type FavouriteButton struct {
	goapp.Compo
	storage.DataWatch

	Kind string // "exercise" or "routine"
	Slug string

	on bool
}

func (b *FavouriteButton) OnMount(ctx goapp.Context) {
	b.load()
	b.Watch(ctx, b.load)
}

// OnUpdate rereads the star when the page hands this button another slug:
// an exercise page mounts it before its route resolves the exercise.
func (b *FavouriteButton) OnUpdate(ctx goapp.Context) { b.load() }

func (b *FavouriteButton) load() { b.on = b.has(storage.Load().Favourites) }

func (b *FavouriteButton) has(f store.Favourites) bool {
	if b.Kind == "routine" {
		return f.HasRoutine(b.Slug)
	}
	return f.HasExercise(b.Slug)
}

func (b *FavouriteButton) toggle(ctx goapp.Context, e goapp.Event) {
	d, _ := storage.Update(func(d *store.Data) {
		if b.Kind == "routine" {
			d.Favourites.ToggleRoutine(b.Slug)
			return
		}
		d.Favourites.ToggleExercise(b.Slug)
	})
	// On a failed save the change still holds for this visit (storage.go
	// keeps it in memory) and the StatusBar says it wasn't kept.
	b.on = b.has(d.Favourites)
}

func (b *FavouriteButton) Render() goapp.UI {
	label := i18n.T("Save to favourites")
	if b.on {
		label = i18n.T("Saved to favourites")
	}
	return view.Elem("button", "button fav", view.Icon(view.IconStar), view.ElText("span", "", label)).ID("favourite-button").Attr("type", "button").Aria("pressed", boolString(b.on)).OnClick(b.toggle)
}

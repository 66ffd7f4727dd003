package view

import (
	"slices"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/content"
)

// ExerciseCards renders cards for a list of slugs, skipping unknown ones.
func ExerciseCards(slugs []string) goapp.UI {
	var list []content.Exercise
	for _, s := range slugs {
		if e, ok := content.ExerciseBySlug(s); ok {
			list = append(list, e)
		}
	}
	return ExerciseCardList(list)
}

func ExerciseCardList(list []content.Exercise) goapp.UI { return StarredExerciseCards(list, nil) }

// StarredExerciseCards is exerciseCardList with favourites marked.
func StarredExerciseCards(list []content.Exercise, favs []string) goapp.UI {
	if len(list) == 0 {
		return ElText("p", "empty", "No exercise matches both filters. Try another body area or kind.")
	}
	return El("ul", "exercise-grid",
		goapp.Range(list).Slice(func(i int) goapp.UI {
			e := list[i]
			return El("li", "",
				Link("card exercise-card", "/exercises/"+e.Slug,
					Illustration(e.Slug, true),
					ElText("span", "card-title", e.Name),
					El("span", "badges",
						ElText("span", "badge kind-"+string(e.Kind), KindLabel(e.Kind)),
						ElText("span", "badge", DosageLabel(e.Dosage)),
						goapp.If(slices.Contains(favs, e.Slug), func() goapp.UI { return ElText("span", "badge fav-badge", "★ Favourite") }),
					),
				),
			)
		}),
	)
}

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/redflag"
	"limber/content"
)

// ExercisePage shows one exercise: drawing, dosage, set-up, steps, cues,
// mistakes, cautions and related moves.
//
// Slug comes from the route (see routeTable), so the very first render
// already shows the exercise: OnNav only arrives a frame later.
type ExercisePage struct {
	goapp.Compo
	Slug string
}

// previewImagePath is the PNG card generated at build time for link
// previews (most previewers do not render SVG).
func previewImagePath(slug string) string {
	return "/web/previews/" + slug + ".png"
}

func (p *ExercisePage) Render() goapp.UI {
	e, _ := content.ExerciseBySlug(p.Slug)
	return shell(tabExercises,
		crumbs(navLink{Href: "/", Label: "Home"}, navLink{Href: "/exercises", Label: "Exercises"}, navLink{Label: e.Name}),
		el("article", "exercise",
			el("header", "exercise-head",
				elText("h1", "", e.Name),
				elText("p", "lead", e.Summary),
				el("div", "badges",
					elText("span", "badge kind-"+string(e.Kind), kindLabel(e.Kind)),
					goapp.Range(e.Regions).Slice(func(i int) goapp.UI {
						return linkText("badge", "/exercises?region="+string(e.Regions[i]), regionLabel(e.Regions[i]))
					}),
				),
			),
			el("figure", "exercise-figure", illustration(e.Slug, false)),
			el("dl", "facts",
				el("div", "", elText("dt", "", "Dose"), elemText("dd", "", dosageLabel(e.Dosage)).ID("dosage")),
				el("div", "", elText("dt", "", "Equipment"), elText("dd", "", equipmentLabel(e.Equipment))),
			),
			el("div", "exercise-actions",
				link("button primary", quickTimerLink(e), icon(iconTimer), elText("span", "", "Time it")),
				&FavouriteButton{Kind: "exercise", Slug: e.Slug},
				&ShareButton{Title: e.Name, Text: e.Summary},
			),
			el("section", "block", elText("h2", "", "Set-up"), elText("p", "", e.Setup)),
			el("section", "block",
				elText("h2", "", "Steps"),
				el("ol", "numbered", goapp.Range(e.Steps).Slice(func(i int) goapp.UI { return elText("li", "", e.Steps[i]) })),
			),
			textListBlock("What to feel and focus on", e.Cues, "cues"),
			textListBlock("Common mistakes", e.Mistakes, "mistakes"),
			elem("section", "block caution",
				elemText("h2", "", "Take care").ID("caution-h"),
				el("ul", "", goapp.Range(e.Cautions).Slice(func(i int) goapp.UI { return elText("li", "", e.Cautions[i]) })),
				stopRules(),
			).Aria("labelledby", "caution-h"),
			goapp.If(len(e.Related) > 0, func() goapp.UI {
				return el("section", "block", elText("h2", "", "Related exercises"), exerciseCards(e.Related))
			}),
			goapp.If(e.Strategy != "", func() goapp.UI {
				s, ok := content.StrategyBySlug(e.Strategy)
				if !ok {
					return nil
				}
				return el("p", "see-also",
					goapp.Text("Part of the strategy "),
					linkText("", "/guide/strategies/"+s.Slug, s.Title),
					goapp.Text("."),
				)
			}),
		),
	)
}

func textListBlock(title string, items []string, class string) goapp.UI {
	if len(items) == 0 {
		return nil
	}
	return el("section", "block "+class,
		elText("h2", "", title),
		el("ul", "item-list", goapp.Range(items).Slice(func(i int) goapp.UI { return elText("li", "", items[i]) })),
	)
}

// stopRules is the shared "stop and check" box shown on every stretch page
// and in the player.
func stopRules() goapp.UI {
	return el("div", "stop-rules",
		el("p", "", elText("strong", "", "Stop and check if you feel sharp pain, pain shooting down a leg, or new numbness or tingling.")),
		linkText("button danger small", "/check", "Open the red-flag check"),
		el("details", "",
			elText("summary", "", "All stop rules"),
			el("ul", "", goapp.Range(redflag.StopRules).Slice(func(i int) goapp.UI { return elText("li", "", redflag.StopRules[i]) })),
		),
	)
}

// quickTimerLink opens the quick timer preset for the exercise's dosage.
func quickTimerLink(e content.Exercise) string {
	d := e.Dosage
	if d.HoldMin > 0 {
		hold := d.HoldMax
		if hold == 0 {
			hold = d.HoldMin
		}
		return "/timer?hold=" + itoa(hold) + "&sides=" + itoa(sidesOf(d.PerSide)) + "&sets=" + itoa(max(d.Sets, 1)) + "&name=" + e.Slug
	}
	return "/timer?mode=reps&target=" + itoa(max(d.RepsMax, d.RepsMin)) + "&sides=" + itoa(sidesOf(d.PerSide)) + "&name=" + e.Slug
}

func sidesOf(perSide bool) int {
	if perSide {
		return 2
	}
	return 1
}

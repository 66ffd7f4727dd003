package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/view"
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
	return shell(view.TabExercises,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Href: "/exercises", Label: "Exercises"}, view.NavLink{Label: e.Name}),
		view.El("article", "exercise",
			view.El("header", "exercise-head",
				view.ElText("h1", "", e.Name),
				view.ElText("p", "lead", e.Summary),
				view.El("div", "badges",
					view.ElText("span", "badge kind-"+string(e.Kind), view.KindLabel(e.Kind)),
					goapp.Range(e.Regions).Slice(func(i int) goapp.UI {
						return view.LinkText("badge", "/exercises?region="+string(e.Regions[i]), view.RegionLabel(e.Regions[i]))
					}),
				),
			),
			&ExerciseFigure{Slug: e.Slug},
			view.El("dl", "facts",
				view.El("div", "", view.ElText("dt", "", "Dose"), view.ElemText("dd", "", view.DosageLabel(e.Dosage)).ID("dosage")),
				view.El("div", "", view.ElText("dt", "", "Equipment"), view.ElText("dd", "", view.EquipmentLabel(e.Equipment))),
			),
			view.El("div", "exercise-actions",
				view.Link("button primary", quickTimerLink(e), view.Icon(view.IconTimer), view.ElText("span", "", "Time it")),
				&FavouriteButton{Kind: "exercise", Slug: e.Slug},
				&ShareButton{Title: i18n.T(e.Name), Text: i18n.T(e.Summary)},
			),
			view.El("section", "block", view.ElText("h2", "", "Set-up"), view.ElText("p", "", e.Setup)),
			view.El("section", "block",
				view.ElText("h2", "", "Steps"),
				view.El("ol", "numbered", goapp.Range(e.Steps).Slice(func(i int) goapp.UI { return view.ElText("li", "", e.Steps[i]) })),
			),
			view.TextListBlock(i18n.T("What to feel and focus on"), e.Cues, "cues"),
			view.TextListBlock(i18n.T("Common mistakes"), e.Mistakes, "mistakes"),
			view.Elem("section", "block caution",
				view.ElemText("h2", "", "Take care").ID("caution-h"),
				view.El("ul", "", goapp.Range(e.Cautions).Slice(func(i int) goapp.UI { return view.ElText("li", "", e.Cautions[i]) })),
				view.StopRules(),
			).Aria("labelledby", "caution-h"),
			goapp.If(len(e.Related) > 0, func() goapp.UI {
				return view.El("section", "block", view.ElText("h2", "", "Related exercises"), view.ExerciseCards(e.Related))
			}),
			goapp.If(e.Strategy != "", func() goapp.UI {
				s, ok := content.StrategyBySlug(e.Strategy)
				if !ok {
					return nil
				}
				return view.El("p", "see-also", textAround(i18n.T("Part of the strategy {strategy}."), "{strategy}",
					view.LinkText("", "/guide/strategies/"+s.Slug, s.Title))...)
			}),
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
		return "/timer?hold=" + view.Itoa(hold) + "&sides=" + view.Itoa(sidesOf(d.PerSide)) + "&sets=" + view.Itoa(max(d.Sets, 1)) + "&name=" + e.Slug
	}
	return "/timer?mode=reps&target=" + view.Itoa(max(d.RepsMax, d.RepsMin)) + "&sides=" + view.Itoa(sidesOf(d.PerSide)) + "&name=" + e.Slug
}

func sidesOf(perSide bool) int {
	if perSide {
		return 2
	}
	return 1
}

// textAround lays out a translated sentence holding one element (a link,
// a number in bold) where placeholder stands: the text before it, the
// element, the text after. A translation can move the element anywhere in
// the sentence; one that drops the placeholder gets the element at its
// end. Empty text is left out, so the nodes are those of the sentence
// written out by hand.
func textAround(sentence, placeholder string, el goapp.UI) []goapp.UI {
	before, after, _ := strings.Cut(sentence, placeholder)
	out := make([]goapp.UI, 0, 3)
	if before != "" {
		out = append(out, goapp.Text(before))
	}
	out = append(out, el)
	if after != "" {
		out = append(out, goapp.Text(after))
	}
	return out
}

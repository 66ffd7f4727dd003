package view

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/content"
)

// HomeCard is a list item linking to href: an icon, a title and a line.
func HomeCard(href string, ic IconName, title, text string) goapp.UI {
	return El("li", "",
		Link("card link-card", href,
			Icon(ic),
			ElText("span", "card-title", title),
			ElText("span", "card-text", text),
		),
	)
}

// TocCard is homeCard without the icon, for the guide's tables of contents.
func TocCard(href, title, text string) goapp.UI {
	return El("li", "",
		Link("card link-card", href,
			ElText("span", "card-title", title),
			ElText("span", "card-text", text),
		),
	)
}

func RoutineCard(r content.Routine, favourite bool) goapp.UI {
	return El("li", "",
		Link("card link-card routine-card", "/routines/"+r.Slug,
			ElText("span", "card-title", r.Name),
			ElText("span", "card-text", r.Summary),
			El("span", "badges",
				El("span", "badge", Icon(IconClock), goapp.Text(AboutLabel(r.EstimatedSeconds()))),
				ElText("span", "badge", CountLabel(len(r.Steps), "exercise")),
				goapp.If(favourite, func() goapp.UI { return ElText("span", "badge fav-badge", "★ Favourite") }),
			),
		),
	)
}

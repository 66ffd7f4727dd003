package view

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/routinelink"
)

// LinkProblem is a whole page explaining why a link can't be opened, so its
// title is the page's h1; text from the link is only ever rendered as text.
func LinkProblem(title, message string, problems []routinelink.Problem) goapp.UI {
	return problemBox(ElText("h1", "", title), message, problems)
}

// LinkFixedNotice says which parts of a link were repaired. It sits above
// the routine's own h1, so its title is bold text rather than a heading.
func LinkFixedNotice(title, message string, problems []routinelink.Problem) goapp.UI {
	return problemBox(El("p", "callout-title", ElText("strong", "", title)), message, problems)
}

func problemBox(title goapp.UI, message string, problems []routinelink.Problem) goapp.UI {
	return Elem("section", "block callout warn link-problem",
		title,
		ElText("p", "", strings.TrimSpace(message)),
		goapp.If(len(problems) > 0, func() goapp.UI {
			return El("ul", "", goapp.Range(problems).Slice(func(i int) goapp.UI { return ElText("li", "", problems[i].Message) }))
		}),
		goapp.If(len(problems) == 0, func() goapp.UI {
			return El("p", "", TextAround(i18n.T("If someone sent you this link, ask them for a fresh one, or {link}."), "{link}",
				LinkText("", "/routines", "pick one of Limber's routines"))...)
		}),
	).ID("link-problem").Role("alert")
}

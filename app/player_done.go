package app

import (
	"fmt"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/view"
)

// The done stage: what was done and whether it was saved.

func (p *RoutinePlayer) renderDone() goapp.UI {
	s := p.snap
	return shell(view.TabRoutines,
		view.Elem("section", "done",
			view.ElemText("h1", "", "Well done").ID("done-h").TabIndex(-1),
			view.ElText("p", "lead", fmt.Sprintf("You spent %s on %s.", view.DurationLabel(int(s.ActiveTime/time.Second)), p.routine.Name)+p.savedLabel()),
			goapp.If(p.saveErr != "", func() goapp.UI {
				return view.Elem("div", "caution",
					view.ElText("p", "", p.saveErr),
					view.LinkText("button", "/settings#data", "Export your data"),
				).ID("save-failed").Role("alert")
			}),
			view.ElText("p", "", "Notice how your hamstrings and back feel now. Little and often beats long and rare."),
			view.El("div", "actions",
				view.Link("button primary", "/history", view.Icon(view.IconHistory), view.ElText("span", "", "See your week")),
				view.LinkText("button", "/routines", "More routines"),
			),
		).ID("player-done"),
	)
}

// savedLabel says where the finished session went.
func (p *RoutinePlayer) savedLabel() string {
	switch {
	case p.saveErr != "":
		return " It's in your history until you close Limber."
	case p.endedEarly && p.snap.ActiveTime < minRecordedActive:
		return " Sessions under 30 seconds aren't added to your history."
	}
	return " It's saved in your history."
}

package app

import (
	"fmt"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The done stage: what was done and whether it was saved.

func (p *RoutinePlayer) renderDone() goapp.UI {
	s := p.snap
	return shell(tabRoutines,
		elem("section", "done",
			elemText("h1", "", "Well done").ID("done-h").TabIndex(-1),
			elText("p", "lead", fmt.Sprintf("You spent %s on %s.", durationLabel(int(s.ActiveTime/time.Second)), p.routine.Name)+p.savedLabel()),
			goapp.If(p.saveErr != "", func() goapp.UI {
				return elem("div", "caution",
					elText("p", "", p.saveErr),
					linkText("button", "/settings#data", "Export your data"),
				).ID("save-failed").Role("alert")
			}),
			elText("p", "", "Notice how your hamstrings and back feel now. Little and often beats long and rare."),
			el("div", "actions",
				link("button primary", "/history", icon(iconHistory), elText("span", "", "See your week")),
				linkText("button", "/routines", "More routines"),
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

package app

import (
	"fmt"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/view"
)

// SessionDone is the player's last screen: what was done and whether it
// was saved.
type SessionDone struct {
	goapp.Compo

	Routine    string
	Active     time.Duration
	SaveErr    string // why the session could not be stored
	EndedEarly bool
}

func (d *SessionDone) Render() goapp.UI {
	return view.Elem("section", "done",
		view.ElemText("h1", "", "Well done").ID("done-h").TabIndex(-1),
		view.ElText("p", "lead", fmt.Sprintf("You spent %s on %s.", view.DurationLabel(int(d.Active/time.Second)), d.Routine)+d.savedLabel()),
		goapp.If(d.SaveErr != "", func() goapp.UI {
			return view.Elem("div", "caution",
				view.ElText("p", "", d.SaveErr),
				view.LinkText("button", "/settings#data", "Export your data"),
			).ID("save-failed").Role("alert")
		}),
		view.ElText("p", "", "Notice how your hamstrings and back feel now. Little and often beats long and rare."),
		view.El("div", "actions",
			view.Link("button primary", "/history", view.Icon(view.IconHistory), view.ElText("span", "", "See your week")),
			view.LinkText("button", "/routines", "More routines"),
		),
	).ID("player-done")
}

// savedLabel says where the finished session went.
func (d *SessionDone) savedLabel() string {
	switch {
	case d.SaveErr != "":
		return " It's in your history until you close Limber."
	case d.EndedEarly && d.Active < minRecordedActive:
		return " Sessions under 30 seconds aren't added to your history."
	}
	return " It's saved in your history."
}

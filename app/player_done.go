package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/progress"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
)

// SessionDone is the player's last screen: what was done and whether it
// was saved.
type SessionDone struct {
	goapp.Compo
	storage.DataWatch

	Routine    string
	Active     time.Duration
	SaveErr    string // why the session could not be stored
	EndedEarly bool
	// Skipped: most steps were skipped, so history has it as partly done
	// and it doesn't count for a plan (the half-the-work rule).
	Skipped bool
	// CheckKey names this run's check-ins ("" asks none: the quick timer);
	// SessionID is the history record they belong to.
	CheckKey, SessionID string

	concern progress.Concern
}

func (d *SessionDone) OnMount(ctx goapp.Context) {
	d.load()
	d.Watch(ctx, d.load)
}

func (d *SessionDone) load() { d.concern = progress.Check(storage.Load().CheckIns, time.Now()) }

func (d *SessionDone) Render() goapp.UI {
	return view.Elem("section", "done",
		view.ElemText("h1", "", map[bool]string{false: i18n.T("Well done"), true: i18n.T("Session over")}[d.Skipped && !d.EndedEarly]).ID("done-h").TabIndex(-1),
		view.ElText("p", "lead", i18n.F("You spent {time} on {routine}.", "time", view.DurationLabel(int(d.Active/time.Second)), "routine", i18n.T(d.Routine))+d.savedLabel()),
		goapp.If(d.SaveErr != "", func() goapp.UI {
			return view.Elem("div", "caution",
				view.ElText("p", "", d.SaveErr),
				view.LinkText("button", "/settings#data", "Export your data"),
			).ID("save-failed").Role("alert")
		}),
		goapp.If(d.CheckKey != "", d.checkIns),
		view.ConcernCard(d.concern),
		view.El("div", "actions",
			view.Link("button primary", "/progress", view.Icon(view.IconHistory), view.ElText("span", "", "See your progress")),
			view.LinkText("button", "/history", "Your history"),
			view.LinkText("button", "/routines", "More routines"),
		),
	).ID("player-done")
}

// checkInAfter marks the check-ins after a session (store.CheckIn.When);
// a name, not words, so it is kept out of the catalogue's keyed literals.
const checkInAfter = "after"

// checkIns asks, optionally, how the person feels now.
func (d *SessionDone) checkIns() goapp.UI {
	return view.Elem("section", "card checkin",
		view.ElemText("h2", "", "How do you feel now?").ID("after-h"),
		view.ElText("p", "card-text", "Optional. Your answers stay on this phone and show on Progress."),
		sessionScale(d.CheckKey, "after", d.SessionID, store.MeasurePain),
		sessionScale(d.CheckKey, "after", d.SessionID, store.MeasureStiffness),
		&CheckInScale{DomID: "checkin-nerve", RecordID: d.CheckKey + "-nerve", Measure: store.MeasureNerve, When: checkInAfter, Session: d.SessionID,
			Question: i18n.T("Any new numbness, tingling or weakness in a leg or foot?"), Choices: []string{i18n.T("No"), i18n.T("Yes")}},
	).Aria("labelledby", "after-h")
}

// sessionScale is the 0-10 pain or stiffness question before or after a
// session.
func sessionScale(key, when, session, measure string) goapp.UI {
	q, high := i18n.T("Pain"), i18n.T("Worst imaginable")
	if measure == store.MeasureStiffness {
		q, high = i18n.T("Stiffness"), i18n.T("As stiff as can be")
	}
	return &CheckInScale{DomID: "checkin-" + measure + "-" + when, RecordID: key + "-" + measure + "-" + when,
		Measure: measure, When: when, Session: session, Question: q, Low: i18n.T("None"), High: high}
}

// savedLabel says where the finished session went.
func (d *SessionDone) savedLabel() string {
	switch {
	case d.SaveErr != "":
		return " " + i18n.T("It's in your history until you close Limber.")
	case d.EndedEarly && d.Active < minRecordedActive:
		return " " + i18n.T("Sessions under 30 seconds aren't added to your history.")
	case d.Skipped && !d.EndedEarly:
		return " " + i18n.T("Most steps were skipped, so it's in your history as partly done and doesn't count as a session of your plan.")
	}
	return " " + i18n.T("It's saved in your history.")
}

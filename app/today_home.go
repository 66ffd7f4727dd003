package app

import (
	"net/url"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/plan"
	"limber/app/view"
)

// homeProgrammes are the routines someone handed over and the person
// added to their plan, each with how this week is going and one Start.
func homeProgrammes(homes []plan.HomeStatus) goapp.UI {
	if len(homes) == 0 {
		return nil
	}
	return view.Elem("ul", "home-programmes", goapp.Range(homes).Slice(func(i int) goapp.UI { return homeProgramme(homes[i]) })).ID("today-home")
}

func homeProgramme(h plan.HomeStatus) goapp.UI {
	r := h.Routine.Routine
	play := "/routines/saved/play?id=" + url.QueryEscape(h.Routine.ID)
	start := StartLink("button primary big", "home-start-"+h.Routine.ID, play, r.Name)
	if h.DoneForToday() || h.Finished {
		start = view.AnchorText("button", play, "Do it now anyway")
	}
	return view.El("li", "home-programme",
		view.ElText("p", "today-plan", r.Name),
		view.ElText("p", "today-session", homeLine(h)),
		view.ElText("p", "card-text", "About "+view.MinutesLabel(r.EstimatedSeconds())+" · "+homeProgress(h)),
		view.El("div", "actions", start),
	)
}

// homeLine says what today asks, without scolding.
func homeLine(h plan.HomeStatus) string {
	switch {
	case h.Finished:
		return "You've done the " + view.CountLabel(h.Weeks, "week") + " it was written for. Ask whoever gave it to you what comes next."
	case h.DoneForToday():
		return "Done for today."
	case h.TodayDone == 1 && h.TodayTarget() == 2:
		return "Once more today."
	}
	if often := view.OftenLabel(h.Routine.Routine.Rx); often != "" {
		return "Your home programme: " + lowerFirst(often) + "."
	}
	return "Your home programme."
}

// homeProgress counts this week's sessions: "Week 2 of 6 · 1 of 3 this week".
func homeProgress(h plan.HomeStatus) string {
	week := "Week " + view.Itoa(h.Week)
	if h.Weeks > 0 && !h.Finished {
		week += " of " + view.Itoa(h.Weeks)
	}
	switch {
	case h.Finished:
		return view.CountLabel(h.Total, "session") + " done"
	case h.PerWeek > 0 && h.PerWeek <= 7:
		return week + " · " + view.Itoa(h.WeekDone) + " of " + view.Itoa(h.PerWeek) + " this week"
	}
	return week + " · " + view.CountLabel(h.WeekDone, "session") + " this week"
}

// homesNow is every followed routine's status now.
func (c *TodayCard) homesNow() []plan.HomeStatus { return plan.Homes(c.data, time.Now(), nil) }

package app

import (
	"net/url"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
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
		view.ElText("p", "card-text", i18n.F("About {time}", "time", view.MinutesLabel(r.EstimatedSeconds()))+" · "+homeProgress(h)),
		view.El("div", "actions", start),
	)
}

// homeLine says what today asks, without scolding.
func homeLine(h plan.HomeStatus) string {
	switch {
	case h.Finished:
		return oneOrMany(h.Weeks, i18n.T("You've done the 1 week it was written for. Ask whoever gave it to you what comes next."),
			i18n.N("You've done the {n} weeks it was written for. Ask whoever gave it to you what comes next.", h.Weeks))
	case h.DoneForToday():
		return i18n.T("Done for today.")
	case h.TodayDone == 1 && h.TodayTarget() == 2:
		return i18n.T("Once more today.")
	}
	if often := view.OftenLabel(h.Routine.Routine.Rx); often != "" {
		return i18n.F("Your home programme: {often}.", "often", lowerFirst(i18n.T(often)))
	}
	return i18n.T("Your home programme.")
}

// homeProgress counts this week's sessions: "Week 2 of 6 · 1 of 3 this week".
func homeProgress(h plan.HomeStatus) string {
	week := i18n.F("Week {week}", "week", view.Itoa(h.Week))
	if h.Weeks > 0 && !h.Finished {
		week = i18n.F("Week {week} of {weeks}", "week", view.Itoa(h.Week), "weeks", view.Itoa(h.Weeks))
	}
	switch {
	case h.Finished:
		return oneOrMany(h.Total, i18n.T("1 session done"), i18n.N("{n} sessions done", h.Total))
	case h.PerWeek > 0 && h.PerWeek <= 7:
		return week + " · " + i18n.F("{done} of {target} this week", "done", view.Itoa(h.WeekDone), "target", view.Itoa(h.PerWeek))
	}
	return week + " · " + oneOrMany(h.WeekDone, i18n.T("1 session this week"), i18n.N("{n} sessions this week", h.WeekDone))
}

// homesNow is every followed routine's status now.
func (c *TodayCard) homesNow() []plan.HomeStatus { return plan.Homes(c.data, time.Now(), nil) }

package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/plan"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
	"limber/content"
)

// TodayCard is home's first answer to "what do I do today?": the next
// session of the plan with one Start, or without a plan a suggestion from
// history. It never scolds: after days away it offers to pick up where
// the person left off.
type TodayCard struct {
	goapp.Compo
	storage.DataWatch

	loaded bool
	data   store.Data
}

func (c *TodayCard) OnMount(ctx goapp.Context) {
	c.load()
	c.Watch(ctx, c.load)
}

func (c *TodayCard) load() { c.data, c.loaded = storage.Load(), true }

func (c *TodayCard) Render() goapp.UI {
	if !c.loaded && goapp.IsClient {
		c.load() // read at the first render, so no frame shows the wrong day
	}
	st, ok := plan.Of(c.data.Plan, c.data.History, time.Now(), nil)
	homes := c.homesNow()
	if !ok && len(homes) > 0 {
		// A programme someone handed over is today's answer on its own.
		return view.Elem("section", "card today-card",
			view.ElemText("h2", "today-h", "Today").ID("today-h"),
			homeProgrammes(homes),
		).ID("today").Aria("labelledby", "today-h")
	}
	if !ok {
		return c.suggestion()
	}
	return view.Elem("section", "card today-card",
		view.ElemText("h2", "today-h", "Today").ID("today-h"),
		homeProgrammes(homes),
		view.ElemText("p", "today-plan", st.Programme.Name).ID("today-plan"),
		c.planBody(st),
	).ID("today").Aria("labelledby", "today-h")
}

func (c *TodayCard) planBody(st plan.Status) goapp.UI {
	progress := i18n.F("{done} of {total} sessions done", "done", view.Itoa(st.Done), "total", view.Itoa(st.Total))
	switch {
	case st.Finished:
		return view.El("div", "",
			view.ElemText("p", "", "You finished the plan. Three sessions a week keep what you've gained.").ID("today-finished"),
			view.El("div", "actions", view.LinkText("button primary", "/plans/"+st.Programme.Slug, "Restart or choose another plan")),
		)
	case st.Paused:
		return view.El("div", "",
			view.ElemText("p", "", i18n.F("Your plan is paused ({progress}). It waits for you.", "progress", progress)).ID("today-paused"),
			view.El("div", "actions", view.LinkText("button primary", "/plans/"+st.Programme.Slug, "Resume or change it")),
		)
	}
	r, _ := st.Session.Dosed()
	lead := sessionLine(st)
	if away := st.Away(c.data.Plan.Started, time.Now(), nil); st.Done > 0 && away >= 3 {
		lead = i18n.F("Pick up where you left off: {session}", "session", lead)
	}
	start := view.El("div", "actions", StartLink("button primary big", "today-start", planPlayPath(st.Next, st.Session), r.Name))
	if st.DoneToday {
		lead = i18n.F("Done for today. Next time: {session}", "session", sessionLine(st))
		start = view.El("div", "actions", view.AnchorText("button", planPlayPath(st.Next, st.Session), "Do it now anyway").ID("today-anyway"))
	}
	return view.El("div", "",
		view.ElemText("p", "today-session", lead).ID("today-session"),
		view.ElemText("p", "card-text", i18n.T(r.Name)+" · "+i18n.F("about {time}", "time", view.MinutesLabel(r.EstimatedSeconds()))+" · "+progress).ID("today-dose"),
		start,
		view.LinkText("today-more", "/plans/"+st.Programme.Slug, "See the whole plan"),
	)
}

// sessionLine names the next session: "Week 2, session 3 of 5".
func sessionLine(st plan.Status) string {
	return i18n.F("Week {week}, session {session} of {sessions}", "week", view.Itoa(st.Next.Week), "session", view.Itoa(st.Next.Session),
		"sessions", view.Itoa(len(st.Programme.Weeks[st.Next.Week-1].Sessions)))
}

// suggestion is the card without a plan: a routine from history, and the
// way to a plan.
func (c *TodayCard) suggestion() goapp.UI {
	r := plan.Suggest(c.data.History)
	return view.Elem("section", "card today-card",
		view.ElemText("h2", "today-h", "Today").ID("today-h"),
		view.ElemText("p", "today-session", i18n.F("Try {routine}: {summary}", "routine", i18n.T(r.Name), "summary", lowerFirst(i18n.T(r.Summary)))).ID("today-session"),
		view.ElemText("p", "card-text", i18n.F("About {time}", "time", view.MinutesLabel(r.EstimatedSeconds()))).ID("today-dose"),
		view.El("div", "actions",
			StartLink("button primary big", "today-start", "/routines/"+r.Slug+"/play", r.Name),
			view.AnchorText("button", "/plans", "Follow a plan").ID("today-plans"),
		),
	).ID("today").Aria("labelledby", "today-h")
}

// lowerFirst lowers a sentence's first letter to follow a colon. Not in
// German, where nouns keep their capital.
func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' || i18n.Current() == i18n.German {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

// programmeCard is a plan in a list.
func programmeCard(p content.Programme, current bool) goapp.UI {
	text := i18n.F("{weeks} weeks · {n} sessions a week", "weeks", view.Itoa(len(p.Weeks)), "n", view.Itoa(p.PerWeek))
	if current {
		text += " · " + i18n.T("your plan")
	}
	return view.HomeCard("/plans/"+p.Slug, view.IconRoutines, p.Name, i18n.T(p.Summary)+" "+text)
}

package app

import (
	"slices"
	"strconv"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
)

// HistoryPage shows the last seven days and recent sessions. It encourages;
// it never counts broken streaks.
type HistoryPage struct {
	goapp.Compo
	storage.DataWatch
	data store.Data
}

func (p *HistoryPage) OnMount(ctx goapp.Context) {
	p.Watch(ctx, func() { p.data = storage.Load() })
}
func (p *HistoryPage) OnNav(ctx goapp.Context) {
	p.data = storage.Load()
}

func (p *HistoryPage) Render() goapp.UI {
	week := store.WeekSummary(p.data.History, time.Now(), time.Local)
	recent := append([]store.Session(nil), p.data.History...)
	store.SortHistory(recent)
	slices.Reverse(recent)
	if len(recent) > 20 {
		recent = recent[:20]
	}
	total, peak := 0, 1
	for _, d := range week {
		total += d.ActiveSeconds
		peak = max(peak, d.ActiveSeconds)
	}
	return shell(view.TabRoutines, // reached from Routines
		view.ElText("h1", "", "Your week"),
		view.ElemText("p", "lead", weekMessage(total)).ID("week-total"),
		view.LinkText("today-more", "/progress", "Pain, stiffness and longer trends: see your progress"),
		view.Elem("ol", "week",
			goapp.Range(week).Slice(func(i int) goapp.UI {
				d := week[i]
				h := 0 // an empty day draws no bar
				if d.ActiveSeconds > 0 {
					h = 4 + int(96*float64(d.ActiveSeconds)/float64(peak))
				}
				return view.El("li", "week-day",
					goapp.Raw(`<svg class="week-bar" viewBox="0 0 20 100" preserveAspectRatio="none" aria-hidden="true"><rect x="0" y="`+view.Itoa(100-h)+`" width="20" height="`+view.Itoa(h)+`" rx="4"/></svg>`),
					view.ElText("span", "week-label", i18n.ShortWeekday(d.Date.Weekday())),
					view.ElText("span", "visually-hidden", dayLabel(d.Sessions, d.ActiveSeconds)),
				)
			}),
		).Aria("label", i18n.T("Minutes per day, last 7 days")),
		view.ElText("h2", "", "Recent sessions"),
		goapp.If(len(recent) == 0, func() goapp.UI {
			return view.El("p", "empty", textAround(i18n.T("Nothing yet. {routine} is a good start."), "{routine}", view.LinkText("", "/routines/desk-break", "A five-minute desk break"))...)
		}),
		view.Elem("ul", "session-list",
			goapp.Range(recent).Slice(func(i int) goapp.UI {
				s := recent[i]
				state := i18n.T("Completed")
				if !s.Completed {
					state = i18n.T("Partly done")
				}
				return view.El("li", "card session",
					view.ElText("span", "card-title", s.Name),
					view.ElText("span", "card-text", sessionTime(s.Started)+" · "+view.DurationLabel(s.ActiveSeconds)+" · "+state),
				)
			}),
		).ID("session-list"),
		view.ElText("p", "disclaimer", "Your history stays on this phone. Export or import it in Settings."),
	)
}

// dayLabel is what a screen reader hears after a day's name in the chart.
func dayLabel(sessions, seconds int) string {
	if sessions == 0 {
		return ": " + i18n.T("no sessions")
	}
	return ": " + view.DurationLabel(seconds) + ", " + view.CountLabel(sessions, "session")
}

// weekMessage is encouraging whatever the number.
func weekMessage(seconds int) string {
	switch {
	case seconds == 0:
		return i18n.T("A fresh week. Even one short session helps.")
	case seconds < 15*60:
		return i18n.F("You've moved for {time} this week. Every bit counts.", "time", view.DurationLabel(seconds))
	}
	return i18n.F("You've moved for {time} this week. Lovely consistency.", "time", view.DurationLabel(seconds))
}

// sessionTime is when a session started, short: "Mon 7 Dec, 14:30".
func sessionTime(t time.Time) string {
	return i18n.F("{weekday} {day} {month}, {time}", "weekday", i18n.ShortWeekday(t.Weekday()), "day", strconv.Itoa(t.Day()),
		"month", i18n.ShortMonth(t.Month()), "time", i18n.Clock(t))
}

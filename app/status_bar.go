package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/i18n"
	"limber/app/storage"
	"limber/app/view"
)

// StatusBar shows the offline indicator, stored-data notices, the
// movement-break reminder and the "new version ready" banner. The player
// screen has no StatusBar while a routine runs, so nothing interrupts it.
type StatusBar struct {
	goapp.Compo

	offline         bool
	updateAvailable bool
	reminderDue     bool
	sessionDue      bool // the chosen-time session reminder
	notice          string
	run             runRecord // a routine stopped mid-way, offered to resume
	hasRun          bool
	release         func()
}

func (s *StatusBar) OnMount(ctx goapp.Context) {
	d := storage.Load()
	applyTheme(d.Settings.Theme)
	s.notice = storage.TakeNotice()
	s.offline = !goapp.Window().Get("navigator").Get("onLine").Bool()
	// The player's own page offers its run itself, with more room; the
	// safety pages don't press someone who stopped to carry on.
	if r, ok := loadRun(time.Now()); ok && r.Path != routePath(ctx)+querySuffix(ctx) && !safetyPage(routePath(ctx)) {
		s.run, s.hasRun = r, true
	}
	s.updateAvailable = ctx.AppUpdateAvailable()
	stopNet := browser.OnWindowEvents(ctx, []string{"online", "offline"}, func(ctx goapp.Context) {
		s.offline = !goapp.Window().Get("navigator").Get("onLine").Bool()
	})
	stopNotice := browser.OnWindowEvents(ctx, []string{storage.NoticeEvent}, func(ctx goapp.Context) {
		if n := storage.TakeNotice(); n != "" {
			s.notice = n
		}
	})
	stopData := browser.OnWindowEvents(ctx, []string{storage.DataEvent}, func(ctx goapp.Context) {
		applyTheme(storage.Load().Settings.Theme) // changed in another tab
	})
	s.reminderDue, s.sessionDue = reminders.isShowing(), sessionReminders.isShowing()
	stopReminder := browser.OnWindowEvents(ctx, []string{reminderEvent}, func(goapp.Context) {
		s.reminderDue, s.sessionDue = reminders.isShowing(), sessionReminders.isShowing()
	})
	s.release = func() { stopNet(); stopNotice(); stopData(); stopReminder() }
	reminders.attach(ctx, d.Settings.ReminderMinutes)
	sessionReminders.configure(d.Settings, false)
}

func (s *StatusBar) OnDismount() {
	if s.release != nil {
		s.release()
	}
}

func (s *StatusBar) OnAppUpdate(ctx goapp.Context) {
	s.updateAvailable = ctx.AppUpdateAvailable()
}

func (s *StatusBar) Render() goapp.UI {
	return view.Elem("div", "status-bar",
		goapp.If(s.offline, func() goapp.UI {
			return view.Elem("p", "status offline-note",
				view.Icon(view.IconOffline),
				view.ElText("span", "", "You're offline. Everything in Limber still works."),
			).ID("offline-note")
		}),
		goapp.If(s.notice != "", func() goapp.UI {
			return view.Elem("div", "status notice",
				view.ElText("span", "", s.notice),
				view.ElemText("button", "button small ghost", "OK").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { s.notice = "" }),
			).ID("storage-notice").Role("alert")
		}),
		goapp.If(s.hasRun, s.renderResumeOffer),
		goapp.If(s.reminderDue, func() goapp.UI {
			return view.Elem("div", "status reminder",
				view.ElText("span", "", "Time for a movement break?"),
				view.AnchorText("button small primary", "/routines/desk-break", "Desk break").OnClick(func(ctx goapp.Context, e goapp.Event) { reminders.snooze() }),
				view.ElemText("button", "button small ghost", "Later").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { reminders.snooze() }),
			).ID("break-reminder")
		}),
		goapp.If(s.sessionDue, func() goapp.UI {
			return view.Elem("div", "status reminder",
				view.ElText("span", "", "Time for today's stretches."),
				view.AnchorText("button small primary", "/#today", "Today's session").ID("session-reminder-go").OnClick(func(ctx goapp.Context, e goapp.Event) { sessionReminders.dismiss() }),
				view.ElemText("button", "button small ghost", "Later").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { sessionReminders.dismiss() }),
			).ID("session-reminder")
		}),
		goapp.If(s.updateAvailable, func() goapp.UI {
			return view.Elem("div", "status update-banner",
				view.ElText("span", "", "A new version of Limber is ready."),
				view.ElemText("button", "button small", "Reload").ID("update-reload").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { ctx.Reload() }),
			).ID("update-banner")
		}),
	).Aria("live", "polite")
}

func (s *StatusBar) renderResumeOffer() goapp.UI {
	return view.Elem("div", "status resume",
		view.ElText("span", "", i18n.F("Resume {routine}, {where}?", "routine", i18n.T(s.run.Name), "where", s.run.where())),
		view.AnchorText("button small primary", s.run.Path, "Resume").ID("resume-bar-go"),
		view.ElemText("button", "button small ghost", "Save what you did").ID("resume-bar-keep").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) {
			s.hasRun = false
			switch saved, err := keepWhatWasDone(s.run); {
			case err != nil:
				s.notice = i18n.T(err.Error())
			case saved:
				s.notice = i18n.F("What you did in {routine} is saved in your history.", "routine", i18n.T(s.run.Name))
			default:
				s.notice = i18n.F("{routine} ran for under 30 seconds, so nothing was added to your history.", "routine", i18n.T(s.run.Name))
			}
		}),
	).ID("resume-offer-bar")
}

func safetyPage(path string) bool { return path == "/check" || path == "/help" }

// querySuffix is "?" and the page's query, or "" without one.
func querySuffix(ctx goapp.Context) string {
	if q := ctx.Page().URL().RawQuery; q != "" {
		return "?" + q
	}
	return ""
}

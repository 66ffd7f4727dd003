package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// StatusBar shows the offline indicator, stored-data notices, the
// movement-break reminder and the "new version ready" banner. The player
// screen has no StatusBar while a routine runs, so nothing interrupts it.
type StatusBar struct {
	goapp.Compo

	offline         bool
	updateAvailable bool
	reminderDue     bool
	notice          string
	release         func()
}

func (s *StatusBar) OnMount(ctx goapp.Context) {
	d := loadData()
	applyTheme(d.Settings.Theme)
	s.notice, storageNotice = storageNotice, ""
	s.offline = !goapp.Window().Get("navigator").Get("onLine").Bool()
	s.updateAvailable = ctx.AppUpdateAvailable()
	stopNet := onWindowEvents(ctx, []string{"online", "offline"}, func(ctx goapp.Context) {
		s.offline = !goapp.Window().Get("navigator").Get("onLine").Bool()
	})
	stopNotice := onWindowEvents(ctx, []string{storageEvent}, func(ctx goapp.Context) {
		if storageNotice != "" {
			s.notice, storageNotice = storageNotice, ""
		}
	})
	s.release = func() { stopNet(); stopNotice() }
	ctx.ObserveState(reminderState, &s.reminderDue)
	reminders.attach(ctx, d.Settings.ReminderMinutes)
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
	return elem("div", "status-bar",
		goapp.If(s.offline, func() goapp.UI {
			return elem("p", "status offline-note",
				icon("offline"),
				elText("span", "", "You're offline. Everything in Limber still works."),
			).ID("offline-note")
		}),
		goapp.If(s.notice != "", func() goapp.UI {
			return elem("div", "status notice",
				elText("span", "", s.notice),
				elemText("button", "button small ghost", "OK").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { s.notice = "" }),
			).ID("storage-notice").Role("alert")
		}),
		goapp.If(s.reminderDue, func() goapp.UI {
			return elem("div", "status reminder",
				elText("span", "", "Time for a movement break?"),
				anchorText("button small primary", "/routines/desk-break", "Desk break").OnClick(func(ctx goapp.Context, e goapp.Event) { reminders.snooze(ctx) }),
				elemText("button", "button small ghost", "Later").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { reminders.snooze(ctx) }),
			).ID("break-reminder")
		}),
		goapp.If(s.updateAvailable, func() goapp.UI {
			return elem("div", "status update-banner",
				elText("span", "", "A new version of Limber is ready."),
				elemText("button", "button small", "Reload").ID("update-reload").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { ctx.Reload() }),
			).ID("update-banner")
		}),
	).Aria("live", "polite")
}

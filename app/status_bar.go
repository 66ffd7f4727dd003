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
	s.release = onWindowEvents(ctx, []string{"online", "offline"}, func(ctx goapp.Context) {
		s.offline = !goapp.Window().Get("navigator").Get("onLine").Bool()
	})
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
	return goapp.Div().Class("status-bar").Aria("live", "polite").Body(
		goapp.If(s.offline, func() goapp.UI {
			return goapp.P().Class("status offline-note").ID("offline-note").Body(
				icon("offline"),
				goapp.Span().Text("You're offline. Everything in Limber still works."),
			)
		}),
		goapp.If(s.notice != "", func() goapp.UI {
			return goapp.Div().Class("status notice").ID("storage-notice").Role("alert").Body(
				goapp.Span().Text(s.notice),
				goapp.Button().Class("button small ghost").Type("button").Text("OK").
					OnClick(func(ctx goapp.Context, e goapp.Event) { s.notice = "" }),
			)
		}),
		goapp.If(s.reminderDue, func() goapp.UI {
			return goapp.Div().Class("status reminder").ID("break-reminder").Body(
				goapp.Span().Text("Time for a movement break?"),
				goapp.A().Class("button small primary").Href("/routines/desk-break").Text("Desk break").
					OnClick(func(ctx goapp.Context, e goapp.Event) { reminders.snooze(ctx) }),
				goapp.Button().Class("button small ghost").Type("button").Text("Later").
					OnClick(func(ctx goapp.Context, e goapp.Event) { reminders.snooze(ctx) }),
			)
		}),
		goapp.If(s.updateAvailable, func() goapp.UI {
			return goapp.Div().Class("status update-banner").ID("update-banner").Body(
				goapp.Span().Text("A new version of Limber is ready."),
				goapp.Button().Class("button small").ID("update-reload").Type("button").Text("Reload").
					OnClick(func(ctx goapp.Context, e goapp.Event) { ctx.Reload() }),
			)
		}),
	)
}

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/i18n"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
)

// SettingsPage switches cues, theme and the movement-break reminder, and
// exports or imports personal data.
type SettingsPage struct {
	goapp.Compo
	storage.DataWatch
	data store.Data
	note string
}

func (p *SettingsPage) OnPreRender(ctx goapp.Context) {
	p.data = store.Default()
}
func (p *SettingsPage) OnMount(ctx goapp.Context) {
	p.Watch(ctx, func() { p.data = storage.Load() })
}
func (p *SettingsPage) OnNav(ctx goapp.Context) {
	p.data = storage.Load()
	p.note = ""
}

func (p *SettingsPage) change(f func(s *store.Settings)) {
	d, err := storage.Update(func(d *store.Data) { f(&d.Settings) })
	p.note = ""
	if err != nil {
		p.note = err.Error() // the change still holds for this visit
	}
	p.data = d
	applyTheme(d.Settings.Theme)
	reminders.configure(d.Settings.ReminderMinutes)
}

func (p *SettingsPage) Render() goapp.UI {
	s := p.data.Settings
	return shell(view.TabNone,
		view.ElText("h1", "", "Settings"),
		view.Elem("section", "block card",
			view.ElemText("h2", "", "Cues during routines").ID("cues-h"),
			toggle("set-sound", i18n.T("Beeps"), i18n.T("3-2-1 before a hold ends, halfway, switch sides, done."), s.Sound, func(on bool) { p.change(func(s *store.Settings) { s.Sound = on }) }),
			toggle("set-voice", i18n.T("Voice"), i18n.T("Speaks the exercise name and \"switch sides\"."), s.Voice, func(on bool) { p.change(func(s *store.Settings) { s.Voice = on }) }),
			toggle("set-vibration", i18n.T("Vibration"), i18n.T("Where the phone supports it."), s.Vibration, func(on bool) { p.change(func(s *store.Settings) { s.Vibration = on }) }),
			view.ElemText("button", "button small", "Test cues").Attr("type", "button").ID("test-cues").OnClick(
				func(ctx goapp.Context, e goapp.Event) {
					// The settings as they are now, not as first drawn:
					// go-app keeps this button's first handler.
					s := p.data.Settings
					c := browser.CueOutput{Sound: s.Sound, Voice: s.Voice, Vibration: s.Vibration}
					c.Unlock()
					c.Say(i18n.T("Limber cues are on."))
					c.Beep(880, 0.25)
					c.Vibrate(200)
				},
			),
		).Aria("labelledby", "cues-h"),
		view.Elem("section", "block card",
			view.ElemText("h2", "", "Appearance").ID("theme-h"),
			view.Elem("div", "chips",
				segButton("theme-system", i18n.T("Follow system"), s.Theme == "system" || s.Theme == "", func() { p.change(func(s *store.Settings) { s.Theme = "system" }) }),
				segButton("theme-light", i18n.T("Light"), s.Theme == "light", func() { p.change(func(s *store.Settings) { s.Theme = "light" }) }),
				segButton("theme-dark", i18n.T("Dark"), s.Theme == "dark", func() { p.change(func(s *store.Settings) { s.Theme = "dark" }) }),
			).Role("group").Aria("label", i18n.T("Theme")),
		).Aria("labelledby", "theme-h"),
		view.Elem("section", "block card",
			view.ElemText("h2", "", "Language").ID("language-h"),
			view.ElText("p", "", "Choose the language Limber is shown in; the page reloads in it."),
			&LanguageSwitch{Class: "chips settings-languages"},
		).ID("language").Aria("labelledby", "language-h"),
		view.Elem("section", "block card",
			view.ElemText("h2", "", "Movement-break reminder").ID("remind-h"),
			view.ElText("p", "", "Sitting still for long stiffens hamstrings and the lower back. While Limber is open, it can nudge you to move every 30 to 60 minutes."),
			view.Elem("div", "chips",
				goapp.Range(reminderChoices).Slice(func(i int) goapp.UI {
					m := reminderChoices[i]
					label := i18n.T("Off")
					if m > 0 {
						label = i18n.N("Every {n} min", m)
					}
					return segButton("remind-"+view.Itoa(m), label, s.ReminderMinutes == m, func() {
						p.change(func(s *store.Settings) { s.ReminderMinutes = m })
						if m > 0 {
							askNotificationPermission()
						}
					})
				}),
			).Role("group").Aria("label", i18n.T("Reminder interval")),
		).Aria("labelledby", "remind-h"),
		&DataTransfer{},
		&SessionReminderSettings{},
		&SavedData{},
		view.ElemText("p", "share-note", p.note).Aria("live", "polite"),
	)
}

var reminderChoices = []int{0, 30, 45, 60}

// toggle is a labelled switch (a checkbox styled as one).
func toggle(id, label, hint string, on bool, set func(bool)) goapp.UI {
	return view.El("div", "toggle",
		view.Void("input", "").Attr("type", "checkbox").Role("switch").ID(id).Attr("checked", on).Aria("describedby", id+"-hint").OnChange(func(ctx goapp.Context, e goapp.Event) { set(ctx.JSSrc().Get("checked").Bool()) }),
		view.Elem("label", "",
			view.ElText("span", "toggle-label", label),
			view.ElemText("span", "question-hint", hint).ID(id+"-hint"),
		).Attr("for", id),
	)
}

// applyTheme sets data-theme on <html>; "system" follows the OS.
func applyTheme(theme string) {
	if goapp.IsServer {
		return
	}
	doc := goapp.Window().Get("document")
	root := doc.Get("documentElement")
	setThemeColors(doc, theme)
	if theme == "light" || theme == "dark" {
		root.Call("setAttribute", "data-theme", theme)
		return
	}
	root.Call("removeAttribute", "data-theme")
}

// Browser-bar colours per theme, as the server writes them.
const (
	themeColorLight = "#1f6f78"
	themeColorDark  = "#0f1a1c"
)

// setThemeColors points both theme-color metas at the chosen theme's
// colour, or back at their own scheme's for "system".
func setThemeColors(doc goapp.Value, theme string) {
	metas := doc.Call("querySelectorAll", `meta[name="theme-color"]`)
	for i := 0; i < metas.Length(); i++ {
		m := metas.Index(i)
		color := themeColorLight
		switch {
		case theme == "dark":
			color = themeColorDark
		case theme == "light":
		case m.Call("getAttribute", "media").String() == "(prefers-color-scheme: dark)":
			color = themeColorDark
		}
		m.Call("setAttribute", "content", color)
	}
}

func askNotificationPermission() {
	n := goapp.Window().Get("Notification")
	if n.Truthy() && n.Get("permission").String() == "default" {
		n.Call("requestPermission")
	}
}

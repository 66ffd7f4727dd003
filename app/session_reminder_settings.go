package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/calendar"
	"limber/app/i18n"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
)

// SessionReminderSettings picks a time and days for the session reminder
// and hands it to the phone's calendar as an .ics file, so it reminds
// with Limber closed; while Limber is open it shows its own banner.
type SessionReminderSettings struct {
	goapp.Compo
	storage.DataWatch

	s    store.Settings
	at   string // the time shown, kept even while no day is chosen
	note string
}

// defaultRemindAt is the time offered before one is chosen.
const defaultRemindAt = "07:30"

func (c *SessionReminderSettings) OnMount(ctx goapp.Context) {
	c.load()
	c.Watch(ctx, c.load)
}

func (c *SessionReminderSettings) load() {
	c.s = storage.Load().Settings
	if c.s.RemindAt != "" {
		c.at = c.s.RemindAt
	}
	if c.at == "" {
		c.at = defaultRemindAt
	}
}

func (c *SessionReminderSettings) Render() goapp.UI {
	if c.at == "" && goapp.IsClient {
		c.load()
	}
	days := make([]goapp.UI, 0, 7)
	for i := range 7 {
		d := (i + 1) % 7 // Monday first
		days = append(days, view.ElemText("button", "chip", i18n.ShortWeekday(time.Weekday(d))).ID("remind-day-"+view.Itoa(d)).Attr("type", "button").
			Aria("pressed", boolString(c.s.RemindDays&(1<<d) != 0)).OnClick(func(ctx goapp.Context, e goapp.Event) { c.toggleDay(d) }))
	}
	_, on := reminderOf(c.s)
	return view.Elem("section", "block card",
		view.ElemText("h2", "", "Session reminder").ID("session-remind-h"),
		view.ElText("p", "", "Pick a time and the days you want to stretch. While Limber is open it reminds you then. To be reminded with Limber closed, add it to your phone's calendar."),
		view.ElemText("label", "", "Time of day").Attr("for", "remind-at"),
		view.Void("input", "").ID("remind-at").Attr("type", "time").Attr("value", c.at).OnChange(c.setTime),
		view.El("div", "chips remind-days", days...),
		view.El("div", "actions",
			view.Elem("button", "button", view.Icon(view.IconClock), view.ElText("span", "", "Add to calendar")).ID("calendar-add").Attr("type", "button").
				Attr("disabled", !on).OnClick(c.download),
		),
		view.ElemText("p", "share-note", c.note).ID("remind-note").Aria("live", "polite"),
	).Aria("labelledby", "session-remind-h")
}

func (c *SessionReminderSettings) setTime(ctx goapp.Context, e goapp.Event) {
	v := ctx.JSSrc().Get("value").String()
	if _, _, ok := store.ClockTime(v); !ok {
		c.note = i18n.T("Choose a time of day, such as 07:30.")
		return
	}
	c.at = v
	c.save(func(s *store.Settings) { s.RemindAt = v })
}

func (c *SessionReminderSettings) toggleDay(d int) {
	days := c.s.RemindDays ^ 1<<d
	c.save(func(s *store.Settings) { s.RemindDays, s.RemindAt = days, c.at })
}

func (c *SessionReminderSettings) save(change func(*store.Settings)) {
	d, err := storage.Update(func(d *store.Data) { change(&d.Settings) })
	c.s, c.note = d.Settings, ""
	if err != nil {
		c.note = i18n.T(err.Error()) // it still holds while Limber is open
	}
	sessionReminders.configure(d.Settings, true)
}

// download hands the reminder to the calendar as an .ics file.
func (c *SessionReminderSettings) download(ctx goapp.Context, e goapp.Event) {
	r, on := reminderOf(c.s)
	if !on {
		c.note = i18n.T("Choose at least one day first.")
		return
	}
	loc := goapp.Window().Get("location")
	ics, err := calendar.ICS(r, time.Now(), loc.Get("origin").String()+i18n.Path("/")+"#today")
	if err != nil {
		c.note = i18n.F("Couldn't make the calendar file: {error}", "error", i18n.T(err.Error()))
		return
	}
	downloadFile("limber-reminder.ics", "text/calendar", ics)
	c.note = i18n.T("Open limber-reminder.ics (in Downloads) to add the reminder to your calendar.")
}

package app

import (
	"strconv"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
)

// CheckInScale asks one optional question with a row of answers (0-10,
// or Choices) and stores the answer at once, under RecordID: tapping
// another answer changes it, tapping the chosen one again takes it back.
// Nothing is asked twice and nothing is required.
type CheckInScale struct {
	goapp.Compo

	DomID    string
	RecordID string // one record per question and session
	Measure  string
	When     string // "before" or "after", for session check-ins
	Session  string
	Label    string // the activity's name, for MeasureActivity
	Question string
	Low      string // what the lowest answer means ("No pain")
	High     string // and the highest
	Choices  []string

	value  int // -1: not answered
	readID string
}

func (c *CheckInScale) OnMount(ctx goapp.Context)  { c.read() }
func (c *CheckInScale) OnUpdate(ctx goapp.Context) { c.read() }

// read finds this question's stored answer, once per record.
func (c *CheckInScale) read() {
	if c.readID == c.RecordID {
		return
	}
	c.readID, c.value = c.RecordID, -1
	for _, ci := range storage.Load().CheckIns {
		if ci.ID == c.RecordID {
			c.value = ci.Value
		}
	}
}

func (c *CheckInScale) Render() goapp.UI {
	if c.readID != c.RecordID && goapp.IsClient {
		c.read()
	}
	top := store.Measures[c.Measure]
	row := make([]goapp.UI, 0, top+1)
	for v := 0; v <= top; v++ {
		text := strconv.Itoa(v)
		if v < len(c.Choices) {
			text = c.Choices[v]
		}
		row = append(row, view.ElemText("button", "scale-choice", text).
			Attr("type", "button").Attr("data-v", v).Aria("pressed", boolString(v == c.value)).
			OnClick(c.choose(v)))
	}
	ends := goapp.UI(nil)
	if c.Low != "" {
		ends = view.El("div", "scale-ends", view.ElText("span", "", c.Low), view.ElText("span", "", c.High))
	}
	return view.Elem("fieldset", "scale",
		view.ElText("legend", "", c.Question),
		view.El("div", "scale-row scale-"+strconv.Itoa(len(row)), row...),
		ends,
	).ID(c.DomID)
}

// choose answers v; the handler reads the component's fields when it
// runs, as go-app keeps an element's first handler.
func (c *CheckInScale) choose(v int) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) {
		if c.RecordID == "" {
			return
		}
		drop := v == c.value
		storage.Update(func(d *store.Data) {
			if drop {
				d.DropCheckIn(c.RecordID)
				return
			}
			d.PutCheckIn(store.CheckIn{ID: c.RecordID, At: time.Now(), Measure: c.Measure, Value: v, When: c.When, Session: c.Session, Label: c.Label})
		})
		// A refused write still holds for this visit (storage keeps it in
		// memory and the status bar says so).
		c.value = v
		if drop {
			c.value = -1
		}
		browser.Announce(storage.DataEvent) // the concern and charts read it again
	}
}

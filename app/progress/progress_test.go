package progress

import (
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"

	"limber/app/store"
)

var day0 = time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC) // a Monday

func at(days int) time.Time { return day0.AddDate(0, 0, days) }

// TestCompareMeaningfulChange: 2 points or 30 % matters, less does not,
// and the direction depends on the measure.
func TestCompareMeaningfulChange(t *testing.T) {
	for _, tc := range []struct {
		from, to       float64
		lower          bool
		meaning, right bool
	}{
		{6, 4, true, true, true},       // 2 points down
		{6, 4.5, true, false, true},    // 1.5 points, 25 %
		{3, 2, true, true, true},       // 1 point but 33 %
		{8, 7, true, false, true},      // 12 %
		{4, 6, true, true, false},      // pain up 2: worse
		{4, 6, false, true, true},      // activity up 2: better
		{5, 5, true, false, false},     // no change
		{0, 1, true, false, false},     // from nothing, 1 point
		{10, 7, true, true, true},      // 3 points
		{2.5, 1.75, true, true, true},  // exactly 30 %
		{2.5, 1.80, true, false, true}, // 28 %
	} {
		c := Compare(tc.from, tc.to, tc.lower)
		if c.Meaningful != tc.meaning || c.Better != tc.right {
			t.Errorf("Compare(%v, %v, %v) = %+v", tc.from, tc.to, tc.lower, c)
		}
	}
	if s := Compare(6, 4, true).Sentence("Pain"); !strings.Contains(s, "from 6 to 4") || !strings.Contains(s, "big enough to matter") {
		t.Errorf("sentence = %q", s)
	}
	if s := Compare(6, 5.5, true).Sentence("Pain"); !strings.Contains(s, "small change") {
		t.Errorf("small sentence = %q", s)
	}
	if s := Compare(3, 6, true).Sentence("Pain"); !strings.Contains(s, "wrong direction") {
		t.Errorf("worse sentence = %q", s)
	}
}

func pains(values ...int) []store.CheckIn {
	var out []store.CheckIn
	for i, v := range values {
		out = append(out, store.CheckIn{ID: string(rune('a' + i)), At: at(i), Measure: store.MeasurePain, Value: v})
	}
	return out
}

// TestTrend needs four answers and compares first and last three.
func TestTrend(t *testing.T) {
	if _, ok := Trend(Series(pains(6, 5, 4), store.MeasurePain), true); ok {
		t.Error("three answers gave a trend")
	}
	c, ok := Trend(Series(pains(6, 6, 6, 5, 4, 3, 3), store.MeasurePain), true)
	if !ok || c.From != 6 || c.To != 10.0/3 || !c.Meaningful || !c.Better {
		t.Errorf("trend = %+v %v", c, ok)
	}
}

// TestCheckConcerns: a rise of 2 across recent sessions or nerve symptoms
// in the last two weeks lead to the red-flag check; a slow drift, an old
// rise or an old report do not.
func TestCheckConcerns(t *testing.T) {
	now := at(10)
	for _, tc := range []struct {
		name   string
		values []int
		rising bool
	}{
		{"rise of 2 after a good day", []int{3, 3, 2, 4}, true},
		{"rise of 1", []int{3, 3, 3, 4}, false},
		{"steady rise over four sessions", []int{1, 2, 3, 4, 5}, true},
		{"slow drift over months", []int{1, 1, 2, 2, 3, 3}, false},
		{"falling", []int{6, 4, 3}, false},
		{"one answer", []int{9}, false},
	} {
		list := pains(tc.values...)
		c := Check(list, at(len(tc.values)))
		if c.RisingPain != tc.rising || c.Any() != tc.rising {
			t.Errorf("%s: %+v", tc.name, c)
		}
	}
	if c := Check(pains(2, 5), at(30)); c.RisingPain {
		t.Error("a rise a month ago still raises a concern")
	}
	nerve := []store.CheckIn{{ID: "n", At: at(0), Measure: store.MeasureNerve, Value: 1}}
	if !Check(nerve, now).Nerve || Check(nerve, at(20)).Nerve {
		t.Error("nerve symptoms: want a concern within two weeks only")
	}
}

// TestDue: the weekly activity is due after 7 days, the reach test after 14.
func TestDue(t *testing.T) {
	list := []store.CheckIn{{ID: "r", At: at(0), Measure: store.MeasureReach, Value: 2}}
	if Due(list, store.MeasureReach, at(13), 14) || !Due(list, store.MeasureReach, at(14), 14) {
		t.Error("reach test due on the wrong day")
	}
	if !Due(list, store.MeasureActivity, at(0), 7) {
		t.Error("a never-asked activity isn't due")
	}
}

// TestWeeks: sessions land in their Monday-to-Sunday week by calendar
// date, across a clock change; incomplete and future ones don't count.
func TestWeeks(t *testing.T) {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skip("no time zone data")
	}
	now := time.Date(2026, 4, 1, 12, 0, 0, 0, loc) // Wednesday after the clocks go forward on 29 March
	h := []store.Session{
		{Started: time.Date(2026, 3, 29, 23, 30, 0, 0, loc), Completed: true}, // Sunday: the week before
		{Started: time.Date(2026, 3, 30, 0, 10, 0, 0, loc), Completed: true},  // Monday
		{Started: time.Date(2026, 3, 31, 9, 0, 0, 0, loc), Completed: false},
		{Started: time.Date(2026, 4, 7, 9, 0, 0, 0, loc), Completed: true}, // next week
		{Started: time.Date(2026, 3, 16, 9, 0, 0, 0, loc), Completed: true},
	}
	w := Weeks(h, now, loc, 3)
	got := []int{w[0].Sessions, w[1].Sessions, w[2].Sessions}
	if got[0] != 1 || got[1] != 1 || got[2] != 1 || w[2].Start.Day() != 30 {
		t.Errorf("weeks = %v from %v", got, w[0].Start)
	}
}

// TestChartsAreWellFormedAndEscaped: the SVG parses as XML and a label
// carrying markup stays text.
func TestChartsAreWellFormedAndEscaped(t *testing.T) {
	label := `Pain "<script>alert(1)</script>" & more`
	svgs := []string{
		LineChart(label, 10, Line{"pain", Series(pains(5, 4, 6), store.MeasurePain)}, Line{"stiff", nil}),
		LineChart(label, 10, Line{"pain", Series(pains(5), store.MeasurePain)}),
		BarChart(label, []Week{{at(0), 2}, {at(7), 5}}, 5),
	}
	for _, s := range svgs {
		if strings.Contains(s, "<script") {
			t.Errorf("markup not escaped: %s", s)
		}
		d := xml.NewDecoder(strings.NewReader(s))
		var gotLabel string
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("not XML: %v\n%s", err, s)
			}
			if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "svg" {
				for _, a := range se.Attr {
					if a.Name.Local == "aria-label" {
						gotLabel = a.Value
					}
				}
			}
		}
		if gotLabel != label {
			t.Errorf("aria-label = %q", gotLabel)
		}
	}
}

// TestPageSummaries: the words beside each chart, for few and many answers.
func TestPageSummaries(t *testing.T) {
	r := Page(nil, pains(4), at(1), time.UTC, 5)
	want := []string{
		"Pain: 1 answer so far; a few more are needed to see a trend.",
		"Stiffness: no answers yet. Add them before and after a session.",
		"0 sessions this week, 0 in the last 8 weeks; the plan asks for 5 a week.",
	}
	for i, w := range want {
		if r.Lines[i] != w {
			t.Errorf("line %d = %q, want %q", i, r.Lines[i], w)
		}
	}
	r = Page(nil, append(pains(7, 7, 6, 5, 4, 3), store.CheckIn{ID: "r", At: at(2), Measure: store.MeasureReach, Value: 1}, store.CheckIn{ID: "s", At: at(5), Measure: store.MeasureReach, Value: 3}), at(6), time.UTC, 0)
	if r.Lines[0] != "Pain went from 6.7 to 4: a change big enough to matter (2 points or 30 % or more)." {
		t.Errorf("trend line = %q", r.Lines[0])
	}
	if last := r.Lines[len(r.Lines)-1]; last != "Reach test: from Mid-shin the first time to Floor now." {
		t.Errorf("reach line = %q", last)
	}
	if r.ReachDue || !r.ActivityDue {
		t.Errorf("due: reach %v activity %v", r.ReachDue, r.ActivityDue)
	}
}

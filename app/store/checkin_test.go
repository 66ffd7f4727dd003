package store

import (
	"strings"
	"testing"
	"time"
)

var ci0 = time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)

func checkIn(id string, minutes int, measure string, v int) CheckIn {
	return CheckIn{ID: id, At: ci0.Add(time.Duration(minutes) * time.Minute), Measure: measure, Value: v}
}

// TestCheckInRepairs: unknown measures and missing times are dropped and
// said so, scores are brought into range, IDs made unique, order by time.
func TestCheckInRepairs(t *testing.T) {
	d := Default()
	d.CheckIns = []CheckIn{
		checkIn("b", 5, MeasurePain, 14),
		checkIn("a", 1, "mood", 3),
		{ID: "z", Measure: MeasurePain, Value: 2},
		checkIn("b", 2, MeasureReach, -1),
		{ID: "l", At: ci0, Measure: MeasureActivity, Value: 4, Label: "  " + strings.Repeat("x", 80)},
	}
	s, _ := Marshal(d)
	got, report := Load(s)
	if len(got.CheckIns) != 3 {
		t.Fatalf("kept %d check-ins: %+v", len(got.CheckIns), got.CheckIns)
	}
	if c := got.CheckIns[2]; c.Value != 10 || c.Measure != MeasurePain {
		t.Errorf("pain 14 became %+v, want 10", c)
	}
	if c := got.CheckIns[1]; c.Value != 0 || c.ID == "b" {
		t.Errorf("second \"b\" = %+v, want value 0 and a new ID", c)
	}
	if n := len([]rune(got.CheckIns[0].Label)); n != MaxLabel {
		t.Errorf("label has %d runes, want %d", n, MaxLabel)
	}
	if joined := strings.Join(report.Fixed, " "); !strings.Contains(joined, "2 check-ins couldn't be read") || !strings.Contains(joined, "out of range") {
		t.Errorf("fixes = %q", report.Fixed)
	}
}

// TestPutCheckInChangesAnAnswer: the same ID replaces, a new one adds.
func TestPutCheckInChangesAnAnswer(t *testing.T) {
	var d Data
	d.PutCheckIn(checkIn("p", 0, MeasurePain, 3))
	d.PutCheckIn(checkIn("p", 0, MeasurePain, 5))
	d.PutCheckIn(checkIn("s", -1, MeasureStiffness, 6))
	if len(d.CheckIns) != 2 || d.CheckIns[0].ID != "s" || d.CheckIns[1].Value != 5 {
		t.Errorf("check-ins = %+v", d.CheckIns)
	}
	d.DropCheckIn("s")
	if len(d.CheckIns) != 1 || d.CheckIns[0].ID != "p" {
		t.Errorf("after drop = %+v", d.CheckIns)
	}
}

// TestRebaseCheckIns: answers given in two tabs at once are both kept; a
// changed answer is the later one.
func TestRebaseCheckIns(t *testing.T) {
	base := Default()
	base.CheckIns = []CheckIn{checkIn("p", 0, MeasurePain, 3)}
	mine, theirs := base, base
	mine.CheckIns = []CheckIn{checkIn("p", 1, MeasurePain, 6), checkIn("m", 2, MeasureStiffness, 4)}
	theirs.CheckIns = []CheckIn{checkIn("p", 0, MeasurePain, 3), checkIn("t", 3, MeasureReach, 2)}
	got := Rebase(base, mine, theirs)
	ids := ""
	for _, c := range got.CheckIns {
		ids += c.ID
	}
	if ids != "pmt" || got.CheckIns[0].Value != 6 {
		t.Errorf("rebased = %+v", got.CheckIns)
	}
}

// TestImportAddsCheckIns: an export from another phone adds the check-ins
// this one lacks and says how many.
func TestImportAddsCheckIns(t *testing.T) {
	other := Default()
	other.CheckIns = []CheckIn{checkIn("x", 0, MeasurePain, 2), checkIn("y", 1, MeasurePain, 4)}
	file, err := Export(other, ci0)
	if err != nil {
		t.Fatal(err)
	}
	here := Default()
	here.CheckIns = []CheckIn{checkIn("x", 0, MeasurePain, 2)}
	got, sum, err := Import(here, file)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.CheckIns) != 2 || sum.CheckInsAdded != 1 || !strings.Contains(strings.Join(sum.Lines(), " "), "Added 1 check-in.") {
		t.Errorf("got %+v, summary %+v", got.CheckIns, sum)
	}
}

// TestSessionReminderSettings: a readable time and days stay; anything
// else switches the reminder off and says so.
func TestSessionReminderSettings(t *testing.T) {
	for _, tc := range []struct {
		at   string
		days int
		ok   bool
	}{{"07:30", 0b0101010, true}, {"", 0, true}, {"7:30", 1, false}, {"24:00", 1, false}, {"07:30", 1 << 7, false}, {"<b>", 1, false}} {
		d := Default()
		d.Settings.RemindAt, d.Settings.RemindDays = tc.at, tc.days
		s, _ := Marshal(d)
		got, report := Load(s)
		kept := got.Settings.RemindAt == tc.at && got.Settings.RemindDays == tc.days
		if kept != tc.ok || (len(report.Fixed) == 0) != tc.ok {
			t.Errorf("%q/%b: kept=%v fixes=%q", tc.at, tc.days, kept, report.Fixed)
		}
	}
}

package store

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"limber/app/i18n"
)

// CheckIn is one answer the person gave about how they are: pain or
// stiffness before or after a session (0-10), the weekly activity they
// find hard (how well they manage it, 0-10), the reach self-test (a
// ReachLevel), or new numbness, tingling or weakness. Every answer is
// optional; none is ever asked twice in a row.
type CheckIn struct {
	ID      string    `json:"id"`
	At      time.Time `json:"at"`
	Measure string    `json:"measure"` // one of Measures
	Value   int       `json:"value"`
	When    string    `json:"when,omitempty"`    // "before" or "after" a session
	Session string    `json:"session,omitempty"` // the session's ID, when known
	Label   string    `json:"label,omitempty"`   // the activity's name
}

// The measures a check-in can record.
const (
	MeasurePain      = "pain"
	MeasureStiffness = "stiffness"
	MeasureActivity  = "activity" // 0 can't do it, 10 no trouble
	MeasureReach     = "reach"    // a ReachLevel
	MeasureNerve     = "nerve"    // new numbness, tingling or weakness (Value 1)
)

// Measures lists every measure with the largest value it takes.
var Measures = map[string]int{
	MeasurePain: 10, MeasureStiffness: 10, MeasureActivity: 10,
	MeasureReach: len(ReachLevels) - 1, MeasureNerve: 1,
}

// ReachLevels are the standing toe-touch self-test's answers, lowest first.
// They are English (marked for the catalogue): translate them where shown.
var ReachLevels = []string{i18n.Mark("Knees"), i18n.Mark("Mid-shin"), i18n.Mark("Ankles"), i18n.Mark("Floor"), i18n.Mark("Past the floor")}

// MaxLabel bounds an activity's name.
const MaxLabel = 60

// fixCheckIns drops answers Limber can't read and keeps the rest in time
// order with unique IDs.
func fixCheckIns(list *[]CheckIn) []string {
	var dropped, clamped int
	seen := map[string]bool{}
	out := make([]CheckIn, 0, len(*list))
	for _, c := range *list {
		top, ok := Measures[c.Measure]
		if !ok || c.At.IsZero() {
			dropped++
			continue
		}
		if v := min(max(c.Value, 0), top); v != c.Value {
			c.Value = v
			clamped++
		}
		c.Label = TrimLabel(c.Label)
		if c.ID == "" || seen[c.ID] {
			c.ID = uniqueID(cmp.Or(c.ID, "c"+c.At.UTC().Format("20060102T150405")+c.Measure), func(id string) bool { return seen[id] })
		}
		seen[c.ID] = true
		out = append(out, c)
	}
	SortCheckIns(out)
	*list = nilIfEmpty(out)
	var fixed []string
	if dropped > 0 {
		fixed = append(fixed, count(dropped,
			i18n.Mark("1 check-in couldn't be read and was left out."),
			i18n.Mark("{n} check-ins couldn't be read and were left out.")))
	}
	if clamped > 0 {
		fixed = append(fixed, count(clamped,
			i18n.Mark("1 check-in had a score out of range; it was brought within it."),
			i18n.Mark("{n} check-ins had a score out of range; it was brought within it.")))
	}
	return fixed
}

// TrimLabel is an activity name as kept: trimmed, at most MaxLabel runes.
func TrimLabel(s string) string {
	s = strings.TrimSpace(s)
	if r := []rune(s); len(r) > MaxLabel {
		s = string(r[:MaxLabel])
	}
	return s
}

// SortCheckIns puts check-ins in time order.
func SortCheckIns(list []CheckIn) {
	slices.SortStableFunc(list, func(a, b CheckIn) int { return cmp.Or(a.At.Compare(b.At), strings.Compare(a.ID, b.ID)) })
}

// PutCheckIn adds c, or replaces the check-in with its ID (a changed
// answer), keeping time order.
func (d *Data) PutCheckIn(c CheckIn) {
	list := slices.Clone(d.CheckIns)
	if i := slices.IndexFunc(list, func(o CheckIn) bool { return o.ID == c.ID }); i >= 0 {
		list[i] = c
	} else {
		list = append(list, c)
	}
	SortCheckIns(list)
	d.CheckIns = list
}

// DropCheckIn removes the check-in with that ID (an answer taken back).
func (d *Data) DropCheckIn(id string) {
	d.CheckIns = nilIfEmpty(slices.DeleteFunc(slices.Clone(d.CheckIns), func(o CheckIn) bool { return o.ID == id }))
}

// mergeCheckIns adds the other device's check-ins this one lacks, by ID.
func mergeCheckIns(d *Data, other []CheckIn) (added int) {
	list := slices.Clone(d.CheckIns)
	for _, c := range other {
		if !slices.ContainsFunc(list, func(o CheckIn) bool { return o.ID == c.ID }) {
			list = append(list, c)
			added++
		}
	}
	SortCheckIns(list)
	d.CheckIns = nilIfEmpty(list)
	return added
}

func sameCheckIn(a, b CheckIn) bool {
	at := a.At.Equal(b.At)
	a.At, b.At = time.Time{}, time.Time{}
	return at && a == b
}

// laterCheckIn is the answer given last.
func laterCheckIn(a, b CheckIn) CheckIn {
	if c := a.At.Compare(b.At); c > 0 || (c == 0 && a.Value >= b.Value) {
		return a
	}
	return b
}

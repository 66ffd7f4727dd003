package store

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// Rebase applies one tab's change (base to mine) onto what another tab
// stored meanwhile (theirs), so that two tabs writing at nearly the same
// moment both keep their change. Records are matched by ID, as Import
// does: sessions and routines added, changed or deleted in mine are
// applied to theirs; favourites added or removed likewise; a setting
// changed in mine is taken from mine.
//
// When both sides changed the same value, the result does not depend on
// which tab merges: two tabs that both notice the clash compute the same
// data, store the same text and stop there.
func Rebase(base, mine, theirs Data) Data {
	out := theirs
	out.History = rebaseRecords(base.History, mine.History, theirs.History, func(s Session) string { return s.ID }, sameSession, laterSession)
	slices.SortStableFunc(out.History, func(a, b Session) int {
		return cmp.Or(a.Started.Compare(b.Started), strings.Compare(a.ID, b.ID))
	})
	out.Routines = rebaseRecords(base.Routines, mine.Routines, theirs.Routines, func(r SavedRoutine) string { return r.ID }, sameRoutine, laterRoutine)
	slices.SortStableFunc(out.Routines, func(a, b SavedRoutine) int {
		return cmp.Or(a.Saved.Compare(b.Saved), strings.Compare(a.ID, b.ID))
	})
	out.Favourites.Exercises = rebaseSet(base.Favourites.Exercises, mine.Favourites.Exercises, theirs.Favourites.Exercises)
	out.Favourites.Routines = rebaseSet(base.Favourites.Routines, mine.Favourites.Routines, theirs.Favourites.Routines)
	out.Settings = rebaseSettings(base.Settings, mine.Settings, theirs.Settings)
	out.EmergencyNumber = pick(base.EmergencyNumber, mine.EmergencyNumber, theirs.EmergencyNumber, greater)
	out.Plan = pick(base.Plan, mine.Plan, theirs.Plan, laterPlan)
	out.CheckIns = rebaseRecords(base.CheckIns, mine.CheckIns, theirs.CheckIns, func(c CheckIn) string { return c.ID }, sameCheckIn, laterCheckIn)
	SortCheckIns(out.CheckIns)
	if mine.LastCheck.After(out.LastCheck) {
		out.LastCheck = mine.LastCheck
	}
	out.Rev = max(mine.Rev, theirs.Rev)
	return out
}

// rebaseRecords applies the records mine added, changed or removed since
// base onto theirs. A record both sides changed becomes the later of the
// two (later decides, the same way whichever side is which).
func rebaseRecords[T any](base, mine, theirs []T, id func(T) string, same func(a, b T) bool, later func(a, b T) T) []T {
	find := func(list []T, key string) (T, bool) {
		i := slices.IndexFunc(list, func(r T) bool { return id(r) == key })
		if i < 0 {
			var zero T
			return zero, false
		}
		return list[i], true
	}
	out := slices.Clone(theirs)
	for _, m := range mine {
		b, inBase := find(base, id(m))
		if inBase && same(b, m) {
			continue // mine left it alone
		}
		i := slices.IndexFunc(out, func(r T) bool { return id(r) == id(m) })
		switch {
		case i < 0:
			out = append(out, m)
		case inBase && same(b, out[i]):
			out[i] = m // only mine changed it
		default:
			out[i] = later(m, out[i])
		}
	}
	for _, b := range base {
		if _, kept := find(mine, id(b)); kept {
			continue
		}
		out = slices.DeleteFunc(out, func(r T) bool { return id(r) == id(b) })
	}
	return nilIfEmpty(out)
}

// laterSession is the one that got further, so progress is never undone.
func laterSession(a, b Session) Session {
	if a.Completed != b.Completed {
		if a.Completed {
			return a
		}
		return b
	}
	if a.ActiveSeconds < b.ActiveSeconds {
		return b
	}
	return a
}

func sameRoutine(a, b SavedRoutine) bool {
	return a.ID == b.ID && a.Saved.Equal(b.Saved) && a.Followed.Equal(b.Followed) && a.Routine.Equal(b.Routine)
}

// laterRoutine is the one saved last (then the greater name, to be
// independent of order).
func laterRoutine(a, b SavedRoutine) SavedRoutine {
	if c := cmp.Or(a.Saved.Compare(b.Saved), strings.Compare(a.Routine.Name, b.Routine.Name)); c < 0 {
		return b
	}
	return a
}

// rebaseSet adds what mine added to theirs and drops what mine removed,
// sorted so the result is the same whichever side merges.
func rebaseSet(base, mine, theirs []string) []string {
	out := slices.Clone(theirs)
	for _, s := range mine {
		if !slices.Contains(base, s) && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, s := range base {
		if !slices.Contains(mine, s) {
			out = slices.DeleteFunc(out, func(o string) bool { return o == s })
		}
	}
	sort.Strings(out)
	return nilIfEmpty(out)
}

func rebaseSettings(base, mine, theirs Settings) Settings {
	orBool := func(a, b bool) bool { return a || b }
	return Settings{
		Sound:           pick(base.Sound, mine.Sound, theirs.Sound, orBool),
		Voice:           pick(base.Voice, mine.Voice, theirs.Voice, orBool),
		Vibration:       pick(base.Vibration, mine.Vibration, theirs.Vibration, orBool),
		Theme:           pick(base.Theme, mine.Theme, theirs.Theme, greater),
		ReminderMinutes: pick(base.ReminderMinutes, mine.ReminderMinutes, theirs.ReminderMinutes, greater),
		RemindAt:        pick(base.RemindAt, mine.RemindAt, theirs.RemindAt, greater),
		RemindDays:      pick(base.RemindDays, mine.RemindDays, theirs.RemindDays, greater),
	}
}

// pick is mine's value if mine changed it, else theirs; when both changed
// it, tie decides without regard to which side is which.
func pick[T comparable](base, mine, theirs T, tie func(a, b T) T) T {
	switch {
	case mine == base:
		return theirs
	case theirs == base || theirs == mine:
		return mine
	}
	return tie(mine, theirs)
}

func greater[T cmp.Ordered](a, b T) T { return max(a, b) }

// Same reports whether a and b hold the same data, whatever the order of
// favourites and the write count: a merge equal to what is stored needs
// no write.
func Same(a, b Data) bool {
	canonical := func(d Data) string {
		d.Rev = 0
		d.Favourites.Exercises = slices.Clone(d.Favourites.Exercises)
		d.Favourites.Routines = slices.Clone(d.Favourites.Routines)
		sort.Strings(d.Favourites.Exercises)
		sort.Strings(d.Favourites.Routines)
		s, _ := Marshal(d)
		return s
	}
	return canonical(a) == canonical(b)
}

// laterPlan is the plan started (or restarted) last; for the same start,
// a paused one, as pausing is the cautious choice.
func laterPlan(a, b Plan) Plan {
	if c := a.Started.Compare(b.Started); c != 0 {
		if c > 0 {
			return a
		}
		return b
	}
	if a.Paused != b.Paused {
		if a.Paused {
			return a
		}
		return b
	}
	if a.Programme > b.Programme {
		return a
	}
	return b
}

package store

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"limber/app/i18n"
	"limber/app/routinelink"
	"limber/content"
)

// normalize repairs out-of-range values in place and describes each repair
// in plain language, in the current language. Repairs keep as much of the person's data as possible.
func normalize(d *Data) []string {
	d.Version = CurrentVersion
	var fixed []string
	fixed = append(fixed, fixSettings(&d.Settings)...)
	fixed = append(fixed, fixHistory(&d.History)...)
	fixed = append(fixed, fixFavourites(&d.Favourites)...)
	fixed = append(fixed, fixRoutines(&d.Routines)...)
	fixed = append(fixed, fixEmergencyNumber(&d.EmergencyNumber)...)
	fixed = append(fixed, fixPlan(&d.Plan)...)
	fixed = append(fixed, fixCheckIns(&d.CheckIns)...)
	return fixed
}

// fixPlan stops a plan this Limber doesn't have (its history stays).
func fixPlan(p *Plan) []string {
	if p.Programme == "" {
		*p = Plan{}
		return nil
	}
	if _, ok := content.ProgrammeBySlug(p.Programme); ok {
		return nil
	}
	name := shorten(p.Programme)
	*p = Plan{}
	return []string{i18n.F("The plan {plan} isn't one Limber has, so no plan is set now; your history is kept.", "plan", strconv.Quote(name))}
}

func fixSettings(s *Settings) []string {
	var fixed []string
	if !slices.Contains(Themes, s.Theme) {
		fixed = append(fixed, i18n.F("The theme {theme} isn't one Limber offers; it was set to {default}.", "default", strconv.Quote(Themes[0]), "theme", strconv.Quote(shorten(s.Theme))))
		s.Theme = Themes[0]
	}
	m := s.ReminderMinutes
	switch {
	case m < 0:
		s.ReminderMinutes = 0
	case m > 0:
		s.ReminderMinutes = min(max(m, MinReminderMinutes), MaxReminderMinutes)
	}
	if s.ReminderMinutes != m {
		fixed = append(fixed, i18n.F("The reminder interval of {from} minutes was changed to {to} (0 means off).", "from", strconv.Itoa(m), "to", strconv.Itoa(s.ReminderMinutes)))
	}
	if _, _, ok := ClockTime(s.RemindAt); !ok && s.RemindAt != "" || s.RemindDays&^AllDays != 0 {
		fixed = append(fixed, i18n.T("The session reminder's time or days couldn't be read; the reminder was switched off."))
		s.RemindAt, s.RemindDays = "", 0
	}
	return fixed
}

// fixHistory clamps durations, fills in missing IDs, drops exact
// duplicates and renames sessions that share an ID but differ.
func fixHistory(history *[]Session) []string {
	var fixed []string
	var clamped, duplicates, renamed int
	seen := make(map[string]Session, len(*history))
	out := make([]Session, 0, len(*history))
	for _, s := range *history {
		if clampSession(&s) {
			clamped++
		}
		if prev, ok := seen[s.ID]; ok && sameSession(prev, s) {
			duplicates++
			continue
		}
		if _, ok := seen[s.ID]; ok || s.ID == "" {
			s.ID = uniqueID(cmp.Or(s.ID, sessionID(s)), func(id string) bool { _, ok := seen[id]; return ok })
			renamed++
		}
		seen[s.ID] = s
		out = append(out, s)
	}
	*history = nilIfEmpty(out)
	if clamped > 0 {
		fixed = append(fixed, count(clamped,
			i18n.Mark("1 session had impossible durations; they were corrected."),
			i18n.Mark("{n} sessions had impossible durations; they were corrected.")))
	}
	if duplicates > 0 {
		fixed = append(fixed, count(duplicates,
			i18n.Mark("1 session appeared twice in your history; the copies were removed."),
			i18n.Mark("{n} sessions appeared twice in your history; the copies were removed.")))
	}
	if renamed > 0 {
		fixed = append(fixed, count(renamed,
			i18n.Mark("1 session had a missing or repeated ID; new IDs were given."),
			i18n.Mark("{n} sessions had a missing or repeated ID; new IDs were given.")))
	}
	return fixed
}

// sameSession compares sessions; == would compare time zones by pointer.
func sameSession(a, b Session) bool {
	started := a.Started.Equal(b.Started)
	a.Started, b.Started = time.Time{}, time.Time{}
	return started && a == b
}

// clampSession keeps durations within 0..MaxSessionSeconds.
func clampSession(s *Session) bool {
	a := min(max(s.ActiveSeconds, 0), MaxSessionSeconds)
	p := min(max(s.PlannedSeconds, 0), MaxSessionSeconds)
	changed := a != s.ActiveSeconds || p != s.PlannedSeconds
	s.ActiveSeconds, s.PlannedSeconds = a, p
	return changed
}

// sessionID derives a stable ID from the start time.
func sessionID(s Session) string {
	return "s" + s.Started.UTC().Format("20060102T150405")
}

// uniqueID returns base, or base with the first free "-2", "-3"... suffix.
func uniqueID(base string, taken func(string) bool) string {
	id := base
	for n := 2; taken(id); n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}

func fixFavourites(f *Favourites) []string {
	var removed int
	f.Exercises, removed = dedupe(f.Exercises)
	var n int
	f.Routines, n = dedupe(f.Routines)
	removed += n
	if removed == 0 {
		return nil
	}
	return []string{count(removed,
		i18n.Mark("Removed 1 empty or repeated favourite."),
		i18n.Mark("Removed {n} empty or repeated favourites."))}
}

// dedupe drops empty and repeated strings, keeping the first of each.
func dedupe(list []string) ([]string, int) {
	out := make([]string, 0, len(list))
	for _, s := range list {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return nilIfEmpty(out), len(list) - len(out)
}

// fixRoutines repairs saved routines with the same rules as shared links.
// A routine left with no usable step is removed, and says so.
func fixRoutines(routines *[]SavedRoutine) []string {
	var fixed []string
	taken := make(map[string]bool, len(*routines))
	out := make([]SavedRoutine, 0, len(*routines))
	for _, sr := range *routines {
		clean, problems := routinelink.Clean(sr.Routine, nil)
		if len(clean.Steps) == 0 {
			fixed = append(fixed, i18n.F("The saved routine {name} had no usable exercises; it was removed.", "name", strconv.Quote(clean.Name)))
			continue
		}
		if !clean.Equal(sr.Routine) {
			sr.Routine = clean
			for _, p := range problems {
				fixed = append(fixed, i18n.F("Saved routine {name}: {problem}", "problem", p.Message, "name", strconv.Quote(clean.Name)))
			}
		}
		if sr.ID == "" || taken[sr.ID] {
			sr.ID = uniqueID(cmp.Or(sr.ID, routineID(sr)), func(id string) bool { return taken[id] })
			fixed = append(fixed, i18n.F("The saved routine {name} had a missing or repeated ID; it was given a new one.", "name", strconv.Quote(clean.Name)))
		}
		taken[sr.ID] = true
		out = append(out, sr)
	}
	*routines = nilIfEmpty(out)
	return fixed
}

func routineID(sr SavedRoutine) string {
	if sr.Saved.IsZero() {
		return "r"
	}
	return "r" + sr.Saved.UTC().Format("20060102T150405")
}

// fixEmergencyNumber keeps only characters a phone can dial.
func fixEmergencyNumber(n *string) []string {
	clean := strings.Map(func(r rune) rune {
		if (r >= '0' && r <= '9') || strings.ContainsRune("+ -()*#", r) {
			return r
		}
		return -1
	}, *n)
	clean = strings.TrimSpace(clean)
	if len(clean) > MaxEmergencyNumberLen {
		clean = strings.TrimSpace(clean[:MaxEmergencyNumberLen])
	}
	if clean == *n {
		return nil
	}
	msg := i18n.F("The emergency number {was} had characters a phone can't dial; it is now {now}.", "now", strconv.Quote(clean), "was", strconv.Quote(shorten(*n)))
	*n = clean
	return []string{msg}
}

// nilIfEmpty makes empty lists canonical, so loaded data compares equal
// to Default.
func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// count is one of two whole sentences (marked for the catalogue) in the
// current language: one for 1, many, with {n}, for any other n. pairs
// fill other placeholders.
func count(n int, one, many string, pairs ...string) string {
	if n == 1 {
		return i18n.F(one, pairs...)
	}
	return i18n.F(many, append([]string{"n", strconv.Itoa(n)}, pairs...)...)
}

// shorten keeps stored text in messages to a readable length.
func shorten(s string) string {
	s = strings.ToValidUTF8(s, "")
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

package view

import (
	"strconv"
	"strings"
	"time"

	"limber/app/i18n"
	"limber/content"
)

// The labels below are called while rendering, so they return text in the
// current language (i18n.T), each message whole: "{n} reps", never "reps"
// put after a number. Callers that pass them on to ElText translate them a
// second time, which changes nothing.

// RegionLabel names a body area: "Lower back".
func RegionLabel(r content.Region) string {
	switch r {
	case content.Hamstrings:
		return i18n.T("Hamstrings")
	case content.LowerBack:
		return i18n.T("Lower back")
	case content.Hips:
		return i18n.T("Hips")
	case content.Glutes:
		return i18n.T("Glutes")
	case content.Core:
		return i18n.T("Core")
	}
	return string(r)
}

// KindLabel names a kind of exercise: "Static stretch".
func KindLabel(k content.Kind) string {
	switch k {
	case content.Dynamic:
		return i18n.T("Dynamic")
	case content.Static:
		return i18n.T("Static stretch")
	case content.Strength:
		return i18n.T("Strength")
	case content.Mobility:
		return i18n.T("Mobility")
	case content.Release:
		return i18n.T("Release")
	}
	return string(k)
}

// CountLabel writes "1 exercise" or "3 exercises". Each noun Limber counts
// has its own pair of messages (languages inflect nouns differently after
// a number); another noun falls back to English with an s.
func CountLabel(n int, noun string) string {
	switch noun {
	case "exercise":
		return plural(n, i18n.T("1 exercise"), i18n.N("{n} exercises", n))
	case "week":
		return plural(n, i18n.T("1 week"), i18n.N("{n} weeks", n))
	case "session":
		return plural(n, i18n.T("1 session"), i18n.N("{n} sessions", n))
	case "saved routine":
		return plural(n, i18n.T("1 saved routine"), i18n.N("{n} saved routines", n))
	case "favourite":
		return plural(n, i18n.T("1 favourite"), i18n.N("{n} favourites", n))
	}
	return plural(n, "1 "+noun, strconv.Itoa(n)+" "+noun+"s")
}

// plural is one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// DosageLabel turns dosage data into the line a person reads, e.g.
// "Hold 20–30 s · each side · 2 sets".
func DosageLabel(d content.Dosage) string {
	var parts []string
	switch {
	case d.HoldMin > 0 && d.HoldMax > d.HoldMin:
		parts = append(parts, i18n.F("Hold {min}–{max} s", "min", Itoa(d.HoldMin), "max", Itoa(d.HoldMax)))
	case d.HoldMin > 0:
		parts = append(parts, i18n.N("Hold {n} s", d.HoldMin))
	case d.RepsMax > d.RepsMin:
		parts = append(parts, i18n.F("{min}–{max} reps", "min", Itoa(d.RepsMin), "max", Itoa(d.RepsMax)))
	case d.RepsMin > 0:
		parts = append(parts, i18n.N("{n} reps", d.RepsMin))
	}
	if d.PerSide {
		parts = append(parts, i18n.T("each side"))
	}
	if d.Sets > 1 {
		parts = append(parts, i18n.N("{n} sets", d.Sets))
	}
	return strings.Join(parts, " · ")
}

// DurationLabel writes seconds as "45 s", "5 min" or "1 min 30 s".
func DurationLabel(seconds int) string {
	if seconds < 60 {
		return i18n.N("{n} s", seconds)
	}
	m, s := seconds/60, seconds%60
	if s == 0 {
		return i18n.N("{n} min", m)
	}
	return i18n.F("{minutes} min {seconds} s", "minutes", Itoa(m), "seconds", Itoa(s))
}

// MinutesLabel rounds to whole minutes for routine cards ("about 5 min").
func MinutesLabel(seconds int) string {
	m := (seconds + 30) / 60
	if m < 1 {
		m = 1
	}
	return i18n.N("{n} min", m)
}

// EquipmentLabel lists what an exercise or routine needs, each item in the
// current language: "Chair, Towel", or "No equipment".
func EquipmentLabel(items []string) string {
	if len(items) == 0 {
		return i18n.T("No equipment")
	}
	names := make([]string, len(items))
	for i, item := range items {
		names[i] = i18n.T(item)
	}
	return strings.Join(names, ", ")
}

// AgoLabel says how long ago something stopped, for the resume offer.
func AgoLabel(d time.Duration) string {
	m := int(d / time.Minute)
	switch {
	case m < 1:
		return i18n.T("a moment ago")
	case m < 60:
		return i18n.N("{n} min ago", m)
	case m%60 == 0:
		return i18n.N("{n} h ago", m/60)
	}
	return i18n.F("{hours} h {minutes} min ago", "hours", Itoa(m/60), "minutes", Itoa(m%60))
}

func Itoa(n int) string { return strconv.Itoa(n) }

// AboutLabel is a routine's rounded length: "About 5 min".
func AboutLabel(seconds int) string {
	return i18n.F("About {time}", "time", MinutesLabel(seconds))
}

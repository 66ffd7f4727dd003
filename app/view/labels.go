package view

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"limber/content"
)

var RegionLabels = map[content.Region]string{
	content.Hamstrings: "Hamstrings",
	content.LowerBack:  "Lower back",
	content.Hips:       "Hips",
	content.Glutes:     "Glutes",
	content.Core:       "Core",
}

func RegionLabel(r content.Region) string {
	if l, ok := RegionLabels[r]; ok {
		return l
	}
	return string(r)
}

var KindLabels = map[content.Kind]string{
	content.Dynamic:  "Dynamic",
	content.Static:   "Static stretch",
	content.Strength: "Strength",
	content.Mobility: "Mobility",
	content.Release:  "Release",
}

func KindLabel(k content.Kind) string {
	if l, ok := KindLabels[k]; ok {
		return l
	}
	return string(k)
}

// CountLabel writes "1 exercise" or "3 exercises".
func CountLabel(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// DosageLabel turns dosage data into the line a person reads, e.g.
// "Hold 20–30 s · each side · 2 sets".
func DosageLabel(d content.Dosage) string {
	var parts []string
	switch {
	case d.HoldMin > 0 && d.HoldMax > d.HoldMin:
		parts = append(parts, fmt.Sprintf("Hold %d–%d s", d.HoldMin, d.HoldMax))
	case d.HoldMin > 0:
		parts = append(parts, fmt.Sprintf("Hold %d s", d.HoldMin))
	case d.RepsMax > d.RepsMin:
		parts = append(parts, fmt.Sprintf("%d–%d reps", d.RepsMin, d.RepsMax))
	case d.RepsMin > 0:
		parts = append(parts, fmt.Sprintf("%d reps", d.RepsMin))
	}
	if d.PerSide {
		parts = append(parts, "each side")
	}
	if d.Sets > 1 {
		parts = append(parts, fmt.Sprintf("%d sets", d.Sets))
	}
	return strings.Join(parts, " · ")
}

// DurationLabel writes seconds as "45 s", "5 min" or "1 min 30 s".
func DurationLabel(seconds int) string {
	if seconds < 60 {
		return fmt.Sprintf("%d s", seconds)
	}
	m, s := seconds/60, seconds%60
	if s == 0 {
		return fmt.Sprintf("%d min", m)
	}
	return fmt.Sprintf("%d min %d s", m, s)
}

// MinutesLabel rounds to whole minutes for routine cards ("about 5 min").
func MinutesLabel(seconds int) string {
	m := (seconds + 30) / 60
	if m < 1 {
		m = 1
	}
	return fmt.Sprintf("%d min", m)
}

func EquipmentLabel(items []string) string {
	if len(items) == 0 {
		return "No equipment"
	}
	return strings.Join(items, ", ")
}

// AgoLabel says how long ago something stopped, for the resume offer.
func AgoLabel(d time.Duration) string {
	m := int(d / time.Minute)
	switch {
	case m < 1:
		return "a moment ago"
	case m < 60:
		return fmt.Sprintf("%d min ago", m)
	case m%60 == 0:
		return fmt.Sprintf("%d h ago", m/60)
	}
	return fmt.Sprintf("%d h %d min ago", m/60, m%60)
}

func Itoa(n int) string { return strconv.Itoa(n) }

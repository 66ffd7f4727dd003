package store

import (
	"math/rand/v2"
	"strconv"
	"time"

	"limber/content"
)

const (
	// CurrentVersion is the schema version this build reads and writes.
	CurrentVersion = 3
	// Key is the localStorage key holding the data.
	Key = "limber.v1"
	// BackupPrefix starts the keys that LoadReport.BackupKey names.
	BackupPrefix = "limber.backup."
)

// Setting limits.
const (
	MinReminderMinutes = 30
	MaxReminderMinutes = 60
	// MaxSessionSeconds bounds a session's durations; anything longer is
	// a clock or storage fault, not a stretching session.
	MaxSessionSeconds = 6 * 60 * 60
	// MaxEmergencyNumberLen bounds the emergency number in characters.
	MaxEmergencyNumberLen = 32
)

// Themes the app offers; the first is the default.
var Themes = []string{"system", "light", "dark"}

// Data is everything Limber stores about a person.
type Data struct {
	Version    int            `json:"version"`
	Settings   Settings       `json:"settings"`
	History    []Session      `json:"history"`
	Favourites Favourites     `json:"favourites"`
	Routines   []SavedRoutine `json:"routines"`
	// LastCheck is when the red-flag symptom check was last done. The
	// answers are deliberately not stored.
	LastCheck       time.Time `json:"lastCheck,omitzero"`
	EmergencyNumber string    `json:"emergencyNumber,omitempty"`
	// Plan is the programme the person follows, if any.
	Plan Plan `json:"plan,omitzero"`
	// CheckIns are the person's answers about pain, stiffness, a hard
	// activity and the reach test, in time order.
	CheckIns []CheckIn `json:"checkIns,omitempty"`
	// Rev counts writes, so a tab can tell whether data another tab
	// stored was written over its own change without having seen it.
	Rev int `json:"rev,omitempty"`
}

// Plan is the programme being followed. Its progress is not stored apart:
// it is the completed sessions in History that carry its PlanStep and
// started after Started, so history stays the one record of what was done.
type Plan struct {
	Programme string    `json:"programme"` // slug in content.Programmes; "" means no plan
	Started   time.Time `json:"started"`
	Paused    bool      `json:"paused,omitempty"`
}

// Settings are the person's preferences.
type Settings struct {
	Sound     bool   `json:"sound"`
	Voice     bool   `json:"voice"`
	Vibration bool   `json:"vibration"`
	Theme     string `json:"theme"` // one of Themes
	// ReminderMinutes is how often to remind the person to move during
	// long sitting: 0 is off, otherwise MinReminderMinutes–MaxReminderMinutes.
	ReminderMinutes int `json:"reminderMinutes"`
	// RemindAt is the time of day ("07:30") for the session reminder, ""
	// for none; RemindDays the weekdays it's on, bit 0 for Sunday.
	RemindAt   string `json:"remindAt,omitempty"`
	RemindDays int    `json:"remindDays,omitempty"`
}

// Session is one played routine.
type Session struct {
	ID             string    `json:"id"`
	Routine        string    `json:"routine"` // routine slug, or "custom:..." for shared/built ones
	Name           string    `json:"name"`    // routine name at the time, for display
	Started        time.Time `json:"started"`
	ActiveSeconds  int       `json:"activeSeconds"`
	PlannedSeconds int       `json:"plannedSeconds"`
	Completed      bool      `json:"completed"`
	// PlanStep names the plan session this was ("loosen-up/1/2": week 1,
	// session 2), when it was played from the plan.
	PlanStep string `json:"planStep,omitempty"`
}

// Favourites are starred exercises and routines, by slug.
type Favourites struct {
	Exercises []string `json:"exercises"`
	Routines  []string `json:"routines"`
}

// SavedRoutine is a custom routine the person built or opened from a link.
type SavedRoutine struct {
	ID      string
	Routine content.Routine
	Saved   time.Time // when it was saved or last edited
	// Followed is when the person added it to their plan (a home
	// programme shown on Today); zero when it isn't in the plan.
	Followed time.Time
}

// Default is the data of someone who has never used Limber.
func Default() Data {
	return Data{
		Version:  CurrentVersion,
		Settings: Settings{Sound: true, Voice: true, Vibration: true, Theme: Themes[0]},
	}
}

// NewID returns a short identifier that sorts roughly by time and is
// unique enough for one person's sessions and routines.
func NewID(now time.Time) string {
	return strconv.FormatInt(now.UnixMilli(), 36) + "-" + strconv.FormatUint(rand.Uint64()%(36*36*36*36), 36)
}

// HasExercise reports whether the exercise slug is a favourite.
func (f Favourites) HasExercise(slug string) bool { return contains(f.Exercises, slug) }

// HasRoutine reports whether the routine slug is a favourite.
func (f Favourites) HasRoutine(slug string) bool { return contains(f.Routines, slug) }

// ToggleExercise stars or unstars an exercise and reports whether it is
// now a favourite.
func (f *Favourites) ToggleExercise(slug string) bool {
	var on bool
	f.Exercises, on = toggle(f.Exercises, slug)
	return on
}

// ToggleRoutine stars or unstars a routine and reports whether it is now
// a favourite.
func (f *Favourites) ToggleRoutine(slug string) bool {
	var on bool
	f.Routines, on = toggle(f.Routines, slug)
	return on
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// toggle returns a new slice, never editing list in place, because copies
// of Data share backing arrays.
func toggle(list []string, s string) ([]string, bool) {
	if !contains(list, s) {
		return append(list[:len(list):len(list)], s), true
	}
	out := make([]string, 0, len(list)-1)
	for _, v := range list {
		if v != s {
			out = append(out, v)
		}
	}
	if len(out) == 0 {
		return nil, false
	}
	return out, false
}

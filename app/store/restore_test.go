package store

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"limber/content"
)

func restoreCurrent() Data {
	t0 := time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC)
	d := Default()
	d.Settings = Settings{Sound: false, Voice: true, Theme: "dark", ReminderMinutes: 45}
	d.History = []Session{
		{ID: "a", Routine: "morning", Name: "Morning", Started: t0, ActiveSeconds: 300, PlannedSeconds: 300, Completed: true},
		{ID: "c", Routine: "desk-break", Name: "Desk break", Started: t0.Add(48 * time.Hour), ActiveSeconds: 120, PlannedSeconds: 300},
	}
	d.Favourites = Favourites{Exercises: []string{"cat-cow"}}
	d.Routines = []SavedRoutine{{ID: "r1", Saved: t0, Routine: routineNamed("Mine")}}
	return d
}

func routineNamed(name string) content.Routine {
	return content.Routine{Name: name, Steps: []content.RoutineStep{{Exercise: "cat-cow", HoldSeconds: 30, Sets: 1}}}
}

func TestRestoreMerges(t *testing.T) {
	current := restoreCurrent()
	before := mustMarshal(t, current)

	t0 := time.Date(2026, 4, 1, 8, 0, 0, 0, time.UTC)
	kept := Default()
	kept.Settings = Settings{Sound: true, Theme: "light"}
	kept.History = []Session{
		{ID: "a", Routine: "morning", Name: "Morning (old copy)", Started: t0},
		{ID: "b", Routine: "evening", Name: "Evening", Started: t0, ActiveSeconds: 600, PlannedSeconds: 600, Completed: true},
	}
	kept.Favourites = Favourites{Exercises: []string{"cat-cow", "dead-bug"}, Routines: []string{"morning"}}
	kept.Routines = []SavedRoutine{
		{ID: "r1", Saved: t0, Routine: routineNamed("Other")}, // same ID, different routine
		{ID: "r2", Saved: t0, Routine: routineNamed("Second")},
	}
	kept.EmergencyNumber = "112"
	kept.LastCheck = t0

	got, sum, err := Restore(current, mustMarshal(t, kept))
	if err != nil {
		t.Fatal(err)
	}
	if mustMarshal(t, current) != before {
		t.Error("Restore modified current")
	}
	want := ImportSummary{SessionsAdded: 1, SessionsSkipped: 1, FavouritesAdded: 2, RoutinesAdded: 2, RoutinesRenamed: 1, SettingsKept: true, EmergencyNumberAdded: true}
	if !reflect.DeepEqual(sum, want) {
		t.Errorf("summary = %+v, want %+v", sum, want)
	}
	if got.Settings != current.Settings {
		t.Errorf("settings = %+v, want the current ones kept", got.Settings)
	}
	var ids []string
	for _, s := range got.History {
		ids = append(ids, s.ID)
	}
	if !slices.Equal(ids, []string{"b", "a", "c"}) || got.History[1].Name != "Morning" {
		t.Errorf("history = %+v, want b added in time order and the current a kept", got.History)
	}
	if !slices.Equal(got.Favourites.Exercises, []string{"cat-cow", "dead-bug"}) || !slices.Equal(got.Favourites.Routines, []string{"morning"}) {
		t.Errorf("favourites = %+v", got.Favourites)
	}
	if len(got.Routines) != 3 || got.Routines[0].Routine.Name != "Mine" || got.Routines[1].Routine.Name != "Other (imported)" || got.Routines[1].ID == "r1" {
		t.Errorf("routines = %+v", got.Routines)
	}
	if got.EmergencyNumber != "112" || !got.LastCheck.Equal(t0) {
		t.Errorf("emergency number %q, last check %v", got.EmergencyNumber, got.LastCheck)
	}
	// The result is stored data that needs no repair.
	if _, rep := Load(mustMarshal(t, got)); rep.BackupKey != "" {
		t.Errorf("restored data needs repair: %+v", rep)
	}

	// Restoring the same copy again adds nothing.
	again, sum, err := Restore(got, mustMarshal(t, kept))
	if err != nil || sum.SessionsAdded != 0 || sum.RoutinesAdded != 0 || sum.FavouritesAdded != 0 || mustMarshal(t, again) != mustMarshal(t, got) {
		t.Errorf("second restore: %v %+v", err, sum)
	}
}

func TestRestoreOldAndRepairedCopies(t *testing.T) {
	got, sum, err := Restore(Default(), `{"favs":["cat-cow"]}`)
	if err != nil || !slices.Equal(got.Favourites.Exercises, []string{"cat-cow"}) || sum.FavouritesAdded != 1 {
		t.Errorf("version-0 copy: %v %+v %+v", err, got.Favourites, sum)
	}
	raw := `{"version":1,"settings":{"theme":"neon"},"history":[{"id":"x","started":"2026-01-02T03:04:05Z","activeSeconds":-5}]}`
	got, sum, err = Restore(Default(), raw)
	if err != nil || len(got.History) != 1 || got.History[0].ActiveSeconds != 0 || len(sum.Fixed) != 2 {
		t.Errorf("repaired copy: %v %+v %+v", err, got.History, sum)
	}
	if got.Settings != Default().Settings {
		t.Errorf("settings = %+v, want current kept", got.Settings)
	}
	lines := strings.Join(sum.Lines(), " ")
	if !strings.Contains(lines, "Added 1 session") || !strings.Contains(lines, "impossible durations") {
		t.Errorf("Lines = %q", lines)
	}
}

func TestRestoreRefusesUnreadableCopies(t *testing.T) {
	current := restoreCurrent()
	before := mustMarshal(t, current)
	for _, tt := range []struct {
		name, raw string
		want      error
	}{
		{"half-written", `{"version":1,"history":[{"id":"a"`, ErrDamaged},
		{"not JSON", "not json", ErrDamaged},
		{"empty", "  ", ErrDamaged},
		{"null", "null", ErrDamaged},
		{"array", "[]", ErrWrongShape},
		{"wrong field type", `{"version":1,"history":"lots"}`, ErrWrongShape},
		{"newer", `{"version":99,"history":[]}`, ErrNewerVersion},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, sum, err := Restore(current, tt.raw)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !reflect.DeepEqual(got, current) || !reflect.DeepEqual(sum, ImportSummary{}) {
				t.Errorf("refused restore returned %+v, %+v", got, sum)
			}
			if mustMarshal(t, current) != before {
				t.Error("refused restore modified current")
			}
			if msg := Message(err); msg == "" || strings.Contains(msg, "json") {
				t.Errorf("Message = %q", msg)
			}
		})
	}
}

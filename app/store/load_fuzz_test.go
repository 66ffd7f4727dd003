package store

import (
	"cmp"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"limber/app/routinelink"
	"limber/content"
)

// FuzzLoad feeds Load arbitrary stored text and checks what the caller
// (loadData in package app) relies on:
//
//   - Load never panics, and blank text is Default with an empty report.
//   - What Load returns marshals, and loading that again gives the same
//     data with nothing to report: no Reset, Migrated, Fixed, Newer or
//     BackupKey. Saving never starts a cycle of repairs.
//   - Nothing is changed without a backup: whenever Reset, Migrated or
//     Fixed is set, BackupKey names a fresh backup key, so the caller
//     keeps the original. Reset also carries a Reason and returns Default.
//     Conversely, with no BackupKey the data is exactly the plain reading
//     of the stored document, so writing it back loses nothing but key
//     order, unknown fields and one silent tidy: a saved routine's name has
//     runs of spaces collapsed and an empty name becomes the default. The
//     builder saves names as typed, so reporting that would show a repair
//     notice for a stray space; nothing the person would miss is lost.
//   - Newer implies Reset (the caller is told and must not save over it),
//     and every JSON object whose version is a whole number above
//     CurrentVersion is reported Newer.
func FuzzLoad(f *testing.F) {
	valid, err := Marshal(fuzzFull())
	if err != nil {
		f.Fatal(err)
	}
	def, err := Marshal(Default())
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range []string{
		"", "  \n", "{}", "null", "[]", `"text"`, "7",
		def,
		valid,
		valid[:len(valid)/2], // half-written
		// Version 0: the prototype shape, with and without repairs.
		`{"favs":["cat-cow","dead-bug"]}`,
		`{"favs":["a","a"]}`,
		`{"favs":["a","a",""]}`,
		`{"version":0}`,
		`{"version":null,"favs":"x"}`,
		// Newer or odd versions.
		`{"version":99}`,
		`{"version":2,"history":"not yet"}`,
		`{"version":-1}`,
		`{"version":1.5}`,
		`{"version":"1"}`,
		`{"Version":99}`,
		// Broken JSON.
		`{"version":1,"history":[{"id":"a"`,
		`{"version":1,}`,
		"{\"version\":1,\"history\":[{\"id\":\"\xff\"}]}",
		// Big numbers.
		`{"version":1,"history":[{"id":"a","activeSeconds":1e400}]}`,
		`{"version":1,"history":[{"id":"a","activeSeconds":99999999999999999999}]}`,
		`{"version":1,"history":[{"id":"a","activeSeconds":9223372036854775807,"plannedSeconds":-9223372036854775808}]}`,
		`{"version":18446744073709551617}`,
		`{"version":1,"settings":{"reminderMinutes":9223372036854775807}}`,
		// Out-of-range settings and other repairs.
		`{"version":1,"settings":{"theme":"neon","reminderMinutes":-4}}`,
		`{"version":1,"settings":{"theme":"","reminderMinutes":7}}`,
		`{"version":1,"settings":null}`,
		`{"version":1,"emergencyNumber":"call 999 now!!"}`,
		`{"version":1,"favourites":{"exercises":["a","a",""],"routines":[""]}}`,
		// Duplicate session IDs, exact and differing, and missing IDs.
		`{"version":1,"history":[{"id":"a","started":"2025-01-01T10:00:00Z"},{"id":"a","started":"2025-01-01T10:00:00Z"}]}`,
		`{"version":1,"history":[{"id":"a"},{"id":"a","activeSeconds":-1},{"id":"a-2"},{"id":""}]}`,
		`{"version":1,"history":[{"started":"2025-01-01T10:00:00+02:00"},{"id":"s20250101T080000"}]}`,
		// Saved routines needing repair.
		`{"version":1,"routines":[{"id":"r","routine":{"name":"\u202e","steps":[{"exercise":"a","hold":900,"sets":0}]}},{"routine":{"steps":[]}}]}`,
		`{"version":1,"routines":[{"id":"r","routine":{"name":"  two   spaces ","steps":[{"exercise":"cat-cow","hold":30,"sets":1}]}}]}`,
		`{"version":1,"routines":[{"id":"r","routine":{"name":"","steps":[{"exercise":"cat-cow","hold":30,"sets":1}]}},{"id":"r","routine":{"name":"x","steps":[{"exercise":"cat-cow","reps":5,"sets":1}]}}]}`,
		// Odd JSON that is still an object.
		`{"version":1,"history":[],"favourites":{"exercises":[]},"routines":[]}`,
		`{"version":1,"lastCheck":"0001-01-01T00:00:00Z","unknown":{"a":[1,2]}}`,
		`{"version":1,"version":99}`,
	} {
		f.Add(seed)
	}
	f.Fuzz(checkLoad)
}

func checkLoad(t *testing.T, raw string) {
	d, rep := Load(raw)

	if strings.TrimSpace(raw) == "" {
		if !reflect.DeepEqual(d, Default()) || !reflect.DeepEqual(rep, LoadReport{}) {
			t.Fatalf("blank text: got %+v, %+v", d, rep)
		}
		return
	}

	// The report is consistent and nothing changes without a backup.
	changed := rep.Reset || rep.Migrated || len(rep.Fixed) > 0
	if changed != (rep.BackupKey != "") {
		t.Fatalf("Reset/Migrated/Fixed %v but BackupKey %q: %+v", changed, rep.BackupKey, rep)
	}
	if rep.BackupKey != "" && !isBackupKey(rep.BackupKey) {
		t.Fatalf("BackupKey %q is not %s + 20 digits", rep.BackupKey, BackupPrefix)
	}
	if rep.Reset {
		if rep.Reason == "" {
			t.Fatal("Reset without a Reason")
		}
		if !reflect.DeepEqual(d, Default()) {
			t.Fatalf("Reset returned %+v, not Default", d)
		}
	} else if rep.Reason != "" {
		t.Fatalf("Reason %q without Reset", rep.Reason)
	}
	if rep.Newer && !rep.Reset {
		t.Fatalf("Newer without Reset: %+v", rep)
	}
	if rep.Migrated && (rep.From < 0 || rep.From >= CurrentVersion) {
		t.Fatalf("Migrated from version %d", rep.From)
	}
	for _, line := range rep.Fixed {
		if strings.TrimSpace(line) == "" {
			t.Fatalf("empty line in Fixed: %q", rep.Fixed)
		}
	}
	if v, ok := storedVersion(raw); ok && v > CurrentVersion && !rep.Newer {
		t.Fatalf("version %d not reported as Newer: %+v", v, rep)
	}
	if d.Version != CurrentVersion {
		t.Fatalf("Version = %d", d.Version)
	}

	// With no backup the data is what was stored, not a silent repair.
	if rep.BackupKey == "" {
		plain, ok := plainRead(raw)
		if !ok {
			t.Fatalf("no backup, yet the text doesn't read as a document: %+v", rep)
		}
		if got, want := mustMarshalF(t, d), mustMarshalF(t, plain); got != want {
			t.Fatalf("changed without a backup or a report:\nstored %s\nloaded %s", want, got)
		}
	}

	// Saving and loading again is stable and needs nothing.
	saved := mustMarshalF(t, d)
	d2, rep2 := Load(saved)
	if !reflect.DeepEqual(rep2, LoadReport{From: CurrentVersion}) {
		t.Fatalf("reloading saved data reported %+v\nsaved %s", rep2, saved)
	}
	// Compared as stored text: a time read from "+00:00" and the same
	// time read back as "Z" differ only in their *Location.
	if again := mustMarshalF(t, d2); again != saved {
		t.Fatalf("saved text changed:\n%s\n%s", saved, again)
	}
}

// plainRead reads a stored object over Default with no migration and no
// repair, the way Load does before it changes anything, with empty lists
// made canonical as Load makes them.
func plainRead(raw string) (Data, bool) {
	var doc map[string]json.RawMessage
	if json.Unmarshal([]byte(raw), &doc) != nil || doc == nil {
		return Data{}, false
	}
	d, err := fromDoc(doc)
	if err != nil {
		return Data{}, false
	}
	d.Version = CurrentVersion
	d.History = nilIfEmpty(d.History)
	d.Favourites.Exercises = nilIfEmpty(d.Favourites.Exercises)
	d.Favourites.Routines = nilIfEmpty(d.Favourites.Routines)
	d.Routines = nilIfEmpty(d.Routines)
	for i := range d.Routines {
		name := strings.Join(strings.Fields(d.Routines[i].Routine.Name), " ")
		d.Routines[i].Routine.Name = cmp.Or(name, routinelink.DefaultName)
	}
	return d, true
}

// storedVersion is the whole-number version of a JSON object, if it has one.
func storedVersion(raw string) (int, bool) {
	var doc map[string]json.RawMessage
	if json.Unmarshal([]byte(raw), &doc) != nil {
		return 0, false
	}
	v, ok := doc["version"]
	if !ok {
		return 0, false
	}
	var n int
	if json.Unmarshal(v, &n) != nil {
		return 0, false
	}
	return n, true
}

func isBackupKey(key string) bool {
	digits, ok := strings.CutPrefix(key, BackupPrefix)
	if !ok || len(digits) != 20 {
		return false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func mustMarshalF(t *testing.T, d Data) string {
	t.Helper()
	s, err := Marshal(d)
	if err != nil {
		t.Fatalf("Marshal: %v\n%+v", err, d)
	}
	return s
}

// fuzzFull is a document using every field, kept here so the seeds do not
// depend on other tests' helpers.
func fuzzFull() Data {
	t0 := time.Date(2026, 3, 4, 7, 30, 0, 0, time.UTC)
	d := Default()
	d.Settings = Settings{Voice: true, Theme: "dark", ReminderMinutes: 45}
	d.History = []Session{
		{ID: "a", Routine: "morning", Name: "Morning", Started: t0, ActiveSeconds: 300, PlannedSeconds: 360, Completed: true},
		{ID: "b", Routine: "custom:1234abcd", Name: "Mine", Started: t0.Add(26 * time.Hour), ActiveSeconds: 60, PlannedSeconds: 600},
	}
	d.Favourites = Favourites{Exercises: []string{"cat-cow", "dead-bug"}, Routines: []string{"morning"}}
	d.Routines = []SavedRoutine{{ID: "r1", Saved: t0, Routine: content.Routine{
		Name: "Desk break", Steps: []content.RoutineStep{
			{Exercise: "cat-cow", HoldSeconds: 30, Sets: 1},
			{Exercise: "dead-bug", Reps: 8, TempoSeconds: 3, PerSide: true, Sets: 2, RestSeconds: 20},
		},
	}}}
	d.LastCheck = t0.Add(-48 * time.Hour)
	d.EmergencyNumber = "+44 999"
	return d
}

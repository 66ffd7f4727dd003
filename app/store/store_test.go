package store

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"limber/content"
)

var t0 = time.Date(2025, 3, 10, 8, 30, 0, 0, time.UTC)

func routine(name string, hold int) content.Routine {
	return content.Routine{
		Slug: "custom:0000abcd",
		Name: name,
		Steps: []content.RoutineStep{
			{Exercise: "cat-cow", Reps: 10, TempoSeconds: 4, Sets: 2, RestSeconds: 15},
			{Exercise: "standing-hamstring-stretch", HoldSeconds: hold, PerSide: true, Sets: 1},
		},
	}
}

// full is data using every field, with valid values.
func full() Data {
	d := Default()
	d.Settings = Settings{Sound: false, Voice: true, Vibration: false, Theme: "dark", ReminderMinutes: 45}
	d.History = []Session{
		{ID: "a", Routine: "morning", Name: "Morning", Started: t0, ActiveSeconds: 300, PlannedSeconds: 360, Completed: true},
		{ID: "b", Routine: "custom:1234abcd", Name: "Mine", Started: t0.Add(26 * time.Hour), ActiveSeconds: 60, PlannedSeconds: 600},
	}
	d.Favourites = Favourites{Exercises: []string{"cat-cow", "dead-bug"}, Routines: []string{"morning"}}
	d.Routines = []SavedRoutine{{ID: "r1", Routine: routine("Desk break", 30), Saved: t0}}
	d.LastCheck = t0.Add(-48 * time.Hour)
	d.EmergencyNumber = "+44 999"
	return d
}

func mustMarshal(t *testing.T, d Data) string {
	t.Helper()
	s, err := Marshal(d)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	return s
}

func TestLoadEmpty(t *testing.T) {
	for _, raw := range []string{"", "  \n"} {
		d, rep := Load(raw)
		if !reflect.DeepEqual(d, Default()) || !reflect.DeepEqual(rep, LoadReport{}) {
			t.Errorf("Load(%q) = %+v, %+v", raw, d, rep)
		}
	}
}

func TestDefault(t *testing.T) {
	d := Default()
	if d.Version != CurrentVersion || !d.Settings.Sound || !d.Settings.Voice || !d.Settings.Vibration || d.Settings.Theme != "system" {
		t.Errorf("Default = %+v", d)
	}
	if Key != "limber.v1" {
		t.Errorf("Key = %q", Key)
	}
}

func TestRoundTrip(t *testing.T) {
	for _, in := range []Data{Default(), full()} {
		raw := mustMarshal(t, in)
		got, rep := Load(raw)
		if !reflect.DeepEqual(got, in) {
			t.Errorf("round trip:\n got %+v\nwant %+v", got, in)
		}
		if !reflect.DeepEqual(rep, LoadReport{From: CurrentVersion}) {
			t.Errorf("report = %+v", rep)
		}
	}
}

func TestStoredShape(t *testing.T) {
	raw := mustMarshal(t, full())
	for _, want := range []string{`"version":` + strconv.Itoa(CurrentVersion), `"theme":"dark"`, `"hold":30`, `"exercise":"cat-cow"`, `"lastCheck":"2025-03-08T08:30:00Z"`} {
		if !strings.Contains(raw, want) {
			t.Errorf("stored data lacks %s:\n%s", want, raw)
		}
	}
	if raw := mustMarshal(t, Default()); strings.Contains(raw, "lastCheck") {
		t.Errorf("zero LastCheck stored: %s", raw)
	}
}

// TestContentShape fails when content's routine types gain fields, which
// the stored form (routine_json.go) would otherwise silently drop.
func TestContentShape(t *testing.T) {
	if n := reflect.TypeFor[content.Routine]().NumField(); n != 7 {
		t.Errorf("content.Routine has %d fields; update routineJSON in routine_json.go", n)
	}
	if n := reflect.TypeFor[content.Prescription]().NumField(); n != 4 {
		t.Errorf("content.Prescription has %d fields; update rxJSON in routine_json.go", n)
	}
}

// TestPrescriptionStored: a prescriber's notes, instructions, frequency
// and weeks survive a save and a load.
func TestPrescriptionStored(t *testing.T) {
	r := routine("From my physio", 30)
	r.Steps[0].Note = "Keep the knee soft"
	r.Rx = content.Prescription{Suits: "Tight hamstrings after running", Instructions: "Stop if it tingles.", PerWeek: content.TwiceADay, Weeks: 6}
	in := SavedRoutine{ID: "r1", Routine: r, Saved: t0}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out SavedRoutine
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if !out.Routine.Equal(r) {
		t.Errorf("after a round trip:\n got %+v\nwant %+v", out.Routine, r)
	}
	if plain := mustMarshal(t, Data{Routines: []SavedRoutine{{ID: "r2", Routine: routine("Plain", 30)}}}); strings.Contains(plain, `"rx"`) || strings.Contains(plain, `"note"`) {
		t.Errorf("a routine without a prescription stores empty fields: %s", plain)
	}
}

func TestLoadResets(t *testing.T) {
	tests := []struct {
		name, raw string
		newer     bool
	}{
		{"not json", "hello", false},
		{"open brace", "{", false},
		{"trailing garbage", `{"version":1}x`, false},
		{"null", "null", false},
		{"array", "[1,2]", false},
		{"number", "42", false},
		{"string", `"limber"`, false},
		{"version as string", `{"version":"1"}`, false},
		{"negative version", `{"version":-1}`, false},
		{"fractional version", `{"version":1.5}`, false},
		{"future version", `{"version":` + strconv.Itoa(CurrentVersion+1) + `,"settings":{}}`, true},
		{"far future version", `{"version":1000}`, true},
		{"settings wrong type", `{"version":1,"settings":"loud"}`, false},
		{"history wrong type", `{"version":1,"history":{}}`, false},
		{"session field wrong type", `{"version":1,"history":[{"id":"a","activeSeconds":"ten"}]}`, false},
		{"bad time", `{"version":1,"history":[{"id":"a","started":"yesterday"}]}`, false},
		{"routine wrong type", `{"version":1,"routines":[{"id":"r","routine":[]}]}`, false},
		{"v0 favs wrong type", `{"favs":3}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, rep := Load(tt.raw)
			if !reflect.DeepEqual(d, Default()) {
				t.Errorf("data = %+v, want Default", d)
			}
			if !rep.Reset || rep.Reason == "" || rep.Newer != tt.newer {
				t.Errorf("report = %+v", rep)
			}
			if !strings.HasPrefix(rep.BackupKey, BackupPrefix) {
				t.Errorf("BackupKey = %q", rep.BackupKey)
			}
			t.Log(rep.Reason)
		})
	}
}

func TestLoadHalfWritten(t *testing.T) {
	raw := mustMarshal(t, full())
	for i := 1; i < len(raw); i++ {
		d, rep := Load(raw[:i])
		if !rep.Reset || !reflect.DeepEqual(d, Default()) {
			t.Fatalf("cut at %d of %d: report %+v", i, len(raw), rep)
		}
	}
}

func TestBackupKeysSort(t *testing.T) {
	a := backupKey(time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC))
	b := backupKey(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
	if !(a < b) || !strings.HasPrefix(a, "limber.backup.") {
		t.Errorf("keys %q, %q", a, b)
	}
}

func TestMigrations(t *testing.T) {
	if len(migrations) != CurrentVersion {
		t.Fatalf("%d migrations for version %d", len(migrations), CurrentVersion)
	}
	d, rep := Load(`{"favs":["cat-cow","dead-bug","cat-cow"],"settings":{"theme":"dark"}}`)
	want := Default()
	want.Settings.Theme = "dark"
	want.Favourites.Exercises = []string{"cat-cow", "dead-bug"}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("migrated = %+v\nwant %+v", d, want)
	}
	if rep.Reset || !rep.Migrated || rep.From != 0 || rep.BackupKey == "" {
		t.Errorf("report = %+v", rep)
	}
	if len(rep.Fixed) != 1 {
		t.Errorf("Fixed = %q, want the duplicate favourite", rep.Fixed)
	}
	if d, rep := Load(`{}`); !reflect.DeepEqual(d, Default()) || !rep.Migrated {
		t.Errorf("empty v0: %+v %+v", d, rep)
	}
}

func TestMissingFieldsKeepDefaults(t *testing.T) {
	d, rep := Load(`{"version":` + strconv.Itoa(CurrentVersion) + `,"settings":{"sound":false},"unknownField":true}`)
	want := Default()
	want.Settings.Sound = false
	if !reflect.DeepEqual(d, want) || rep.Reset || len(rep.Fixed) > 0 || rep.BackupKey != "" {
		t.Errorf("got %+v, %+v", d, rep)
	}
}

func TestFixUps(t *testing.T) {
	in := full()
	in.Settings.Theme = "neon"
	in.Settings.ReminderMinutes = 5
	in.History = append(in.History,
		in.History[0], // exact duplicate
		Session{ID: "a", Routine: "other", Started: t0.Add(time.Hour), ActiveSeconds: 10}, // same ID, different
		Session{Routine: "x", Started: t0, ActiveSeconds: -5, PlannedSeconds: 1 << 30},
	)
	in.Favourites.Exercises = append(in.Favourites.Exercises, "cat-cow", "")
	in.Routines = append(in.Routines,
		SavedRoutine{ID: "r2", Routine: routine("Too long hold", 400)},
		SavedRoutine{ID: "r3", Routine: content.Routine{Name: "Empty"}},
		SavedRoutine{ID: "r1", Routine: routine("Same ID", 60)},
	)
	in.EmergencyNumber = "999<script>"
	d, rep := Load(mustMarshal(t, in))
	if rep.Reset {
		t.Fatalf("reset: %+v", rep)
	}
	wantFixed := []string{
		`The theme "neon" isn't one Limber offers; it was set to "system".`,
		"The reminder interval of 5 minutes was changed to 30 (0 means off).",
		"1 session had impossible durations; they were corrected.",
		"1 session appeared twice in your history; the copies were removed.",
		"2 sessions had a missing or repeated ID; new IDs were given.",
		"Removed 2 empty or repeated favourites.",
		`Saved routine "Too long hold": Hold of 400 s on step 2 is outside 5–300 s; it was set to 300 s.`,
		`The saved routine "Empty" had no usable exercises; it was removed.`,
		`The saved routine "Same ID" had a missing or repeated ID; it was given a new one.`,
		`The emergency number "999<script>" had characters a phone can't dial; it is now "999".`,
	}
	if !reflect.DeepEqual(rep.Fixed, wantFixed) {
		t.Errorf("Fixed:\n%s\nwant\n%s", strings.Join(rep.Fixed, "\n"), strings.Join(wantFixed, "\n"))
	}
	if rep.BackupKey == "" {
		t.Error("no BackupKey for repaired data")
	}
	if d.Settings.Theme != "system" || d.Settings.ReminderMinutes != 30 || d.EmergencyNumber != "999" {
		t.Errorf("settings = %+v, number %q", d.Settings, d.EmergencyNumber)
	}
	var ids []string
	for _, s := range d.History {
		ids = append(ids, s.ID)
	}
	if want := []string{"a", "b", "a-2", "s20250310T083000"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("history IDs = %q, want %q", ids, want)
	}
	last := d.History[3]
	if last.ActiveSeconds != 0 || last.PlannedSeconds != MaxSessionSeconds {
		t.Errorf("clamped session = %+v", last)
	}
	if len(d.Routines) != 3 || d.Routines[1].Routine.Steps[1].HoldSeconds != 300 || d.Routines[2].ID != "r1-2" {
		t.Errorf("routines = %+v", d.Routines)
	}
	// Repaired data loads cleanly the second time.
	if _, rep := Load(mustMarshal(t, d)); len(rep.Fixed) > 0 || rep.BackupKey != "" {
		t.Errorf("second load: %+v", rep)
	}
}

func TestReminderFixes(t *testing.T) {
	for in, want := range map[int]int{0: 0, -3: 0, 29: 30, 30: 30, 60: 60, 500: 60} {
		d := Default()
		d.Settings.ReminderMinutes = in
		got, _ := Load(mustMarshal(t, d))
		if got.Settings.ReminderMinutes != want {
			t.Errorf("%d -> %d, want %d", in, got.Settings.ReminderMinutes, want)
		}
	}
}

func TestFavourites(t *testing.T) {
	var f Favourites
	if !f.ToggleExercise("cat-cow") || !f.HasExercise("cat-cow") || f.HasRoutine("cat-cow") {
		t.Fatalf("after toggle on: %+v", f)
	}
	f.ToggleExercise("dead-bug")
	f.Exercises = slices.Grow(f.Exercises, 4) // spare capacity must not be shared
	before := f
	if f.ToggleExercise("cat-cow") || f.HasExercise("cat-cow") {
		t.Errorf("after toggle off: %+v", f)
	}
	if !reflect.DeepEqual(before.Exercises, []string{"cat-cow", "dead-bug"}) {
		t.Errorf("toggle edited a shared slice: %q", before.Exercises)
	}
	f.ToggleExercise("glute-bridge")
	if !reflect.DeepEqual(before.Exercises, []string{"cat-cow", "dead-bug"}) || before.Exercises[:3][2] != "" {
		t.Errorf("toggle appended into a shared slice: %q", before.Exercises[:3])
	}
	if !f.ToggleRoutine("morning") || !f.HasRoutine("morning") || f.ToggleRoutine("morning") || f.Routines != nil {
		t.Errorf("routines: %+v", f)
	}
}

func TestRecordSession(t *testing.T) {
	d := Default()
	d.History = make([]Session, 0, 4)
	s := Session{Routine: "morning", Started: t0, ActiveSeconds: 100, PlannedSeconds: 300}
	d1 := RecordSession(d, s)
	if len(d1.History) != 1 || d1.History[0].ID == "" {
		t.Fatalf("history = %+v", d1.History)
	}
	if d.History[:1][0].ID != "" {
		t.Error("RecordSession wrote into the caller's slice")
	}
	done := d1.History[0]
	done.ActiveSeconds, done.Completed = 290, true
	d2 := RecordSession(d1, done)
	if len(d2.History) != 1 || !d2.History[0].Completed || d1.History[0].Completed {
		t.Errorf("update: d1 %+v d2 %+v", d1.History, d2.History)
	}
	d3 := RecordSession(d2, Session{ID: "x", Started: t0, ActiveSeconds: -1})
	if len(d3.History) != 2 || d3.History[1].ActiveSeconds != 0 {
		t.Errorf("second: %+v", d3.History)
	}
	if a, b := NewID(t0), NewID(t0); a == b || a == "" {
		t.Errorf("NewID gave %q and %q", a, b)
	}
}

func TestExportImportRoundTrip(t *testing.T) {
	src := full()
	file, err := Export(src, t0)
	if err != nil {
		t.Fatal(err)
	}
	var head map[string]any
	if err := json.Unmarshal(file, &head); err != nil {
		t.Fatal(err)
	}
	if head["app"] != "limber" || head["kind"] != "export" || head["version"] != float64(CurrentVersion) || head["exported"] != "2025-03-10T08:30:00Z" {
		t.Errorf("header = %v", head)
	}
	if !strings.Contains(string(file), "\n  \"data\": {") {
		t.Errorf("export is not pretty:\n%s", file)
	}
	got, sum, err := Import(Default(), file)
	if err != nil {
		t.Fatal(err)
	}
	want := src
	want.Settings = Default().Settings // the current settings win
	if !reflect.DeepEqual(got, want) {
		t.Errorf("imported:\n got %+v\nwant %+v", got, want)
	}
	wantSum := ImportSummary{Exported: t0, SessionsAdded: 2, FavouritesAdded: 3, RoutinesAdded: 1, SettingsKept: true, EmergencyNumberAdded: true}
	if !reflect.DeepEqual(sum, wantSum) {
		t.Errorf("summary = %+v", sum)
	}
	t.Log(strings.Join(sum.Lines(), "\n"))
}

func TestImportMerge(t *testing.T) {
	current := full()
	current.Settings.Theme = "light"
	current.EmergencyNumber = "112"
	current.History = slices.Grow(current.History, 10)
	current.Routines = append(current.Routines, SavedRoutine{ID: "r2", Routine: routine("Other", 90)})
	snapshot := mustMarshal(t, current)

	other := full()
	other.Settings.Theme = "dark"
	other.EmergencyNumber = "999"
	other.LastCheck = t0
	other.History = append(other.History[1:], Session{ID: "c", Routine: "evening", Started: t0.Add(time.Hour), ActiveSeconds: 120})
	other.Favourites = Favourites{Exercises: []string{"dead-bug", "child-pose"}, Routines: []string{"evening"}}
	other.Routines = []SavedRoutine{
		{ID: "r2", Routine: routine("Other", 90), Saved: t0},                                // identical: skip
		{ID: "r1x", Routine: routine("New one", 20)},                                        // new
		{ID: "r1", Routine: routine(strings.Repeat("n", 60), 45), Saved: t0.Add(time.Hour)}, // clash
	}
	file, err := Export(other, t0)
	if err != nil {
		t.Fatal(err)
	}
	merged, sum, err := Import(current, file)
	if err != nil {
		t.Fatal(err)
	}
	if got := mustMarshal(t, current); got != snapshot || current.History[:3][2].ID != "" {
		t.Error("Import modified current")
	}
	wantSum := ImportSummary{
		Exported: t0, SessionsAdded: 1, SessionsSkipped: 1, FavouritesAdded: 2,
		RoutinesAdded: 2, RoutinesRenamed: 1, RoutinesSkipped: 1, SettingsKept: true,
	}
	if !reflect.DeepEqual(sum, wantSum) {
		t.Errorf("summary = %+v\nwant %+v", sum, wantSum)
	}
	if merged.Settings != current.Settings || merged.EmergencyNumber != "112" || !merged.LastCheck.Equal(t0) {
		t.Errorf("settings/number/check = %+v %q %v", merged.Settings, merged.EmergencyNumber, merged.LastCheck)
	}
	var ids []string
	for _, s := range merged.History {
		ids = append(ids, s.ID)
	}
	if want := []string{"a", "c", "b"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("history = %q, want %q (time order)", ids, want)
	}
	if want := []string{"cat-cow", "dead-bug", "child-pose"}; !reflect.DeepEqual(merged.Favourites.Exercises, want) {
		t.Errorf("favourites = %q", merged.Favourites.Exercises)
	}
	if len(merged.Routines) != 4 {
		t.Fatalf("routines = %+v", merged.Routines)
	}
	renamed := merged.Routines[3]
	if renamed.ID != "r1-imported" || renamed.Routine.Name != strings.Repeat("n", 49)+" (imported)" {
		t.Errorf("renamed = %q %q", renamed.ID, renamed.Routine.Name)
	}
	if merged.Routines[0].Routine.Name != "Desk break" {
		t.Errorf("original routine changed: %+v", merged.Routines[0])
	}
	// Importing the same file again adds nothing.
	again, sum2, err := Import(merged, file)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, merged) || sum2.SessionsAdded+sum2.FavouritesAdded+sum2.RoutinesAdded != 0 || sum2.RoutinesSkipped != 3 {
		t.Errorf("second import changed data: %+v", sum2)
	}
	// The merged data is itself valid.
	if _, rep := Load(mustMarshal(t, merged)); len(rep.Fixed) > 0 {
		t.Errorf("merged data needed fixes: %q", rep.Fixed)
	}
}

func TestImportRefusals(t *testing.T) {
	current := full()
	current.History = slices.Grow(current.History, 10)
	snapshot := mustMarshal(t, current)
	valid, _ := Export(full(), t0)
	withData := func(data string) string {
		return `{"app":"limber","kind":"export","version":1,"exported":"2025-01-01T00:00:00Z","data":` + data + `}`
	}
	tests := []struct {
		name string
		file string
		want error
	}{
		{"too large", string(valid) + strings.Repeat(" ", MaxImportBytes), ErrTooLarge},
		{"empty", "", ErrNotJSON},
		{"not json", "name,date\nx,y", ErrNotJSON},
		{"half a file", string(valid[:len(valid)/2]), ErrNotJSON},
		{"array", "[1]", ErrNotLimber},
		{"other app", `{"app":"stretchy","kind":"export","version":1,"data":{}}`, ErrNotLimber},
		{"no app", `{"version":1,"data":{}}`, ErrNotLimber},
		{"app wrong type", `{"app":7}`, ErrNotLimber},
		{"stored data, not an export", mustMarshal(t, full()), ErrNotLimber},
		{"other kind", `{"app":"limber","kind":"backup","version":1,"data":{}}`, ErrNotLimber},
		{"newer file", strings.Replace(string(valid), `"version": `+strconv.Itoa(CurrentVersion), `"version": `+strconv.Itoa(CurrentVersion+1), 1), ErrNewerVersion},
		{"newer data", withData(`{"version":5}`), ErrNewerVersion},
		{"no version", `{"app":"limber","kind":"export","data":{}}`, ErrInvalid},
		{"no data", `{"app":"limber","kind":"export","version":1}`, ErrInvalid},
		{"data null", withData(`null`), ErrInvalid},
		{"data wrong type", withData(`[]`), ErrInvalid},
		{"history wrong type", withData(`{"version":1,"history":"lots"}`), ErrInvalid},
		{"bad session time", withData(`{"version":1,"history":[{"id":"x","started":"monday"}]}`), ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			merged, sum, err := Import(current, []byte(tt.file))
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !reflect.DeepEqual(merged, current) || !reflect.DeepEqual(sum, ImportSummary{}) {
				t.Error("refused import returned changed data or a summary")
			}
			if mustMarshal(t, current) != snapshot || current.History[:3][2].ID != "" {
				t.Error("refused import modified current")
			}
			if msg := Message(err); !strings.HasSuffix(msg, ".") || strings.Contains(msg, "json") {
				t.Errorf("Message = %q", msg)
			}
		})
	}
}

func TestImportRepairsAndMigrates(t *testing.T) {
	file := `{"app":"limber","kind":"export","version":1,"exported":"2025-01-01T00:00:00Z",
		"data":{"favs":["cat-cow"],"settings":{"theme":"neon"}}}`
	// data has no version field, so the file's version (1) applies and
	// "favs" is ignored as unknown; the theme is repaired.
	got, sum, err := Import(Default(), []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Fixed) != 1 || got.Settings.Theme != "system" || got.Favourites.Exercises != nil {
		t.Errorf("got %+v, summary %+v", got, sum)
	}
	v0 := `{"app":"limber","kind":"export","version":0,"data":{"favs":["cat-cow"]}}`
	got, sum, err = Import(Default(), []byte(v0))
	if err != nil || !reflect.DeepEqual(got.Favourites.Exercises, []string{"cat-cow"}) || sum.FavouritesAdded != 1 {
		t.Errorf("v0 import: %v %+v %+v", err, got, sum)
	}
}

// TestVersion1Upgrades: data from version 1 (no plan) loads whole, is
// reported migrated so its original is kept, and stores as the current
// version; an unknown plan is stopped with a notice, history kept.
func TestVersion1Upgrades(t *testing.T) {
	v1 := `{"version":1,"settings":{"sound":false,"theme":"dark"},"history":[{"id":"a","routine":"desk-break","name":"Desk break","started":"2026-01-02T03:04:05Z","activeSeconds":300,"plannedSeconds":300,"completed":true}]}`
	d, rep := Load(v1)
	if !rep.Migrated || rep.From != 1 || rep.BackupKey == "" || rep.Reset || len(rep.Fixed) > 0 {
		t.Errorf("report = %+v", rep)
	}
	if d.Version != CurrentVersion || len(d.History) != 1 || d.Settings.Sound || d.Settings.Theme != "dark" || d.Plan != (Plan{}) {
		t.Errorf("data = %+v", d)
	}
	d, rep = Load(`{"version":2,"plan":{"programme":"no-such-plan","started":"2026-01-02T03:04:05Z"},"history":[{"id":"a","started":"2026-01-02T03:04:05Z","activeSeconds":60,"planStep":"no-such-plan/1/1"}]}`)
	if d.Plan != (Plan{}) || len(d.History) != 1 || len(rep.Fixed) != 1 {
		t.Errorf("unknown plan: %+v, %+v", d.Plan, rep)
	}
}

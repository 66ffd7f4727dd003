package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"limber/app/i18n"
	"limber/app/routinelink"
	"limber/content"
)

// MaxImportBytes is the largest file Import reads. Years of history fit
// in a small fraction of it.
const MaxImportBytes = 1 << 20

// Export file markers.
const (
	exportApp  = "limber"
	exportKind = "export"
	// importedSuffix marks an imported routine whose ID clashed. It
	// becomes part of the saved name, so it stays English whatever the
	// language (importing the same file twice must find the copy).
	importedSuffix = " (imported)"
)

// Reasons Import refuses a file. Their texts are plain language for
// logs; Message gives the person a sentence in their language.
var (
	ErrTooLarge  = errors.New("the file is too large to be a Limber export")
	ErrNotJSON   = errors.New("the file isn't a Limber export (it isn't JSON)")
	ErrNotLimber = errors.New("the file isn't a Limber export")
	ErrInvalid   = errors.New("the Limber export is damaged or incomplete")
)

// ImportSummary says what Import did, for the person.
type ImportSummary struct {
	Exported        time.Time // when the file was made
	SessionsAdded   int
	SessionsSkipped int // already in the history
	FavouritesAdded int
	RoutinesAdded   int // includes renamed ones
	RoutinesRenamed int // same ID, different content: kept both
	RoutinesSkipped int // already saved, identical
	// SettingsKept is always true: the current settings win.
	SettingsKept         bool
	EmergencyNumberAdded bool // the current one was empty
	PlanAdded            bool // no plan was set, and the file had one
	CheckInsAdded        int
	Fixed                []string // repairs made to the file's data
}

type exportFile struct {
	App      string    `json:"app"`
	Kind     string    `json:"kind"`
	Version  int       `json:"version"`
	Exported time.Time `json:"exported"`
	Data     Data      `json:"data"`
}

// importFile is exportFile with the parts Import must check left raw.
type importFile struct {
	App      string          `json:"app"`
	Kind     string          `json:"kind"`
	Version  *int            `json:"version"`
	Exported time.Time       `json:"exported"`
	Data     json.RawMessage `json:"data"`
}

// Export returns d as a file the person can keep or move to another device.
func Export(d Data, now time.Time) ([]byte, error) {
	d.Version = CurrentVersion
	f := exportFile{App: exportApp, Kind: exportKind, Version: CurrentVersion, Exported: now, Data: d}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("store: exporting: %w", err)
	}
	return b, nil
}

// Import checks an exported file and merges it into current, which is
// never modified. Nothing is overwritten: sessions already in the history
// (same ID) are skipped, favourites are unioned, a saved routine whose ID
// is taken by a different routine is added under a new ID with
// " (imported)" after its name, and the current settings are kept.
func Import(current Data, file []byte) (Data, ImportSummary, error) {
	imported, summary, err := readExport(file)
	if err != nil {
		return current, ImportSummary{}, err
	}
	merged, merges := merge(current, imported)
	merges.Exported, merges.Fixed = summary.Exported, summary.Fixed
	return merged, merges, nil
}

// readExport checks the file and returns its repaired, current-version data.
func readExport(file []byte) (Data, ImportSummary, error) {
	if len(file) > MaxImportBytes {
		return Data{}, ImportSummary{}, fmt.Errorf("%w (%d KB, limit %d KB)", ErrTooLarge, len(file)>>10, MaxImportBytes>>10)
	}
	if !json.Valid(file) {
		return Data{}, ImportSummary{}, ErrNotJSON
	}
	var f importFile
	if err := json.Unmarshal(file, &f); err != nil {
		return Data{}, ImportSummary{}, fmt.Errorf("%w: %w", ErrNotLimber, err)
	}
	if f.App == "" && f.Kind == "" {
		return Data{}, ImportSummary{}, fmt.Errorf("%w: no Limber marks in the file", ErrNotLimber)
	}
	if f.App != exportApp || f.Kind != exportKind {
		return Data{}, ImportSummary{}, fmt.Errorf("%w (app %q, kind %q)", ErrNotLimber, shorten(f.App), shorten(f.Kind))
	}
	if f.Version == nil || len(f.Data) == 0 {
		return Data{}, ImportSummary{}, fmt.Errorf("%w: version or data missing", ErrInvalid)
	}
	if *f.Version > CurrentVersion {
		return Data{}, ImportSummary{}, fmt.Errorf("%w (file version %d)", ErrNewerVersion, *f.Version)
	}
	d, _, fixed, err := decode(f.Data, *f.Version)
	if errors.Is(err, ErrNewerVersion) {
		return Data{}, ImportSummary{}, err
	}
	if err != nil {
		return Data{}, ImportSummary{}, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	return d, ImportSummary{Exported: f.Exported, Fixed: fixed}, nil
}

func mergeHistory(d *Data, sessions []Session) (added, skipped int) {
	history := slices.Clone(d.History)
	for _, s := range sessions {
		if slices.ContainsFunc(history, func(h Session) bool { return h.ID == s.ID }) {
			skipped++
			continue
		}
		history = append(history, s)
		added++
	}
	// Keep the history in time order after interleaving two devices.
	SortHistory(history)
	d.History = history
	return added, skipped
}

func mergeFavourites(d *Data, f Favourites) int {
	var added int
	d.Favourites.Exercises, added = union(d.Favourites.Exercises, f.Exercises)
	var n int
	d.Favourites.Routines, n = union(d.Favourites.Routines, f.Routines)
	return added + n
}

// union returns a new slice with the items of b missing from a appended.
func union(a, b []string) ([]string, int) {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out, len(out) - len(a)
}

// mergeRoutines adds routines whose ID is free; one whose ID is taken by
// a different routine is added renamed, unless that copy is already there.
func mergeRoutines(d *Data, routines []SavedRoutine) (added, renamed, skipped int) {
	out := slices.Clone(d.Routines)
	taken := func(id string) bool {
		return slices.ContainsFunc(out, func(o SavedRoutine) bool { return o.ID == id })
	}
	has := func(r content.Routine) bool {
		return slices.ContainsFunc(out, func(o SavedRoutine) bool { return o.Routine.Equal(r) })
	}
	for _, r := range routines {
		if taken(r.ID) {
			if has(r.Routine) {
				skipped++
				continue
			}
			r.Routine.Name = withSuffix(r.Routine.Name, importedSuffix)
			if has(r.Routine) { // imported before
				skipped++
				continue
			}
			r.ID = uniqueID(r.ID+"-imported", taken)
			renamed++
		}
		out = append(out, r)
		added++
	}
	d.Routines = out
	return added, renamed, skipped
}

// withSuffix appends suffix, shortening name so the result still fits the
// routine name limit and the suffix survives the next load.
func withSuffix(name, suffix string) string {
	room := routinelink.MaxNameRunes - utf8.RuneCountInString(suffix)
	if r := []rune(name); len(r) > room {
		name = string(r[:room])
	}
	return name + suffix
}

// Lines describes the import in plain sentences, in the current language.
func (s ImportSummary) Lines() []string {
	lines := []string{
		count(s.SessionsAdded,
			i18n.Mark("Added 1 session to your history ({skipped} already there)."),
			i18n.Mark("Added {n} sessions to your history ({skipped} already there)."),
			"skipped", strconv.Itoa(s.SessionsSkipped)),
		count(s.FavouritesAdded, i18n.Mark("Added 1 favourite."), i18n.Mark("Added {n} favourites.")),
		count(s.RoutinesAdded,
			i18n.Mark("Added 1 saved routine ({skipped} already saved)."),
			i18n.Mark("Added {n} saved routines ({skipped} already saved)."),
			"skipped", strconv.Itoa(s.RoutinesSkipped)),
	}
	if s.RoutinesRenamed > 0 {
		// "(imported)" is what the saved name carries (importedSuffix),
		// English in every language.
		lines = append(lines, count(s.RoutinesRenamed,
			i18n.Mark("1 routine had the same ID as a different routine of yours; both were kept and the imported one is marked {marker}."),
			i18n.Mark("{n} routines had the same ID as a different routine of yours; both were kept and the imported one is marked {marker}."),
			"marker", `"`+strings.TrimSpace(importedSuffix)+`"`))
	}
	if s.SettingsKept {
		lines = append(lines, i18n.T("Your current settings were kept."))
	}
	if s.EmergencyNumberAdded {
		lines = append(lines, i18n.T("The emergency number from the file was added."))
	}
	if s.PlanAdded {
		lines = append(lines, i18n.T("The plan from the file was set, with its progress."))
	}
	if s.CheckInsAdded > 0 {
		lines = append(lines, count(s.CheckInsAdded, i18n.Mark("Added 1 check-in."), i18n.Mark("Added {n} check-ins.")))
	}
	return append(lines, s.Fixed...)
}

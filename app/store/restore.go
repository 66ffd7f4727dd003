package store

import (
	"fmt"
	"strings"
)

// Restore merges a kept copy of stored data (the raw text under a
// BackupPrefix key) into current, which is never modified. The copy is
// read as Load reads stored data: migrated, and repaired where out of
// range (the repairs are listed in ImportSummary.Fixed). The merge follows
// Import's rules, so nothing current is lost: sessions and saved routines
// are added by ID, favourites are unioned and the current settings are
// kept. A copy that can't be read returns current unchanged and an error
// for Message.
func Restore(current Data, raw string) (Data, ImportSummary, error) {
	if strings.TrimSpace(raw) == "" {
		return current, ImportSummary{}, fmt.Errorf("%w: the copy is empty", ErrDamaged)
	}
	copied, _, fixed, err := decode([]byte(raw), 0)
	if err != nil {
		return current, ImportSummary{}, err
	}
	merged, summary := merge(current, copied)
	summary.Fixed = fixed
	return merged, summary, nil
}

// merge adds what other has and current lacks, as Import does.
func merge(current, other Data) (Data, ImportSummary) {
	var summary ImportSummary
	merged := current
	summary.SessionsAdded, summary.SessionsSkipped = mergeHistory(&merged, other.History)
	summary.FavouritesAdded = mergeFavourites(&merged, other.Favourites)
	summary.CheckInsAdded = mergeCheckIns(&merged, other.CheckIns)
	summary.RoutinesAdded, summary.RoutinesRenamed, summary.RoutinesSkipped = mergeRoutines(&merged, other.Routines)
	summary.SettingsKept = true
	if merged.EmergencyNumber == "" && other.EmergencyNumber != "" {
		merged.EmergencyNumber = other.EmergencyNumber
		summary.EmergencyNumberAdded = true
	}
	if merged.Plan.Programme == "" && other.Plan.Programme != "" {
		merged.Plan = other.Plan
		summary.PlanAdded = true
	}
	if other.LastCheck.After(merged.LastCheck) {
		merged.LastCheck = other.LastCheck
	}
	return merged, summary
}

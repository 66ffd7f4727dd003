package store

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// doc is a stored document as a raw JSON object, so migrations can reshape
// old data without Go types for every past version.
type doc = map[string]json.RawMessage

// migrations[n] upgrades a version-n document to version n+1. There must be
// exactly CurrentVersion of them; a test checks.
var migrations = []func(doc) error{
	0: migrate0to1,
	1: migrate1to2,
	2: migrate2to3,
}

// migrate runs every migration from version from up to CurrentVersion.
func migrate(d doc, from int) error {
	for v := from; v < CurrentVersion; v++ {
		if err := migrations[v](d); err != nil {
			return fmt.Errorf("upgrading from version %d: %w", v, err)
		}
		d["version"] = json.RawMessage(strconv.Itoa(v + 1))
	}
	return nil
}

// migrate0to1 moves the prototype's {"favs": [...]} (exercise slugs) into
// favourites.exercises. Version 0 never shipped; see the package docs.
func migrate0to1(d doc) error {
	raw, ok := d["favs"]
	delete(d, "favs")
	if !ok {
		return nil
	}
	var favs []string
	if err := json.Unmarshal(raw, &favs); err != nil {
		return fmt.Errorf("favs: %w", err)
	}
	b, err := json.Marshal(Favourites{Exercises: favs})
	if err != nil {
		return fmt.Errorf("favs: %w", err)
	}
	d["favourites"] = b
	return nil
}

// migrate1to2 has nothing to reshape: version 2 adds the plan, a
// session's plan step, check-ins and the session reminder, all absent
// from older data. The version still
// moves up, so an older Limber sees data with a plan as newer and leaves
// it alone rather than saving over it without the plan.
func migrate1to2(doc) error { return nil }

// migrate2to3 has nothing to reshape either: version 3 adds a saved
// routine's prescription (who it suits, instructions, how often, for how
// long, a note per step) and whether it is followed as part of the plan.
// An older Limber would drop them when saving, so it must see newer data.
func migrate2to3(doc) error { return nil }

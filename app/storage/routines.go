package storage

import (
	"time"

	"limber/app/i18n"
	"limber/app/store"
	"limber/content"
)

// ErrRoutineGone: the saved routine was deleted (here or in another tab).
var ErrRoutineGone = Error(i18n.Mark("this routine isn't saved on this phone any more; it may have been deleted"))

// FollowRoutine adds a routine to the plan, as a home programme shown on
// Today: the saved copy when there is one, else a new saved copy. It
// returns the saved routine's ID; following one already followed keeps
// its start date.
func FollowRoutine(r content.Routine) (string, error) {
	var id string
	_, err := Update(func(d *store.Data) {
		now := time.Now()
		for i, s := range d.Routines {
			if s.Routine.Equal(r) {
				id = s.ID
				if s.Followed.IsZero() {
					d.Routines[i].Followed = now
				}
				return
			}
		}
		id = store.NewID(now)
		d.Routines = append(d.Routines, store.SavedRoutine{ID: id, Routine: r, Saved: now, Followed: now})
	})
	return id, err
}

// UnfollowRoutine takes a saved routine out of the plan; it stays saved,
// and the sessions done stay in history.
func UnfollowRoutine(id string) error {
	_, err := Update(func(d *store.Data) {
		for i, s := range d.Routines {
			if s.ID == id {
				d.Routines[i].Followed = time.Time{}
			}
		}
	})
	return err
}

// ReplaceRoutine stores an edited routine under its ID, keeping whether
// it is followed. A routine deleted meanwhile is not brought back.
func ReplaceRoutine(id string, r content.Routine) error {
	found := false
	_, err := Update(func(d *store.Data) {
		for i, s := range d.Routines {
			if s.ID == id {
				found = true
				d.Routines[i].Routine, d.Routines[i].Saved = r, time.Now()
			}
		}
	})
	if err == nil && !found {
		return ErrRoutineGone
	}
	return err
}

// SavedRoutine is the saved routine with id, if it is still there.
func SavedRoutine(id string) (store.SavedRoutine, bool) {
	for _, s := range Load().Routines {
		if s.ID == id {
			return s, true
		}
	}
	return store.SavedRoutine{}, false
}

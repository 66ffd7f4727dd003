package store

import (
	"encoding/json"
	"time"

	"limber/content"
)

// The stored form of a routine is spelled out here rather than taken from
// content's Go field names, so renaming a field in content is a compile
// error in this file instead of saved routines silently losing values.

type savedJSON struct {
	ID      string      `json:"id"`
	Routine routineJSON `json:"routine"`
	Saved   time.Time   `json:"saved,omitzero"`
	// Followed: added to the plan (schema 3).
	Followed time.Time `json:"followed,omitzero"`
}

type routineJSON struct {
	Slug        string     `json:"slug,omitempty"`
	Name        string     `json:"name"`
	Summary     string     `json:"summary,omitempty"`
	Description string     `json:"description,omitempty"`
	LeadIn      int        `json:"leadIn,omitempty"`
	Steps       []stepJSON `json:"steps"`
	Rx          rxJSON     `json:"rx,omitzero"`
}

type rxJSON struct {
	Suits        string `json:"suits,omitempty"`
	Instructions string `json:"instructions,omitempty"`
	PerWeek      int    `json:"perWeek,omitempty"`
	Weeks        int    `json:"weeks,omitempty"`
}

type stepJSON struct {
	Exercise     string `json:"exercise"`
	HoldSeconds  int    `json:"hold,omitempty"`
	Reps         int    `json:"reps,omitempty"`
	TempoSeconds int    `json:"tempo,omitempty"`
	PerSide      bool   `json:"perSide,omitempty"`
	Sets         int    `json:"sets"`
	RestSeconds  int    `json:"rest,omitempty"`
	Note         string `json:"note,omitempty"`
}

// MarshalJSON writes the stored form.
func (s SavedRoutine) MarshalJSON() ([]byte, error) {
	r := s.Routine
	j := savedJSON{ID: s.ID, Saved: s.Saved, Followed: s.Followed, Routine: routineJSON{
		Slug: r.Slug, Name: r.Name, Summary: r.Summary, Description: r.Description, LeadIn: r.LeadIn,
		Steps: make([]stepJSON, len(r.Steps)), Rx: rxJSON(r.Rx),
	}}
	for i, st := range r.Steps {
		j.Routine.Steps[i] = stepJSON(st)
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the stored form.
func (s *SavedRoutine) UnmarshalJSON(b []byte) error {
	var j savedJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	r := j.Routine
	s.ID, s.Saved, s.Followed = j.ID, j.Saved, j.Followed
	s.Routine = content.Routine{Slug: r.Slug, Name: r.Name, Summary: r.Summary, Description: r.Description, LeadIn: r.LeadIn, Rx: content.Prescription(r.Rx)}
	if len(r.Steps) > 0 {
		s.Routine.Steps = make([]content.RoutineStep, len(r.Steps))
	}
	for i, st := range r.Steps {
		s.Routine.Steps[i] = content.RoutineStep(st)
	}
	return nil
}

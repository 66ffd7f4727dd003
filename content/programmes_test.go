package content

import "testing"

// TestProgrammes: every session names a routine that exists, every dose is
// inside its exercise's range, each week asks for the programme's sessions
// a week and says what changes, and the stretches never get easier from one
// week to the next.
func TestProgrammes(t *testing.T) {
	if len(Programmes) < 3 {
		t.Fatalf("%d programmes, want at least 3", len(Programmes))
	}
	seen := map[string]bool{}
	for _, p := range Programmes {
		if p.Slug == "" || seen[p.Slug] {
			t.Errorf("programme slug %q empty or repeated", p.Slug)
		}
		seen[p.Slug] = true
		if p.Name == "" || p.Summary == "" || p.Description == "" || p.Evidence == "" {
			t.Errorf("%s: name, summary, description and evidence must all be written", p.Slug)
		}
		if len(p.Weeks) < 4 {
			t.Errorf("%s: %d weeks, want at least 4", p.Slug, len(p.Weeks))
		}
		prevHold, prevSets := 0, 0
		for wi, w := range p.Weeks {
			if w.Focus == "" {
				t.Errorf("%s week %d: no focus", p.Slug, wi+1)
			}
			if len(w.Sessions) != p.PerWeek {
				t.Errorf("%s week %d: %d sessions, want %d a week", p.Slug, wi+1, len(w.Sessions), p.PerWeek)
			}
			hold, sets := 0, 0
			for si, s := range w.Sessions {
				r, ok := s.Dosed()
				if !ok {
					t.Errorf("%s week %d session %d: no routine %q", p.Slug, wi+1, si+1, s.Routine)
					continue
				}
				for _, st := range r.Steps {
					ex, _ := ExerciseBySlug(st.Exercise)
					if ex.Kind != Static || st.HoldSeconds == 0 {
						continue
					}
					if st.HoldSeconds < ex.Dosage.HoldMin || st.HoldSeconds > ex.Dosage.HoldMax {
						t.Errorf("%s week %d: %s held %d s, outside its %d-%d s", p.Slug, wi+1, st.Exercise, st.HoldSeconds, ex.Dosage.HoldMin, ex.Dosage.HoldMax)
					}
					if st.Sets < 1 || st.Sets > 3 {
						t.Errorf("%s week %d: %s in %d sets", p.Slug, wi+1, st.Exercise, st.Sets)
					}
					hold, sets = max(hold, st.HoldSeconds), max(sets, st.Sets)
				}
			}
			if hold < prevHold || (hold == prevHold && sets < prevSets) {
				t.Errorf("%s week %d: stretches get easier (%d s × %d after %d s × %d)", p.Slug, wi+1, hold, sets, prevHold, prevSets)
			}
			prevHold, prevSets = hold, sets
		}
	}
}

// TestDosedLeavesTheRoutineAlone: dosing a session copies the steps, so
// the built-in routine keeps its own doses.
func TestDosedLeavesTheRoutineAlone(t *testing.T) {
	before, _ := RoutineBySlug("hamstring-release")
	r, _ := ProgrammeSession{Routine: "hamstring-release", StretchHold: 20, StretchSets: 1}.Dosed()
	after, _ := RoutineBySlug("hamstring-release")
	if !before.Equal(after) {
		t.Fatal("Dosed changed the built-in routine")
	}
	if r.Equal(before) {
		t.Fatal("Dosed changed nothing; the test can't tell")
	}
	if r.Steps[0].HoldSeconds != 20 || r.Steps[0].Sets != 1 {
		t.Errorf("first stretch %d s × %d, want 20 s × 1", r.Steps[0].HoldSeconds, r.Steps[0].Sets)
	}
}

package content

import (
	"slices"
	"strings"
	"testing"
)

// exerciseWant pins the library: other code links to these slugs, and the
// kind, source, strategy and sidedness come from the brief, not the data.
var exerciseWant = []struct {
	slug     string
	kind     Kind
	source   string
	strategy string
	perSide  bool
}{
	{"standing-hamstring-stretch", Static, "hamstring-samples", "static-stretching", true},
	{"seated-hamstring-stretch", Static, "hamstring-samples", "static-stretching", true},
	{"supine-hamstring-strap-stretch", Static, "hamstring-samples", "static-stretching", true},
	{"leg-swings", Dynamic, "hamstring-samples", "dynamic-warm-up", true},
	{"knee-to-chest", Static, "lower-back-samples", "static-stretching", true},
	{"cat-cow", Mobility, "lower-back-samples", "dynamic-warm-up", false},
	{"childs-pose", Static, "lower-back-samples", "static-stretching", false},
	{"pelvic-tilts", Mobility, "lower-back-samples", "static-stretching", false},
	{"supine-spinal-twist", Static, "lower-back-samples", "static-stretching", true},
	{"walking-lunges", Dynamic, "warm-up", "dynamic-warm-up", true},
	{"glute-bridge", Strength, "strength", "strength-for-balance", false},
	{"hip-thrust", Strength, "strength", "strength-for-balance", false},
	{"squat", Strength, "strength", "strength-for-balance", false},
	{"deadlift", Strength, "strength", "strength-for-balance", false},
	{"plank", Strength, "strength", "strength-for-balance", false},
	{"bird-dog", Strength, "strength", "strength-for-balance", true},
	{"dead-bug", Strength, "strength", "strength-for-balance", true},
	{"pallof-press", Strength, "strength", "strength-for-balance", true},
	{"hip-cars", Mobility, "strength", "strength-for-balance", true},
	{"kneeling-hip-flexor-stretch", Static, "strength", "strength-for-balance", true},
	{"foam-roll-hamstrings", Release, "release", "myofascial-release", true},
	{"foam-roll-glutes", Release, "release", "myofascial-release", true},
	{"piriformis-release", Release, "release", "myofascial-release", true},
	{"foam-roll-erectors", Release, "release", "myofascial-release", true},
}

func TestExerciseSlugsExactAndUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range Exercises {
		if seen[e.Slug] {
			t.Errorf("duplicate slug %q", e.Slug)
		}
		seen[e.Slug] = true
	}
	for _, w := range exerciseWant {
		if !seen[w.slug] {
			t.Errorf("missing exercise %q", w.slug)
		}
		delete(seen, w.slug)
	}
	for slug := range seen {
		t.Errorf("unexpected exercise %q", slug)
	}
	if len(Exercises) != len(exerciseWant) {
		t.Errorf("got %d exercises, want %d", len(Exercises), len(exerciseWant))
	}
}

func TestExerciseClassification(t *testing.T) {
	for _, w := range exerciseWant {
		t.Run(w.slug, func(t *testing.T) {
			e, ok := ExerciseBySlug(w.slug)
			if !ok {
				t.Fatalf("ExerciseBySlug(%q) not found", w.slug)
			}
			if e.Slug != w.slug {
				t.Errorf("ExerciseBySlug(%q) returned %q", w.slug, e.Slug)
			}
			if e.Kind != w.kind {
				t.Errorf("kind %q, want %q", e.Kind, w.kind)
			}
			if e.Source != w.source {
				t.Errorf("source %q, want %q", e.Source, w.source)
			}
			if e.Strategy != w.strategy {
				t.Errorf("strategy %q, want %q", e.Strategy, w.strategy)
			}
			if e.Dosage.PerSide != w.perSide {
				t.Errorf("PerSide %v, want %v", e.Dosage.PerSide, w.perSide)
			}
		})
	}
}

func TestExerciseBySlugRejectsUnknown(t *testing.T) {
	for _, slug := range []string{"", "toe-touch", "Leg-Swings", "leg-swings "} {
		if e, ok := ExerciseBySlug(slug); ok {
			t.Errorf("ExerciseBySlug(%q) = %q, want not found", slug, e.Slug)
		}
	}
}

func TestExerciseFieldsComplete(t *testing.T) {
	for _, e := range Exercises {
		t.Run(e.Slug, func(t *testing.T) {
			if !slices.Contains(Kinds, e.Kind) {
				t.Errorf("kind %q not in Kinds", e.Kind)
			}
			if len(e.Regions) == 0 {
				t.Error("no regions")
			}
			for _, r := range e.Regions {
				if !slices.Contains(Regions, r) {
					t.Errorf("region %q not in Regions", r)
				}
			}
			if strings.TrimSpace(e.Name) == "" || strings.TrimSpace(e.Summary) == "" || strings.TrimSpace(e.Setup) == "" {
				t.Error("empty Name, Summary or Setup")
			}
			if e.Equipment == nil {
				t.Error("Equipment is nil; use an empty slice for none")
			}
			checkCount(t, "steps", len(e.Steps), 3, 6)
			checkCount(t, "cues", len(e.Cues), 2, 4)
			checkCount(t, "mistakes", len(e.Mistakes), 2, 3)
			checkCount(t, "related", len(e.Related), 2, 4)
			if len(e.Cautions) == 0 {
				t.Error("no cautions")
			}
			// The UI numbers steps itself; a leading number would double up.
			for i, s := range e.Steps {
				if s == "" || (s[0] >= '0' && s[0] <= '9') {
					t.Errorf("step %d %q is empty or pre-numbered", i+1, s)
				}
			}
			for _, list := range [][]string{e.Equipment, e.Steps, e.Cues, e.Mistakes, e.Cautions} {
				for _, s := range list {
					if strings.TrimSpace(s) == "" {
						t.Error("blank list entry")
					}
				}
			}
		})
	}
}

func checkCount(t *testing.T, what string, got, lo, hi int) {
	t.Helper()
	if got < lo || got > hi {
		t.Errorf("%d %s, want %d-%d", got, what, lo, hi)
	}
}

func TestExerciseRelatedResolve(t *testing.T) {
	for _, e := range Exercises {
		seen := map[string]bool{}
		for _, r := range e.Related {
			if r == e.Slug {
				t.Errorf("%s: relates to itself", e.Slug)
			}
			if seen[r] {
				t.Errorf("%s: related %q listed twice", e.Slug, r)
			}
			seen[r] = true
			if _, ok := ExerciseBySlug(r); !ok {
				t.Errorf("%s: related %q does not exist", e.Slug, r)
			}
		}
	}
}

func TestExerciseDosage(t *testing.T) {
	for _, e := range Exercises {
		t.Run(e.Slug, func(t *testing.T) {
			d := e.Dosage
			if (d.HoldMin > 0) == (d.RepsMin > 0) {
				t.Fatalf("want exactly one of hold or reps, got %+v", d)
			}
			if d.Sets < 1 {
				t.Errorf("Sets %d, want >= 1", d.Sets)
			}
			if d.HoldMin > 0 && (d.HoldMax < d.HoldMin || d.RepsMax != 0) {
				t.Errorf("bad hold range %+v", d)
			}
			if d.RepsMin > 0 && (d.RepsMax < d.RepsMin || d.HoldMax != 0) {
				t.Errorf("bad rep range %+v", d)
			}
			if d.TempoSeconds != 0 && (d.TempoSeconds < 2 || d.TempoSeconds > 4) {
				t.Errorf("TempoSeconds %d, want 0 or 2-4", d.TempoSeconds)
			}
			if d.HoldMin > 0 && d.TempoSeconds != 0 {
				t.Errorf("a hold has no tempo, got %d", d.TempoSeconds)
			}
			switch e.Kind {
			case Static:
				// The guide's rule: hold static stretches 20-30 seconds.
				if d.HoldMin != 20 || d.HoldMax != 30 {
					t.Errorf("static hold %d-%d s, want 20-30", d.HoldMin, d.HoldMax)
				}
			case Release:
				if d.HoldMin != 30 || d.HoldMax != 60 {
					t.Errorf("release time %d-%d s, want 30-60", d.HoldMin, d.HoldMax)
				}
			}
		})
	}
}

func TestExerciseSpecificDosage(t *testing.T) {
	tests := []struct {
		slug string
		want Dosage
	}{
		// The guide: 10-15 swings per leg, holding a support.
		{"leg-swings", Dosage{RepsMin: 10, RepsMax: 15, PerSide: true, Sets: 1, TempoSeconds: 2}},
		{"cat-cow", Dosage{RepsMin: 6, RepsMax: 10, Sets: 1, TempoSeconds: 4}},
		{"pelvic-tilts", Dosage{RepsMin: 10, RepsMax: 15, Sets: 2, TempoSeconds: 3}},
		{"plank", Dosage{HoldMin: 20, HoldMax: 30, Sets: 2}},
		{"childs-pose", Dosage{HoldMin: 20, HoldMax: 30, Sets: 2}},
	}
	for _, tt := range tests {
		e, ok := ExerciseBySlug(tt.slug)
		if !ok {
			t.Errorf("%s missing", tt.slug)
			continue
		}
		if e.Dosage != tt.want {
			t.Errorf("%s dosage %+v, want %+v", tt.slug, e.Dosage, tt.want)
		}
	}
}

func TestExerciseStopRules(t *testing.T) {
	for _, e := range Exercises {
		// Every move carries the nerve stop rule; stretches also carry the
		// mild-pull rule, and static ones the warm-muscle rule.
		if !slices.Contains(e.Cautions, exerciseCautionNerve) {
			t.Errorf("%s: missing the nerve stop rule", e.Slug)
		}
		stretch := e.Kind == Static || e.Kind == Dynamic || e.Slug == "cat-cow"
		if stretch && !slices.Contains(e.Cautions, exerciseCautionPull) {
			t.Errorf("%s: missing the mild-pull rule", e.Slug)
		}
		if e.Kind == Static && !slices.Contains(e.Cautions, exerciseCautionWarm) {
			t.Errorf("%s: missing the warm-muscle rule", e.Slug)
		}
	}
	// Rolling on the spine itself is the one release mistake that matters most.
	e, _ := ExerciseBySlug("foam-roll-erectors")
	text := strings.ToLower(strings.Join(e.Cautions, " "))
	for _, want := range []string{"never roll directly on the spine", "bony parts", "gently"} {
		if !strings.Contains(text, want) {
			t.Errorf("foam-roll-erectors cautions lack %q", want)
		}
	}
}

func TestExercisesByRegion(t *testing.T) {
	got := ExercisesByRegion(Hamstrings)
	var slugs []string
	for _, e := range got {
		slugs = append(slugs, e.Slug)
		if !slices.Contains(e.Regions, Hamstrings) {
			t.Errorf("%s returned for hamstrings but lacks the region", e.Slug)
		}
	}
	for _, want := range []string{"standing-hamstring-stretch", "seated-hamstring-stretch", "supine-hamstring-strap-stretch", "leg-swings"} {
		if !slices.Contains(slugs, want) {
			t.Errorf("ExercisesByRegion(Hamstrings) lacks %q", want)
		}
	}
	// Every region should have something to show, and nothing for an unknown one.
	for _, r := range Regions {
		if len(ExercisesByRegion(r)) == 0 {
			t.Errorf("no exercises for region %q", r)
		}
	}
	if n := len(ExercisesByRegion(Region("neck"))); n != 0 {
		t.Errorf("ExercisesByRegion(neck) returned %d", n)
	}
}

func TestExercisesByKind(t *testing.T) {
	total := 0
	for _, k := range Kinds {
		got := ExercisesByKind(k)
		for _, e := range got {
			if e.Kind != k {
				t.Errorf("ExercisesByKind(%q) returned %s of kind %q", k, e.Slug, e.Kind)
			}
		}
		total += len(got)
	}
	if total != len(Exercises) {
		t.Errorf("kinds cover %d exercises, want %d", total, len(Exercises))
	}
	if n := len(ExercisesByKind(Release)); n != 4 {
		t.Errorf("%d release exercises, want 4", n)
	}
}

func TestExerciseBritishSpelling(t *testing.T) {
	american := []string{"center", "color", "favor", "realize", "organize", "stabiliz", "mobiliz", "toward ", "toward.", "practice your", "behavior", "meter", "gray"}
	for _, e := range Exercises {
		parts := []string{e.Name, e.Summary, e.Setup}
		for _, l := range [][]string{e.Equipment, e.Steps, e.Cues, e.Mistakes, e.Cautions} {
			parts = append(parts, l...)
		}
		text := strings.ToLower(strings.Join(parts, " "))
		for _, w := range american {
			if strings.Contains(text, w) {
				t.Errorf("%s: American spelling %q", e.Slug, w)
			}
		}
	}
}

func TestCountByRegion(t *testing.T) {
	total := 0
	for _, r := range Regions {
		n := CountByRegion(r)
		if n != len(ExercisesByRegion(r)) {
			t.Errorf("%s: CountByRegion = %d, ExercisesByRegion has %d", r, n, len(ExercisesByRegion(r)))
		}
		total += n
	}
	if total < len(Exercises) {
		t.Errorf("regions count %d exercises in all, fewer than the %d in the library", total, len(Exercises))
	}
}

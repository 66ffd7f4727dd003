package content

import "testing"

// TestSearch: a search by name, muscle or equipment finds what a person
// would expect, word starts only, and an unknown word finds nothing.
func TestSearch(t *testing.T) {
	find := func(q string) []string {
		var out []string
		for _, e := range Exercises {
			if e.Matches(q) {
				out = append(out, e.Slug)
			}
		}
		return out
	}
	for q, want := range map[string]int{"strap": 1, "glute": 1, "GLUTE bridge": 1, "hamstring": 3, "lower back": 1} {
		if got := find(q); len(got) < want {
			t.Errorf("%q found %v, want at least %d", q, got, want)
		}
	}
	for _, e := range Exercises {
		if !e.Matches("") || !e.Matches(e.Name) {
			t.Errorf("%s doesn't match its own name", e.Slug)
		}
	}
	if got := find("zebra"); len(got) != 0 {
		t.Errorf("zebra found %v", got)
	}
	if got := find("amstring"); len(got) != 0 {
		t.Errorf("the middle of a word matched: %v", got)
	}
	for _, slug := range find("strap") {
		e, _ := ExerciseBySlug(slug)
		t.Logf("strap: %s (%v)", e.Name, e.Equipment)
	}
}

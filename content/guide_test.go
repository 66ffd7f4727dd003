package content

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// guideSlugPattern is what a slug may look like: it becomes a URL path.
var guideSlugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// guideCheckSlugs fails on an empty, duplicated or URL-unsafe slug.
func guideCheckSlugs(t *testing.T, kind string, slugs []string) {
	t.Helper()
	seen := map[string]bool{}
	for _, s := range slugs {
		if !guideSlugPattern.MatchString(s) {
			t.Errorf("%s slug %q is not lowercase letters, digits and single hyphens", kind, s)
		}
		if seen[s] {
			t.Errorf("%s slug %q used twice", kind, s)
		}
		seen[s] = true
	}
}

func guideBlank(s string) bool { return strings.TrimSpace(s) == "" }

func TestGuideSectionOrder(t *testing.T) {
	want := []string{"why-it-tightens", "pelvis-link", "strategies", "prevention", "key-takeaways"}
	var got []string
	for _, s := range Sections {
		got = append(got, s.Slug)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("section slugs %v, want %v", got, want)
	}
}

func TestGuideSlugsUniqueAndURLSafe(t *testing.T) {
	var sections, strategies, routines, faqs []string
	for _, s := range Sections {
		sections = append(sections, s.Slug)
	}
	for _, s := range Strategies {
		strategies = append(strategies, s.Slug)
	}
	for _, r := range Routines {
		routines = append(routines, r.Slug)
	}
	for _, f := range FAQs {
		faqs = append(faqs, f.Slug)
	}
	guideCheckSlugs(t, "section", sections)
	guideCheckSlugs(t, "strategy", strategies)
	guideCheckSlugs(t, "routine", routines)
	guideCheckSlugs(t, "FAQ", faqs)
}

func TestGuideSectionsComplete(t *testing.T) {
	for _, s := range Sections {
		t.Run(s.Slug, func(t *testing.T) {
			if guideBlank(s.Title) || guideBlank(s.Intro) {
				t.Error("empty Title or Intro")
			}
			// The description is the page meta and link preview text.
			if guideBlank(s.Description) || len(s.Description) > 160 {
				t.Errorf("Description is %d chars, want 1-160", len(s.Description))
			}
			if len(s.Blocks) == 0 {
				t.Error("no blocks")
			}
			for i, b := range s.Blocks {
				if guideBlank(b.Heading) {
					t.Errorf("block %d has no heading", i)
				}
				if len(b.Paragraphs) == 0 && len(b.Items) == 0 {
					t.Errorf("block %q is empty", b.Heading)
				}
				for _, p := range b.Paragraphs {
					if guideBlank(p) {
						t.Errorf("block %q has a blank paragraph", b.Heading)
					}
				}
				for _, it := range b.Items {
					if guideBlank(it.Text) {
						t.Errorf("block %q has an item with no text", b.Heading)
					}
				}
			}
			got, ok := SectionBySlug(s.Slug)
			if !ok || got.Title != s.Title {
				t.Errorf("SectionBySlug(%q) = %q, %v", s.Slug, got.Title, ok)
			}
		})
	}
	if _, ok := SectionBySlug("no-such-section"); ok {
		t.Error("SectionBySlug found a section that does not exist")
	}
}

// guideItems returns every Item in a section's blocks.
func guideItems(t *testing.T, slug string) []Item {
	t.Helper()
	s, ok := SectionBySlug(slug)
	if !ok {
		t.Fatalf("section %q missing", slug)
	}
	var items []Item
	for _, b := range s.Blocks {
		items = append(items, b.Items...)
	}
	return items
}

func TestGuideCounts(t *testing.T) {
	if n := len(guideItems(t, "key-takeaways")); n != 5 {
		t.Errorf("%d key takeaways, want 5", n)
	}
	// The article lists six causes, each one an Item.
	if n := len(guideItems(t, "why-it-tightens")); n != 6 {
		t.Errorf("%d causes, want 6", n)
	}
	if n := len(HelpTriggers); n != 4 {
		t.Errorf("%d help triggers, want 4", n)
	}
	for i, h := range HelpTriggers {
		if guideBlank(h.Lead) || guideBlank(h.Text) {
			t.Errorf("help trigger %d has an empty Lead or Text", i)
		}
	}
	// The article, four clinical sources, the four studies the plans
	// follow, and the German and Spanish health services the translations
	// follow.
	if n := len(Sources); n != 12 {
		t.Errorf("%d sources, want 12", n)
	}
	for i, s := range Sources {
		if guideBlank(s.Title) || guideBlank(s.Note) {
			t.Errorf("source %d has an empty Title or Note", i)
		}
	}
	for name, text := range map[string]string{
		"HelpIntro": HelpIntro, "WhoCanHelp": WhoCanHelp,
		"AboutIntro": AboutIntro, "Disclaimer": Disclaimer, "Privacy": Privacy,
	} {
		if guideBlank(text) {
			t.Errorf("%s is empty", name)
		}
	}
}

func TestGuideDisclaimerSaysItDoesNotDiagnose(t *testing.T) {
	// The app informs; this line is the promise that it never diagnoses.
	if !strings.Contains(Disclaimer, "cannot diagnose") {
		t.Errorf("Disclaimer %q does not say Limber cannot diagnose", Disclaimer)
	}
}

func TestGuideStrategies(t *testing.T) {
	want := []string{
		"dynamic-warm-up", "static-stretching", "myofascial-release", "strength-for-balance",
		"posture-and-ergonomics", "hydration-and-nutrition", "mind-body-practice",
	}
	var got []string
	for _, s := range Strategies {
		got = append(got, s.Slug)
		if guideBlank(s.Title) || guideBlank(s.Summary) || guideBlank(s.When) || guideBlank(s.Why) {
			t.Errorf("%s: empty Title, Summary, When or Why", s.Slug)
		}
		// The summary doubles as the strategy page's meta description.
		if len(s.Summary) > 160 {
			t.Errorf("%s: Summary is %d chars, want at most 160", s.Slug, len(s.Summary))
		}
		if n := len(s.How); n < 3 || n > 5 {
			t.Errorf("%s: %d How bullets, want 3-5", s.Slug, n)
		}
		if st, ok := StrategyBySlug(s.Slug); !ok || st.Title != s.Title {
			t.Errorf("StrategyBySlug(%q) = %q, %v", s.Slug, st.Title, ok)
		}
	}
	if !slices.Equal(got, want) {
		t.Fatalf("strategy slugs %v, want %v", got, want)
	}
	if _, ok := StrategyBySlug("no-such-strategy"); ok {
		t.Error("StrategyBySlug found a strategy that does not exist")
	}
}

func TestGuideStrategyOverviewMatchesStrategies(t *testing.T) {
	// The overview is built from Strategies at init; an ordering slip in
	// package initialisation would leave it empty.
	items := guideItems(t, "strategies")
	if len(items) != len(Strategies) {
		t.Fatalf("overview has %d items, want %d", len(items), len(Strategies))
	}
	for i, s := range Strategies {
		if items[i].Lead != s.Title || items[i].Text != s.Summary {
			t.Errorf("overview item %d = %q, want %q", i, items[i].Lead, s.Title)
		}
	}
}

func TestGuideExerciseLinksResolve(t *testing.T) {
	check := func(where string, slugs []string) {
		for _, slug := range slugs {
			if _, ok := ExerciseBySlug(slug); !ok {
				t.Errorf("%s: exercise %q does not exist", where, slug)
			}
		}
	}
	for _, s := range Sections {
		check("section "+s.Slug, s.Exercises)
	}
	for _, s := range Strategies {
		check("strategy "+s.Slug, s.Exercises)
	}
	for _, r := range Routines {
		check("routine "+r.Slug, r.ExerciseSlugs())
	}
}

func TestGuideStrategyListsItsExercises(t *testing.T) {
	// An exercise page links back to its strategy, so that strategy must
	// list the exercise too.
	for _, e := range Exercises {
		s, ok := StrategyBySlug(e.Strategy)
		if !ok {
			t.Errorf("%s: strategy %q does not exist", e.Slug, e.Strategy)
			continue
		}
		if !slices.Contains(s.Exercises, e.Slug) {
			t.Errorf("strategy %s does not list %s", s.Slug, e.Slug)
		}
	}
}

func TestFAQ(t *testing.T) {
	if n := len(FAQs); n != 5 {
		t.Errorf("%d FAQs, want 5", n)
	}
	for _, f := range FAQs {
		if guideBlank(f.Question) || !strings.HasSuffix(f.Question, "?") {
			t.Errorf("%s: question %q is empty or lacks a question mark", f.Slug, f.Question)
		}
		if guideBlank(f.Answer) {
			t.Errorf("%s: empty answer", f.Slug)
		}
		if len(f.Links) == 0 {
			t.Errorf("%s: no links", f.Slug)
		}
		for _, l := range f.Links {
			_, isSection := SectionBySlug(l)
			_, isStrategy := StrategyBySlug(l)
			if !isSection && !isStrategy {
				t.Errorf("%s: link %q is neither a section nor a strategy", f.Slug, l)
			}
		}
	}
}

func TestRoutineSlugs(t *testing.T) {
	want := []string{"desk-break", "dynamic-warm-up", "hamstring-release", "lower-back-relief", "strength-for-balance", "full-session"}
	var got []string
	for _, r := range Routines {
		got = append(got, r.Slug)
		if rr, ok := RoutineBySlug(r.Slug); !ok || rr.Name != r.Name {
			t.Errorf("RoutineBySlug(%q) = %q, %v", r.Slug, rr.Name, ok)
		}
	}
	if !slices.Equal(got, want) {
		t.Fatalf("routine slugs %v, want %v", got, want)
	}
	if _, ok := RoutineBySlug("no-such-routine"); ok {
		t.Error("RoutineBySlug found a routine that does not exist")
	}
}

func TestRoutineSteps(t *testing.T) {
	for _, r := range Routines {
		t.Run(r.Slug, func(t *testing.T) {
			if guideBlank(r.Name) || guideBlank(r.Description) {
				t.Error("empty Name or Description")
			}
			if guideBlank(r.Summary) || len(r.Summary) > 160 {
				t.Errorf("Summary is %d chars, want 1-160", len(r.Summary))
			}
			if r.LeadIn < 5 || r.LeadIn > 10 {
				t.Errorf("LeadIn %d s, want 5-10", r.LeadIn)
			}
			if len(r.Steps) == 0 {
				t.Fatal("no steps")
			}
			for i, s := range r.Steps {
				if (s.HoldSeconds > 0) == (s.Reps > 0) {
					t.Errorf("step %d (%s): want exactly one of HoldSeconds or Reps", i, s.Exercise)
				}
				if s.Sets < 1 {
					t.Errorf("step %d (%s): Sets %d, want >= 1", i, s.Exercise, s.Sets)
				}
				// The last step may end without a rest: the routine is over.
				last := i == len(r.Steps)-1
				if !(last && s.RestSeconds == 0) && (s.RestSeconds < 10 || s.RestSeconds > 30) {
					t.Errorf("step %d (%s): rest %d s, want 10-30", i, s.Exercise, s.RestSeconds)
				}
				if s.HoldSeconds > 0 && s.TempoSeconds != 0 {
					t.Errorf("step %d (%s): a hold has no tempo", i, s.Exercise)
				}
				if s.TempoSeconds < 0 || s.TempoSeconds > 10 {
					t.Errorf("step %d (%s): tempo %d s, want 0-10", i, s.Exercise, s.TempoSeconds)
				}
				e, ok := ExerciseBySlug(s.Exercise)
				if !ok {
					continue // reported by TestGuideExerciseLinksResolve
				}
				if e.Kind == Static && (s.HoldSeconds < 20 || s.HoldSeconds > 30) {
					t.Errorf("step %d (%s): static hold %d s, want 20-30", i, s.Exercise, s.HoldSeconds)
				}
				if s.Exercise == "leg-swings" && (s.Reps < 10 || s.Reps > 15) {
					t.Errorf("step %d: leg swings %d reps, want 10-15", i, s.Reps)
				}
				// The routine must agree with the library's own dosage, or the
				// exercise page and the player would give different advice.
				d := e.Dosage
				if s.PerSide != d.PerSide {
					t.Errorf("step %d (%s): PerSide %v, library says %v", i, s.Exercise, s.PerSide, d.PerSide)
				}
				if s.HoldSeconds > 0 && (s.HoldSeconds < d.HoldMin || s.HoldSeconds > d.HoldMax) {
					t.Errorf("step %d (%s): hold %d s outside library range %d-%d", i, s.Exercise, s.HoldSeconds, d.HoldMin, d.HoldMax)
				}
				if s.Reps > 0 && (s.Reps < d.RepsMin || s.Reps > d.RepsMax) {
					t.Errorf("step %d (%s): %d reps outside library range %d-%d", i, s.Exercise, s.Reps, d.RepsMin, d.RepsMax)
				}
			}
		})
	}
}

func TestRoutineDurations(t *testing.T) {
	// Minutes from the brief; the cards show EstimatedSeconds, so these
	// keep each routine the length it promises.
	want := map[string][2]float64{
		"desk-break":           {4, 6},
		"dynamic-warm-up":      {5, 6.5},
		"hamstring-release":    {7, 9},
		"lower-back-relief":    {7, 9},
		"strength-for-balance": {10, 12},
		"full-session":         {18, 22},
	}
	for slug, lim := range want {
		r, ok := RoutineBySlug(slug)
		if !ok {
			t.Errorf("routine %q missing", slug)
			continue
		}
		got := float64(r.EstimatedSeconds()) / 60
		if got < lim[0] || got > lim[1] {
			t.Errorf("%s takes %.1f min, want %.0f-%.1f", slug, got, lim[0], lim[1])
		}
	}
}

func TestRoutineEstimatedSecondsFormula(t *testing.T) {
	r := Routine{
		LeadIn: 5,
		Steps: []RoutineStep{
			// 2 sets × 2 sides × 30 s + 2 side switches × 5 s + 2 rests × 10 s = 150
			{Exercise: "a", HoldSeconds: 30, PerSide: true, Sets: 2, RestSeconds: 10},
			// 10 reps × 4 s + 15 s rest = 55
			{Exercise: "b", Reps: 10, TempoSeconds: 4, Sets: 1, RestSeconds: 15},
			// 2 sets × 2 sides × 5 self-counted reps × 3 s + 2 side switches
			// × 5 s + 1 rest × 20 s = 90 (no rest after the final set)
			{Exercise: "c", Reps: 5, PerSide: true, Sets: 2, RestSeconds: 20},
		},
	}
	if got, want := r.EstimatedSeconds(), 5+150+55+90; got != want {
		t.Errorf("EstimatedSeconds() = %d, want %d", got, want)
	}
	if got := (Routine{LeadIn: 7}).EstimatedSeconds(); got != 7 {
		t.Errorf("empty routine = %d s, want just the 7 s lead-in", got)
	}
}

func TestRoutineExerciseSlugs(t *testing.T) {
	r := Routine{Steps: []RoutineStep{{Exercise: "a"}, {Exercise: "b"}, {Exercise: "a"}, {Exercise: "c"}}}
	if got, want := r.ExerciseSlugs(), []string{"a", "b", "c"}; !slices.Equal(got, want) {
		t.Errorf("ExerciseSlugs() = %v, want %v", got, want)
	}
}

func TestRoutineEquipmentDeduplicates(t *testing.T) {
	lib := map[string][]string{
		"a": {"Mat", "Strap"},
		"b": {"mat ", "Foam roller"},
		"c": {"Strap", "Mat"},
	}
	lookup := func(slug string) (Exercise, bool) {
		eq, ok := lib[slug]
		return Exercise{Slug: slug, Equipment: eq}, ok
	}
	got := equipmentFor([]string{"a", "missing", "b", "c", "a"}, lookup)
	if want := []string{"Mat", "Strap", "Foam roller"}; !slices.Equal(got, want) {
		t.Errorf("equipmentFor = %q, want %q", got, want)
	}

	// Every real routine: no duplicates, and nothing an exercise needs is lost.
	for _, r := range Routines {
		eq := r.Equipment()
		seen := map[string]bool{}
		for _, item := range eq {
			key := strings.ToLower(item)
			if seen[key] {
				t.Errorf("%s: %q listed twice", r.Slug, item)
			}
			seen[key] = true
		}
		for _, slug := range r.ExerciseSlugs() {
			e, _ := ExerciseBySlug(slug)
			for _, item := range e.Equipment {
				if !seen[strings.ToLower(strings.TrimSpace(item))] {
					t.Errorf("%s: %q (for %s) missing from Equipment()", r.Slug, item, slug)
				}
			}
		}
	}
}

func TestRoutineQuickTimerPresets(t *testing.T) {
	if !slices.IsSorted(QuickTimerPresets) || len(QuickTimerPresets) == 0 {
		t.Errorf("QuickTimerPresets %v should be non-empty and ascending", QuickTimerPresets)
	}
	// The guide's static-hold range must be one tap away.
	for _, s := range []int{20, 30} {
		if !slices.Contains(QuickTimerPresets, s) {
			t.Errorf("QuickTimerPresets lacks %d s", s)
		}
	}
}

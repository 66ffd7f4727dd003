package workout

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"limber/content"
)

const sec = time.Second

// describe renders a plan compactly, e.g. "hold:left 1/2 30s".
func describe(plan []Phase) string {
	parts := make([]string, len(plan))
	for i, p := range plan {
		s := p.Kind.String()
		if p.Side != NoSide {
			s += ":" + p.Side.String()
		}
		if p.Kind != Done && p.Kind != GetReady {
			s += fmt.Sprintf(" %d/%d", p.Set, p.Sets)
		}
		if p.Duration > 0 {
			s += " " + p.Duration.String()
		}
		if p.Reps > 0 {
			s += fmt.Sprintf(" x%d", p.Reps)
		}
		parts[i] = s
	}
	return strings.Join(parts, " | ")
}

func TestBuildPlan(t *testing.T) {
	hold := Step{Slug: "hold", Name: "Hold", Hold: 30 * sec, Sets: 1}
	tests := []struct {
		name   string
		steps  []Step
		leadIn time.Duration
		want   string
	}{
		{
			name:  "single hold, no lead-in",
			steps: []Step{hold},
			want:  "hold 1/1 30s | done",
		},
		{
			name:   "lead-in",
			steps:  []Step{hold},
			leadIn: 10 * sec,
			want:   "get-ready 10s | hold 1/1 30s | done",
		},
		{
			name:  "per side",
			steps: []Step{{Name: "PS", Hold: 30 * sec, PerSide: true, Sets: 1}},
			want:  "hold:left 1/1 30s | switch-sides:right 1/1 5s | hold:right 1/1 30s | done",
		},
		{
			name:  "sets with rest, none after the last step",
			steps: []Step{{Name: "S", Hold: 20 * sec, Sets: 3, Rest: 15 * sec}},
			want:  "hold 1/3 20s | rest 1/3 15s | hold 2/3 20s | rest 2/3 15s | hold 3/3 20s | done",
		},
		{
			name: "rest after a step that is not last",
			steps: []Step{
				{Name: "A", Hold: 20 * sec, Sets: 1, Rest: 10 * sec},
				{Name: "B", Hold: 20 * sec, Sets: 1, Rest: 10 * sec},
			},
			want: "hold 1/1 20s | rest 1/1 10s | hold 1/1 20s | done",
		},
		{
			name:  "per side sets",
			steps: []Step{{Name: "PS", Hold: 30 * sec, PerSide: true, Sets: 2, Rest: 10 * sec}},
			want: "hold:left 1/2 30s | switch-sides:right 1/2 5s | hold:right 1/2 30s | rest 1/2 10s | " +
				"hold:left 2/2 30s | switch-sides:right 2/2 5s | hold:right 2/2 30s | done",
		},
		{
			name:  "paced reps",
			steps: []Step{{Name: "P", Reps: 8, Tempo: 4 * sec, Sets: 1}},
			want:  "paced-reps 1/1 32s x8 | done",
		},
		{
			name:  "counted reps per side",
			steps: []Step{{Name: "C", Reps: 10, PerSide: true, Sets: 1}},
			want:  "counted-reps:left 1/1 x10 | switch-sides:right 1/1 5s | counted-reps:right 1/1 x10 | done",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan, err := BuildPlan(tt.steps, tt.leadIn)
			if err != nil {
				t.Fatalf("BuildPlan: %v", err)
			}
			if got := describe(plan); got != tt.want {
				t.Errorf("plan\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestBuildPlanFields(t *testing.T) {
	steps := []Step{
		{Slug: "a", Name: "A", Cue: "breathe", Hold: 30 * sec, PerSide: true, Sets: 1},
		{Slug: "b", Name: "B", Reps: 6, Tempo: 3 * sec, Sets: 1},
	}
	plan, err := BuildPlan(steps, 5*sec)
	if err != nil {
		t.Fatal(err)
	}
	want := []Phase{
		{Kind: GetReady, Step: 0, Slug: "a", Name: "A", Cue: "breathe", Set: 1, Sets: 1, Duration: 5 * sec},
		{Kind: Hold, Step: 0, Slug: "a", Name: "A", Cue: "breathe", Side: Left, Set: 1, Sets: 1, Duration: 30 * sec},
		{Kind: SwitchSides, Step: 0, Slug: "a", Name: "A", Cue: "breathe", Side: Right, Set: 1, Sets: 1, Duration: 5 * sec},
		{Kind: Hold, Step: 0, Slug: "a", Name: "A", Cue: "breathe", Side: Right, Set: 1, Sets: 1, Duration: 30 * sec},
		{Kind: PacedReps, Step: 1, Slug: "b", Name: "B", Set: 1, Sets: 1, Duration: 18 * sec, Reps: 6, Tempo: 3 * sec},
		{Kind: Done, Step: 2, Name: "Done"},
	}
	if len(plan) != len(want) {
		t.Fatalf("got %d phases, want %d: %s", len(plan), len(want), describe(plan))
	}
	for i := range want {
		if plan[i] != want[i] {
			t.Errorf("phase %d\n got %+v\nwant %+v", i, plan[i], want[i])
		}
	}
}

func TestBuildPlanErrors(t *testing.T) {
	ok := Step{Name: "OK", Hold: 30 * sec, Sets: 1}
	tests := []struct {
		name   string
		steps  []Step
		leadIn time.Duration
		want   string
	}{
		{"no steps", nil, 0, "no steps"},
		{"negative lead-in", []Step{ok}, -sec, "negative lead-in"},
		{"no name", []Step{{Hold: sec, Sets: 1}}, 0, "missing name"},
		{"neither", []Step{{Name: "X", Sets: 1}}, 0, "neither hold nor reps"},
		{"both", []Step{{Name: "X", Hold: sec, Reps: 3, Sets: 1}}, 0, "both hold and reps"},
		{"zero sets", []Step{{Name: "X", Hold: sec}}, 0, "sets 0"},
		{"negative hold", []Step{{Name: "X", Hold: -sec, Sets: 1}}, 0, "negative"},
		{"negative rest", []Step{{Name: "X", Hold: sec, Sets: 1, Rest: -sec}}, 0, "negative"},
		{"tempo on hold", []Step{{Name: "X", Hold: sec, Tempo: sec, Sets: 1}}, 0, "tempo set on a hold"},
		{"second step bad", []Step{ok, {Slug: "bad", Name: "Bad", Sets: 1}}, 0, `step 1 ("bad")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan, err := BuildPlan(tt.steps, tt.leadIn)
			if err == nil {
				t.Fatalf("BuildPlan = %s, want error", describe(plan))
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func testLookup(slug string) (content.Exercise, bool) {
	lib := map[string]content.Exercise{
		"seated-hamstring": {Slug: "seated-hamstring", Name: "Seated hamstring stretch", Cues: []string{"Hinge from the hips", "Keep the back long"}},
		"cat-cow":          {Slug: "cat-cow", Name: "Cat-cow"},
	}
	ex, ok := lib[slug]
	return ex, ok
}

func TestFromRoutine(t *testing.T) {
	r := content.Routine{
		Slug:   "morning",
		LeadIn: 5,
		Steps: []content.RoutineStep{
			{Exercise: "cat-cow", Reps: 8, TempoSeconds: 4, Sets: 1, RestSeconds: 10},
			{Exercise: "seated-hamstring", HoldSeconds: 30, PerSide: true, Sets: 2, RestSeconds: 15},
		},
	}
	steps, err := FromRoutine(r, testLookup)
	if err != nil {
		t.Fatalf("FromRoutine: %v", err)
	}
	want := []Step{
		{Slug: "cat-cow", Name: "Cat-cow", Reps: 8, Tempo: 4 * sec, Sets: 1, Rest: 10 * sec},
		{Slug: "seated-hamstring", Name: "Seated hamstring stretch", Cue: "Hinge from the hips",
			Hold: 30 * sec, PerSide: true, Sets: 2, Rest: 15 * sec},
	}
	if len(steps) != len(want) {
		t.Fatalf("got %d steps, want %d", len(steps), len(want))
	}
	for i := range want {
		if steps[i] != want[i] {
			t.Errorf("step %d\n got %+v\nwant %+v", i, steps[i], want[i])
		}
	}

	plan, err := PlanRoutine(r, testLookup)
	if err != nil {
		t.Fatalf("PlanRoutine: %v", err)
	}
	if plan[0].Kind != GetReady || plan[0].Duration != 5*sec {
		t.Errorf("first phase %+v, want a 5 s GetReady", plan[0])
	}
}

func TestFromRoutineErrors(t *testing.T) {
	unknown := content.Routine{Slug: "r", Steps: []content.RoutineStep{{Exercise: "nope", HoldSeconds: 30, Sets: 1}}}
	badDose := content.Routine{Slug: "r", Steps: []content.RoutineStep{{Exercise: "cat-cow", Sets: 1}}}
	tests := []struct {
		name   string
		r      content.Routine
		lookup func(string) (content.Exercise, bool)
		want   string
	}{
		{"unknown slug", unknown, testLookup, `unknown exercise "nope"`},
		{"nil lookup", unknown, nil, "nil exercise lookup"},
		{"bad dosage", badDose, testLookup, `routine "r": build plan`},
		{"empty routine", content.Routine{Slug: "r"}, testLookup, "no steps"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := PlanRoutine(tt.r, tt.lookup)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestSpoken(t *testing.T) {
	tests := map[time.Duration]string{
		sec:                 "1 second",
		30 * sec:            "30 seconds",
		60 * sec:            "1 minute",
		90 * sec:            "1 minute 30 seconds",
		2*time.Minute + sec: "2 minutes 1 second",
	}
	for d, want := range tests {
		if got := spoken(d); got != want {
			t.Errorf("spoken(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestNoteBeatsTheCue: a prescriber's note is shown in the exercise's
// general cue's place.
func TestNoteBeatsTheCue(t *testing.T) {
	r := content.Routine{Steps: []content.RoutineStep{
		{Exercise: "seated-hamstring", HoldSeconds: 30, Sets: 1, Note: "Keep the knee soft"},
		{Exercise: "seated-hamstring", HoldSeconds: 30, Sets: 1},
	}}
	steps, err := FromRoutine(r, testLookup)
	if err != nil {
		t.Fatal(err)
	}
	if steps[0].Cue != "Keep the knee soft" || steps[1].Cue != "Hinge from the hips" {
		t.Errorf("cues = %q, %q; want the note, then the exercise's cue", steps[0].Cue, steps[1].Cue)
	}
}

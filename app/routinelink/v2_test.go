package routinelink

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"limber/content"
)

// Golden version 1 tokens, made by the encoder before version 2 existed.
// They must keep decoding to the same routine and slug, and a routine
// without a prescription must keep encoding to exactly these tokens.
const (
	goldenSampleV1   = "1SApEZXNrIGJyZWFrAxpzdGFuZGluZy1oYW1zdHJpbmctc3RyZXRjaBMCHgoHY2F0LWNvdwwBCgQMZ2x1dGUtYnJpZGdlFAMMLaRq9ps"
	goldenSampleSlug = "custom:0bcfa765"
	goldenPhysioV1   = "1YBRQaHlzaW8gaGFtc3RyaW5ncyDDqQQac3RhbmRpbmctaGFtc3RyaW5nLXN0cmV0Y2gTAh4KB2NhdC1jb3cMAQoEDGdsdXRlLWJyaWRnZRQDDC0KY2hpbGQtcG9zZQIBPDiXJ4Q"
	goldenPhysioSlug = "custom:3c5215e1"
)

func goldenPhysio() content.Routine {
	return content.Routine{Name: "Physio hamstrings é", Steps: []content.RoutineStep{
		{Exercise: "standing-hamstring-stretch", HoldSeconds: 30, PerSide: true, Sets: 2, RestSeconds: 10},
		{Exercise: "cat-cow", Reps: 10, TempoSeconds: 4, Sets: 1},
		{Exercise: "glute-bridge", Reps: 12, Sets: 3, RestSeconds: 45},
		{Exercise: "child-pose", HoldSeconds: 60, Sets: 1},
	}}
}

// prescribed is goldenPhysio as a physio would hand it over.
func prescribed() content.Routine {
	r := goldenPhysio()
	r.Rx = content.Prescription{
		Suits:        "Desk workers with tight hamstrings 🧘",
		Instructions: "Twice a day; stop if the tingling comes back.",
		PerWeek:      content.TwiceADay,
		Weeks:        6,
	}
	r.Steps[0].Note = "Keep the knee soft"
	r.Steps[2].Note = "Squeeze at the top — don't arch"
	return r
}

func v2Seeds(t testing.TB) []string {
	maxed := prescribed()
	maxed.Steps[1].Note = strings.Repeat("你", MaxNoteRunes)
	token := mustEncode(t, prescribed())
	flipped := payloadOf(token)
	flipped[3] ^= 1
	hostile := prescribed()
	hostile.Rx.Suits = "\u202e<b>x</b>\x00"
	hostile.Rx.PerWeek, hostile.Rx.Weeks = 9, 99
	hostile.Steps[3].Note = "a" + strings.Repeat("\u0301", 50) + "\xff"
	return []string{token, mustEncode(t, maxed), raw(hostile), "2" + b64.EncodeToString(flipped), "1" + token[1:]}
}

func TestGoldenV1(t *testing.T) {
	tests := []struct {
		token, slug string
		routine     content.Routine
	}{
		{goldenSampleV1, goldenSampleSlug, sample()},
		{goldenPhysioV1, goldenPhysioSlug, goldenPhysio()},
	}
	for _, tt := range tests {
		got, err := Decode(tt.token, known)
		if err != nil || len(got.Problems) > 0 {
			t.Fatalf("Decode(%s): %v %v", tt.token, err, got.Problems)
		}
		if !sameRoutine(got.Routine, tt.routine) || got.Routine.Slug != tt.slug {
			t.Errorf("got %+v, want %+v with slug %s", got.Routine, tt.routine, tt.slug)
		}
		if token := mustEncode(t, tt.routine); token != tt.token {
			t.Errorf("routine without prescription encodes to %s, want %s", token, tt.token)
		}
	}
}

func TestV2RoundTrip(t *testing.T) {
	in := prescribed()
	in.Steps[1].Note = strings.Repeat("é", MaxNoteRunes)
	in.Steps[3].Note = strings.Repeat("🧘🏽", MaxNoteRunes/2)
	in.Rx.Suits = strings.Repeat("ß", MaxSuitsRunes)
	in.Rx.Instructions = strings.Repeat("Slow. ", MaxInstructionsRunes/6-1) + "Stop."
	in.Rx.PerWeek, in.Rx.Weeks = 7, MaxWeeks
	token := mustEncode(t, in)
	if token[0] != '2' {
		t.Errorf("token %q is not version 2", token[:10])
	}
	if n, ok := Fits(in); !ok || n != len(token) {
		t.Errorf("Fits = %d, %v; token has %d characters", n, ok, len(token))
	}
	got, err := Decode(token, known)
	if err != nil || len(got.Problems) > 0 {
		t.Fatalf("Decode: %v %v", err, got.Problems)
	}
	if !sameRoutine(got.Routine, in) {
		t.Errorf("got %+v\nwant %+v", got.Routine, in)
	}
}

func TestSlugs(t *testing.T) {
	slug := func(r content.Routine) string {
		t.Helper()
		d, err := Decode(mustEncode(t, r), known)
		if err != nil {
			t.Fatal(err)
		}
		return d.Routine.Slug
	}
	base := slug(prescribed())
	if base != slug(prescribed()) {
		t.Error("slug not stable")
	}
	otherNote, otherRx := prescribed(), prescribed()
	otherNote.Steps[0].Note = "Keep the knee straight"
	otherRx.Rx.Weeks = 4
	for name, r := range map[string]content.Routine{"note": otherNote, "prescription": otherRx, "none": goldenPhysio()} {
		if slug(r) == base {
			t.Errorf("changing the %s kept slug %s", name, base)
		}
	}
	if got := slug(goldenPhysio()); got != goldenPhysioSlug {
		t.Errorf("slug without prescription = %s, want %s", got, goldenPhysioSlug)
	}
}

func TestVersionTampered(t *testing.T) {
	token := mustEncode(t, prescribed())
	tests := map[string]error{"1" + token[1:]: ErrTampered, "3" + token[1:]: ErrNewerVersion, "9" + token[1:]: ErrNewerVersion}
	for changed, want := range tests {
		if _, err := Decode(changed, known); !errors.Is(err, want) {
			t.Errorf("version %c: err = %v, want %v", changed[0], err, want)
		}
	}
	for i := range len(token) {
		if _, err := Decode(token[:i], known); !isHard(err) {
			t.Errorf("cut to %d: err = %v", i, err)
		}
		for _, c := range []byte("Aa0-_13") {
			if c != token[i] {
				if _, err := Decode(token[:i]+string(c)+token[i+1:], known); !isHard(err) {
					t.Errorf("char %d set to %q: err = %v", i, c, err)
				}
			}
		}
	}
}

func TestRxLimits(t *testing.T) {
	tests := []struct {
		name string
		in   content.Prescription
		want content.Prescription
		msg  string
	}{ // negative numbers cannot be written in a link, only in the builder
		{"per week negative", content.Prescription{PerWeek: -1}, content.Prescription{}, "-1 sessions a week is outside 1–7 or twice a day; it was left out."},
		{"per week 8", content.Prescription{PerWeek: 8}, content.Prescription{PerWeek: 7}, "8 sessions a week is outside 1–7 or twice a day; it was set to 7 a week."},
		{"per week 13", content.Prescription{PerWeek: 13}, content.Prescription{PerWeek: 7}, "13 sessions a week is outside 1–7 or twice a day; it was set to 7 a week."},
		{"per week 15", content.Prescription{PerWeek: 15}, content.Prescription{PerWeek: 14}, "15 sessions a week is outside 1–7 or twice a day; it was set to twice a day."},
		{"weeks negative", content.Prescription{Weeks: -2}, content.Prescription{}, "A programme of -2 weeks is outside 1–52 weeks; it was left out."},
		{"weeks 53", content.Prescription{Weeks: 53}, content.Prescription{Weeks: 52}, "A programme of 53 weeks is outside 1–52 weeks; it was set to 52 weeks."},
		{"suits", content.Prescription{Suits: strings.Repeat("é", 101)}, content.Prescription{Suits: strings.Repeat("é", 100)},
			"The line on who the routine suits was longer than 100 characters; it was shortened."},
		{"instructions", content.Prescription{Instructions: strings.Repeat("a", 301)}, content.Prescription{Instructions: strings.Repeat("a", 300)},
			"The instructions were longer than 300 characters; they were shortened."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			linkable := tt.in.PerWeek >= 0 && tt.in.Weeks >= 0
			checkRepair(t, linkable, func(r *content.Routine) { r.Rx = tt.in }, func(r *content.Routine) { r.Rx = tt.want }, Problem{Message: tt.msg})
		})
	}
	for _, ok := range []int{0, 1, 7, content.TwiceADay} {
		if p := Validate(content.Routine{Rx: content.Prescription{PerWeek: ok, Weeks: MaxWeeks}, Steps: sample().Steps}, known); len(p) > 0 {
			t.Errorf("PerWeek %d: %v", ok, p)
		}
	}
}

func TestNoteLimit(t *testing.T) {
	long := strings.Repeat("你", MaxNoteRunes) + " more"
	checkRepair(t, true, func(r *content.Routine) { r.Steps[1].Note = long },
		func(r *content.Routine) { r.Steps[1].Note = strings.Repeat("你", MaxNoteRunes) },
		Problem{Step: 2, Message: "The note on step 2 was longer than 120 characters; it was shortened."})
}

// checkRepair checks that Clean (and Decode, if the input can be put in
// a link) turns set(sample) into want(sample) with exactly problem, and
// that Encode refuses it.
func checkRepair(t *testing.T, linkable bool, set, want func(*content.Routine), problem Problem) {
	t.Helper()
	in, out := sample(), sample()
	set(&in)
	want(&out)
	cleaned, problems := Clean(in, known)
	if !reflect.DeepEqual(problems, []Problem{problem}) || !sameRoutine(cleaned, out) {
		t.Errorf("Clean = %+v, %+v\nwant %+v, %+v", cleaned, problems, out, problem)
	}
	if _, err := Encode(in); !errors.Is(err, ErrInvalid) {
		t.Errorf("Encode err = %v, want ErrInvalid", err)
	}
	if !linkable {
		return
	}
	got, err := Decode(raw(in), known)
	if err != nil || !reflect.DeepEqual(got.Problems, []Problem{problem}) || !sameRoutine(got.Routine, out) {
		t.Errorf("Decode = %+v, %v %+v", got.Routine, err, got.Problems)
	}
}

func TestHostileText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"markup stays literal", `"><script>alert(1)</script>`, `"><script>alert(1)</script>`},
		{"bidi override", "Hold \u202e03 s\u202c", "Hold 03 s"},
		{"combining marks", "a" + strings.Repeat("\u0301", 10000) + "b", "a" + strings.Repeat("\u0301", maxCombining) + "b"},
		{"control chars", "Keep\x00the\x1b[31mknee\u0085soft\r\n", "Keep the [31mknee soft"},
		{"invalid utf-8", "kn\xffee\xc3", "knee"},
		{"zero width", "\u200bso\u00adft\ufeff", "soft"},
		{"only hidden stays empty", "\u202e\u200b \t", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := sample()
			in.Steps[0].Note, in.Rx.Suits, in.Rx.Instructions = tt.in, tt.in, tt.in
			out, problems := Clean(in, known)
			for _, got := range []string{out.Steps[0].Note, out.Rx.Suits, out.Rx.Instructions} {
				if got != tt.want {
					t.Errorf("got %q, want %q", got, tt.want)
				}
				checkShown(t, got)
			}
			if again, p := Clean(out, known); !reflect.DeepEqual(again, out) || len(p) > 0 {
				t.Errorf("Clean not idempotent: %+v, problems %v", again, p)
			}
			if len(problems) > 0 && problems[len(problems)-1].Step != 1 {
				t.Errorf("note problem lacks step number: %+v", problems)
			}
		})
	}
}

// checkShown fails if s holds anything that could disguise shown text.
func checkShown(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) || strings.TrimSpace(s) != s || strings.Contains(s, "  ") {
		t.Errorf("untidy text %q", s)
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || hiddenRune(r) != r {
			t.Errorf("hidden rune %U in %q", r, s)
		}
	}
}

func TestCleanCopiesOtherFields(t *testing.T) {
	in := prescribed()
	in.Slug, in.Summary, in.Description, in.LeadIn = "custom:1", " Summary\u202e ", "Why\x00", 7
	out, _ := Clean(in, known)
	if out.Slug != in.Slug || out.Summary != in.Summary || out.Description != in.Description || out.LeadIn != in.LeadIn {
		t.Errorf("Clean changed other fields: %+v", out)
	}
}

func TestTooLongWithNotes(t *testing.T) {
	r := prescribed()
	r.Steps = nil
	for range MaxSteps {
		r.Steps = append(r.Steps, content.RoutineStep{Exercise: "a", HoldSeconds: 30, Sets: 1, Note: strings.Repeat("é", MaxNoteRunes)})
	}
	_, err := Encode(r)
	if !errors.Is(err, ErrTooLong) {
		t.Fatalf("err = %v, want ErrTooLong", err)
	}
	if n, ok := Fits(r); ok || n <= MaxTokenLen || !strings.Contains(err.Error(), "limit 2048") {
		t.Errorf("Fits = %d, %v; err %v", n, ok, err)
	}
}

func TestStepCountGuard(t *testing.T) {
	head := []byte{0, 0, 0, 0, 0, 3} // name, suits, instructions, per week, weeks, 3 steps
	minimal := append(head, make([]byte, 3*4)...)
	if _, err := parseBody(version2, minimal); err != nil {
		t.Errorf("three minimal steps: %v", err)
	}
	short := append(head, make([]byte, 3*4-1)...)
	if _, err := parseBody(version2, short); err == nil || !strings.Contains(err.Error(), "cannot fit") {
		t.Errorf("three steps in 11 bytes: err = %v", err)
	}
}

// TestInstructionsKeepTheirLines: a prescriber's instructions keep their
// line breaks (up to MaxInstructionLines), each line tidied; other fields
// stay on one line.
func TestInstructionsKeepTheirLines(t *testing.T) {
	r := content.Routine{Name: "Lines\nin a name", Steps: []content.RoutineStep{{Exercise: "cat-cow", Reps: 5, Sets: 1, Note: "soft\nknees"}}}
	r.Rx.Instructions = "Morning:  the first two.\r\n\r\n  Evening: all four.\n\u200b\nStop if it tingles."
	got, problems := Clean(r, nil)
	if want := "Morning: the first two.\nEvening: all four.\nStop if it tingles."; got.Rx.Instructions != want {
		t.Errorf("instructions = %q, want %q", got.Rx.Instructions, want)
	}
	if got.Name != "Lines in a name" || got.Steps[0].Note != "soft knees" {
		t.Errorf("name %q and note %q, want them on one line", got.Name, got.Steps[0].Note)
	}
	if len(problems) != 1 || !strings.Contains(problems[0].Message, "hidden") {
		t.Errorf("problems = %v, want only the zero-width space reported", problems)
	}
	again, _ := Clean(got, nil)
	if !again.Equal(got) {
		t.Errorf("a second clean changed %q to %q", got.Rx.Instructions, again.Rx.Instructions)
	}
	token, err := Encode(got)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Decode(token, nil)
	if err != nil || d.Routine.Rx.Instructions != got.Rx.Instructions {
		t.Errorf("round trip: %q, %v", d.Routine.Rx.Instructions, err)
	}

	many := strings.Repeat("line\n", MaxInstructionLines+3)
	got, _ = Clean(content.Routine{Steps: r.Steps, Rx: content.Prescription{Instructions: many}}, nil)
	if n := strings.Count(got.Rx.Instructions, "\n") + 1; n != MaxInstructionLines {
		t.Errorf("%d lines kept, want %d", n, MaxInstructionLines)
	}
}

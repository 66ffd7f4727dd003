package routinelink

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"limber/content"
)

// Test slugs stand in for the exercise library, which tests must not need.
var testSlugs = []string{"standing-hamstring-stretch", "cat-cow", "glute-bridge", "dead-bug", "child-pose", "a"}

func known(slug string) bool {
	for _, s := range testSlugs {
		if s == slug {
			return true
		}
	}
	return false
}

func sample() content.Routine {
	return content.Routine{
		Name: "Desk break",
		Steps: []content.RoutineStep{
			{Exercise: "standing-hamstring-stretch", HoldSeconds: 30, PerSide: true, Sets: 2, RestSeconds: 10},
			{Exercise: "cat-cow", Reps: 10, TempoSeconds: 4, Sets: 1},
			{Exercise: "glute-bridge", Reps: 12, Sets: 3, RestSeconds: 45},
		},
	}
}

// raw builds a token without validating, to test what Decode repairs.
func raw(r content.Routine) string {
	v := versionFor(r)
	return seal(v, appendBody(nil, v, r))
}

func mustEncode(t testing.TB, r content.Routine) string {
	t.Helper()
	token, err := Encode(r)
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return token
}

// sameRoutine compares what a link carries: name, prescription and steps.
func sameRoutine(a, b content.Routine) bool {
	return a.Name == b.Name && a.Rx == b.Rx && reflect.DeepEqual(a.Steps, b.Steps)
}

func TestRoundTrip(t *testing.T) {
	in := sample()
	token := mustEncode(t, in)
	if token[0] != '1' {
		t.Errorf("token %q lacks version prefix", token)
	}
	t.Logf("token (%d chars): %s", len(token), token)
	got, err := Decode(token, known)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if len(got.Problems) > 0 {
		t.Errorf("unexpected problems: %v", got.Problems)
	}
	if !sameRoutine(got.Routine, in) {
		t.Errorf("got %+v, want %+v", got.Routine, in)
	}
	if !strings.HasPrefix(got.Routine.Slug, "custom:") {
		t.Errorf("slug %q lacks custom: prefix", got.Routine.Slug)
	}
	again, _ := Decode(mustEncode(t, got.Routine), known)
	if again.Routine.Slug != got.Routine.Slug {
		t.Errorf("slug not stable: %q then %q", got.Routine.Slug, again.Routine.Slug)
	}
}

func TestDefaultName(t *testing.T) {
	for _, name := range []string{"", "   ", DefaultName} {
		r := sample()
		r.Name = name
		got, err := Decode(mustEncode(t, r), known)
		if err != nil {
			t.Fatalf("%q: %v", name, err)
		}
		if got.Routine.Name != DefaultName {
			t.Errorf("%q: name %q, want %q", name, got.Routine.Name, DefaultName)
		}
	}
}

func TestDecodeHardErrors(t *testing.T) {
	valid := mustEncode(t, sample())
	tampered := payloadOf(valid)
	tampered[5] ^= 0x20 // inside the name; length and checksum untouched
	allUnknown := sample()
	for i := range allUnknown.Steps {
		allUnknown.Steps[i].Exercise = "nope"
	}
	badFlags := []byte{0, 1, 1, 'a', 0x40, 1}
	tests := []struct {
		name  string
		token string
		want  error
	}{
		{"empty", "", ErrEmpty},
		{"blank", " \n\t", ErrEmpty},
		{"too long", "1" + strings.Repeat("A", MaxTokenLen), ErrTooLong},
		{"too long even if valid prefix", valid + strings.Repeat("A", MaxTokenLen), ErrTooLong},
		{"newer version", "3" + valid[1:], ErrNewerVersion},
		{"version 1 relabelled 2", "2" + valid[1:], ErrTampered},
		{"much newer version", "9xyz", ErrNewerVersion},
		{"version zero", "0" + valid[1:], ErrCorrupt},
		{"not a token", "hello world", ErrCorrupt},
		{"bad base64 character", valid[:5] + "!" + valid[6:], ErrCorrupt},
		{"newline inside", valid[:5] + "\n" + valid[5:], ErrCorrupt},
		{"padding", valid + "=", ErrCorrupt},
		{"version only", "1", ErrTruncated},
		{"cut short", valid[:len(valid)-3], ErrTruncated},
		{"extra bytes", tokenOf(append(payloadOf(valid), 0)), ErrCorrupt},
		{"tampered", tokenOf(tampered), ErrTampered},
		{"unknown flags", seal(version1, badFlags), ErrCorrupt},
		{"absurd step count", seal(version1, []byte{0, 0x80, 0x80, 0x04}), ErrCorrupt},
		{"trailing body bytes", seal(version1, append(appendBody(nil, version1, sample()), 7)), ErrCorrupt},
		{"no steps", raw(content.Routine{Name: "x"}), ErrNoSteps},
		{"only unknown exercises", raw(allUnknown), ErrNoSteps},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.token, known)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if tt.want != ErrNoSteps && len(got.Problems) > 0 {
				t.Errorf("problems on hard error: %v", got.Problems)
			}
			if !reflect.DeepEqual(got.Routine, content.Routine{}) {
				t.Errorf("routine returned with error: %+v", got.Routine)
			}
		})
	}
}

func TestNoStepsExplains(t *testing.T) {
	r := content.Routine{Steps: []content.RoutineStep{{Exercise: "foo", HoldSeconds: 30, Sets: 1}}}
	got, err := Decode(raw(r), known)
	if !errors.Is(err, ErrNoSteps) {
		t.Fatalf("err = %v", err)
	}
	want := []string{
		`Step 1 names an exercise Limber doesn't know ("foo"); it was left out.`,
		"The routine has no usable exercises.",
	}
	if msgs := messages(got.Problems); !reflect.DeepEqual(msgs, want) {
		t.Errorf("problems = %q, want %q", msgs, want)
	}
}

func payloadOf(token string) []byte {
	p, err := b64.DecodeString(token[1:])
	if err != nil {
		panic(err)
	}
	return p
}

func tokenOf(payload []byte) string {
	return "1" + b64.EncodeToString(payload)
}

func TestTruncatedEverywhere(t *testing.T) {
	token := mustEncode(t, sample())
	for i := range len(token) {
		_, err := Decode(token[:i], known)
		if !isHard(err) {
			t.Errorf("token cut to %d chars: err = %v", i, err)
		}
	}
}

func TestFlippedEverywhere(t *testing.T) {
	token := mustEncode(t, sample())
	alphabet := "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ .%\x00\n"
	for i := range len(token) {
		for _, c := range []byte(alphabet) {
			if c == token[i] {
				continue
			}
			changed := token[:i] + string(c) + token[i+1:]
			if _, err := Decode(changed, known); !isHard(err) {
				t.Errorf("char %d set to %q: err = %v", i, c, err)
			}
		}
	}
}

// isHard reports whether err is one of Decode's hard failures.
func isHard(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

func messages(ps []Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Message)
	}
	return out
}

func TestDecodeRepairs(t *testing.T) {
	step := func(slug string, hold, reps, sets int) content.RoutineStep {
		return content.RoutineStep{Exercise: slug, HoldSeconds: hold, Reps: reps, Sets: sets}
	}
	manySteps := make([]content.RoutineStep, 45)
	for i := range manySteps {
		manySteps[i] = step("a", 30, 0, 1)
	}
	tests := []struct {
		name      string
		steps     []content.RoutineStep
		wantSteps []content.RoutineStep
		want      []string
		linkOnly  bool // a link caps numbers before Validate sees them
	}{
		{
			name:      "unknown exercise",
			steps:     []content.RoutineStep{step("a", 30, 0, 1), step("cat-cow", 0, 5, 1), step("foo", 30, 0, 1)},
			wantSteps: []content.RoutineStep{step("a", 30, 0, 1), step("cat-cow", 0, 5, 1)},
			want:      []string{`Step 3 names an exercise Limber doesn't know ("foo"); it was left out.`},
		},
		{
			name:      "malformed exercise slug",
			steps:     []content.RoutineStep{step("<script>", 30, 0, 1), step("", 30, 0, 1), step("a", 30, 0, 1)},
			wantSteps: []content.RoutineStep{step("a", 30, 0, 1)},
			want: []string{
				`Step 1 names an exercise Limber doesn't know ("<script>"); it was left out.`,
				"Step 2 has no exercise; it was left out.",
			},
		},
		{
			name:      "hold too long and too short",
			steps:     []content.RoutineStep{step("a", 30, 0, 1), step("a", 400, 0, 1), step("a", 2, 0, 1)},
			wantSteps: []content.RoutineStep{step("a", 30, 0, 1), step("a", 300, 0, 1), step("a", 5, 0, 1)},
			want: []string{
				"Hold of 400 s on step 2 is outside 5–300 s; it was set to 300 s.",
				"Hold of 2 s on step 3 is outside 5–300 s; it was set to 5 s.",
			},
		},
		{
			name:      "reps and sets",
			steps:     []content.RoutineStep{step("a", 0, 80, 0), step("a", 0, 10, 11)},
			wantSteps: []content.RoutineStep{step("a", 0, 50, 1), step("a", 0, 10, 10)},
			want: []string{
				"80 reps on step 1 is outside 1–50; it was set to 50.",
				"0 sets on step 1 is outside 1–10; it was set to 1.",
				"11 sets on step 2 is outside 1–10; it was set to 10.",
			},
		},
		{
			name: "tempo and rest",
			steps: []content.RoutineStep{
				{Exercise: "a", Reps: 5, Sets: 1, TempoSeconds: 12, RestSeconds: 301},
			},
			wantSteps: []content.RoutineStep{
				{Exercise: "a", Reps: 5, Sets: 1, TempoSeconds: 10, RestSeconds: 300},
			},
			want: []string{
				"Tempo of 12 s on step 1 is outside 0–10 s; it was set to 10 s.",
				"Rest of 301 s on step 1 is outside 0–300 s; it was set to 300 s.",
			},
		},
		{
			name:      "huge number",
			steps:     []content.RoutineStep{step("a", 1<<40, 0, 1)},
			wantSteps: []content.RoutineStep{step("a", 300, 0, 1)},
			want:      []string{"Hold of 1048576 s on step 1 is outside 5–300 s; it was set to 300 s."},
			linkOnly:  true,
		},
		{
			name:      "hold and reps, neither",
			steps:     []content.RoutineStep{step("a", 30, 10, 1), step("a", 0, 0, 1)},
			wantSteps: []content.RoutineStep{step("a", 30, 0, 1)},
			want: []string{
				"Step 1 has both a hold time and a rep count; the rep count was dropped.",
				"Step 2 has neither a hold time nor a rep count; it was left out.",
			},
		},
		{
			name:      "too many steps",
			steps:     manySteps,
			wantSteps: manySteps[:MaxSteps],
			want:      []string{"The routine has 45 exercises; only the first 40 were kept."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(raw(content.Routine{Name: "R", Steps: tt.steps}), known)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if !reflect.DeepEqual(got.Routine.Steps, tt.wantSteps) {
				t.Errorf("steps = %+v\nwant %+v", got.Routine.Steps, tt.wantSteps)
			}
			if msgs := messages(got.Problems); !reflect.DeepEqual(msgs, tt.want) {
				t.Errorf("problems = %q\nwant %q", msgs, tt.want)
			}
			// Validate reports the same for the builder, and Encode refuses.
			in := content.Routine{Name: "R", Steps: tt.steps}
			if msgs := messages(Validate(in, known)); !tt.linkOnly && !reflect.DeepEqual(msgs, tt.want) {
				t.Errorf("Validate = %q", msgs)
			}
			if _, err := Encode(in); !errors.Is(err, ErrInvalid) && !strings.Contains(tt.name, "unknown") {
				t.Errorf("Encode err = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestValidateNegative(t *testing.T) {
	r := content.Routine{Name: "x", Steps: []content.RoutineStep{{Exercise: "a", HoldSeconds: -5, Sets: -1, RestSeconds: -3, TempoSeconds: -1}}}
	want := []string{
		"Hold of -5 s on step 1 is outside 5–300 s; it was set to 5 s.",
		"-1 sets on step 1 is outside 1–10; it was set to 1.",
		"Tempo of -1 s on step 1 is outside 0–10 s; it was set to 0 s.",
		"Rest of -3 s on step 1 is outside 0–300 s; it was set to 0 s.",
	}
	if msgs := messages(Validate(r, nil)); !reflect.DeepEqual(msgs, want) {
		t.Errorf("got %q\nwant %q", msgs, want)
	}
	if got := Validate(sample(), known); len(got) != 0 {
		t.Errorf("sample has problems: %v", got)
	}
}

func TestNames(t *testing.T) {
	long := strings.Repeat("é", 70)
	zalgo := "Z" + strings.Repeat("\u0301", 30) + "ed"
	tests := []struct {
		name     string
		in       string
		want     string
		problems int
	}{
		{"plain", "Morning hamstrings", "Morning hamstrings", 0},
		{"script stays literal", `<script>alert("x")</script>`, `<script>alert("x")</script>`, 0},
		{"html entity stays literal", "Tom &amp; Jerry", "Tom &amp; Jerry", 0},
		{"spaces collapsed", "  Back \t  stretch\n", "Back stretch", 0},
		{"emoji", "Stretch 🧘🏽‍♀️ time", "Stretch 🧘🏽‍♀️ time", 0},
		{"control characters", "Bad\x00na\x07me\x1b[31m", "Bad na me [31m", 1},
		{"bidi override", "abc\u202egnp.exe", "abcgnp.exe", 1},
		{"zero width", "He\u200bl\ufeffl\u2060o", "Hello", 1},
		{"invalid utf-8", "ok\xff\xfe!", "ok!", 1},
		{"zalgo", zalgo, "Z" + strings.Repeat("\u0301", maxCombining) + "ed", 1},
		{"too long", long, strings.Repeat("é", MaxNameRunes), 1},
		{"too long ends on space", strings.Repeat("a", 59) + " bcd", strings.Repeat("a", 59), 1},
		{"only hidden", "\u202e\u200b", DefaultName, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sample()
			r.Name = tt.in
			got, err := Decode(raw(r), known)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got.Routine.Name != tt.want {
				t.Errorf("name = %q, want %q", got.Routine.Name, tt.want)
			}
			if len(got.Problems) != tt.problems {
				t.Errorf("problems = %q, want %d", messages(got.Problems), tt.problems)
			}
			if n := utf8.RuneCountInString(got.Routine.Name); n > MaxNameRunes {
				t.Errorf("name has %d runes", n)
			}
			if again, _ := cleanName(got.Routine.Name); again != got.Routine.Name {
				t.Errorf("cleanName not idempotent: %q -> %q", got.Routine.Name, again)
			}
		})
	}
}

func TestEncodeRefuses(t *testing.T) {
	bad := sample()
	bad.Steps[0].HoldSeconds = 1000
	if _, err := Encode(bad); !errors.Is(err, ErrInvalid) {
		t.Errorf("out of range: err = %v", err)
	}
	if _, err := Encode(content.Routine{Name: "empty"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("no steps: err = %v", err)
	}
	long := content.Routine{Name: "long"}
	for range MaxSteps {
		long.Steps = append(long.Steps, content.RoutineStep{Exercise: strings.Repeat("x", MaxSlugLen), HoldSeconds: 30, Sets: 1})
	}
	if _, err := Encode(long); !errors.Is(err, ErrTooLong) {
		t.Errorf("long: err = %v", err)
	}
}

func TestMessage(t *testing.T) {
	_, err := Decode("3abc", known)
	if got, want := Message(err), "This routine was made by a newer Limber; update the app to open it."; got != want {
		t.Errorf("Message = %q, want %q", got, want)
	}
	if got := Message(errors.New("other")); got != "This link couldn't be opened." {
		t.Errorf("Message(other) = %q", got)
	}
}

// randomRoutine makes a routine that passes Validate; about half have a
// prescription or notes, so both formats are exercised.
func randomRoutine(rng *rand.Rand) content.Routine {
	r := content.Routine{Name: randomText(rng, MaxNameRunes)}
	r.Name, _ = cleanName(r.Name)
	withRx := rng.IntN(2) == 0
	if withRx {
		r.Rx = randomRx(rng)
	}
	r.Steps = make([]content.RoutineStep, 1+rng.IntN(MaxSteps))
	for i := range r.Steps {
		r.Steps[i] = randomStep(rng)
		if withRx && rng.IntN(8) == 0 {
			r.Steps[i].Note, _ = noteField(i + 1).clean(randomText(rng, MaxNoteRunes))
		}
	}
	return r
}

// randomText makes up to limit runes of text that needs no repair other
// than whitespace, including markup that must stay literal.
func randomText(rng *rand.Rand, limit int) string {
	runes := []rune("abcXYZ éß你好🧘<>&\"' -\u0301")
	text := make([]rune, rng.IntN(limit+1))
	for i := range text {
		text[i] = runes[rng.IntN(len(runes))]
	}
	return string(text)
}

func randomRx(rng *rand.Rand) content.Prescription {
	perWeek := []int{0, 1, 2, 3, 4, 5, 6, 7, content.TwiceADay}
	rx := content.Prescription{
		Suits:        randomText(rng, MaxSuitsRunes),
		Instructions: randomText(rng, MaxInstructionsRunes),
		PerWeek:      perWeek[rng.IntN(len(perWeek))],
		Weeks:        rng.IntN(MaxWeeks + 1),
	}
	rx.Suits, _ = suitsField.clean(rx.Suits)
	rx.Instructions, _ = instructionsField.clean(rx.Instructions)
	return rx
}

func randomStep(rng *rand.Rand) content.RoutineStep {
	s := content.RoutineStep{
		Exercise:    testSlugs[rng.IntN(len(testSlugs))],
		PerSide:     rng.IntN(2) == 0,
		Sets:        MinSets + rng.IntN(MaxSets-MinSets+1),
		RestSeconds: rng.IntN(MaxRest + 1),
	}
	if rng.IntN(2) == 0 {
		s.HoldSeconds = MinHold + rng.IntN(MaxHold-MinHold+1)
		return s
	}
	s.Reps = MinReps + rng.IntN(MaxReps-MinReps+1)
	s.TempoSeconds = rng.IntN(MaxTempo + 1)
	return s
}

func TestPropertyRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tooLong := 0
	for i := range 3000 {
		in := randomRoutine(rng)
		token, err := Encode(in)
		if n, ok := Fits(in); errors.Is(err, ErrTooLong) && !ok && n > MaxTokenLen {
			tooLong++
			continue
		}
		if err != nil {
			t.Fatalf("#%d Encode(%+v): %v", i, in, err)
		}
		if n, ok := Fits(in); !ok || n != len(token) {
			t.Fatalf("#%d Fits = %d, %v for a %d-character token", i, n, ok, len(token))
		}
		if want := versionFor(in); token[0] != want {
			t.Fatalf("#%d version %c, want %c", i, token[0], want)
		}
		got, err := Decode(token, known)
		if err != nil {
			t.Fatalf("#%d Decode: %v", i, err)
		}
		if len(got.Problems) > 0 || !sameRoutine(got.Routine, in) {
			t.Fatalf("#%d round trip:\n in %+v\nout %+v\nproblems %v", i, in, got.Routine, got.Problems)
		}
	}
	t.Logf("%d of 3000 random routines were too long for a link", tooLong)
	if tooLong > 300 {
		t.Errorf("%d of 3000 random routines were too long to test", tooLong)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(mustEncode(f, sample()))
	f.Add(raw(content.Routine{Name: "x\u202e", Steps: []content.RoutineStep{{Exercise: "foo", HoldSeconds: 999}}}))
	f.Add("")
	f.Add("2abc")
	f.Add("3abc")
	for _, token := range v2Seeds(f) {
		f.Add(token)
	}
	f.Fuzz(checkDecode)
}

// FuzzSealedBody seals arbitrary bodies with a correct checksum, so the
// fuzzer explores the body parser and repairs instead of the checksum.
func FuzzSealedBody(f *testing.F) {
	f.Add(false, appendBody(nil, version1, sample()))
	f.Add(false, []byte{0, 1, 3, 'f', 'o', 'o', 2, 0, 0x80, 0x80, 0x04})
	f.Add(true, appendBody(nil, version2, prescribed()))
	f.Add(true, []byte{0, 2, 'x', '\xff', 0, 20, 99, 1, 1, 'a', 0, 1, 1, '\n'})
	f.Fuzz(func(t *testing.T, v2 bool, body []byte) {
		v := byte(version1)
		if v2 {
			v = version2
		}
		checkDecode(t, seal(v, body))
	})
}

// checkDecode fails if token decodes to something that does not re-encode
// and decode to the same routine without problems.
func checkDecode(t *testing.T, token string) {
	got, err := Decode(token, known)
	if err != nil {
		if !isHard(err) {
			t.Fatalf("error is not a sentinel: %v", err)
		}
		return
	}
	again, err := Encode(got.Routine)
	if err != nil { // repairs only shorten, so ErrTooLong is a bug too
		t.Fatalf("decoded routine does not re-encode: %v\n%+v", err, got.Routine)
	}
	if again[0] != versionFor(got.Routine) {
		t.Fatalf("re-encoded as version %c for %+v", again[0], got.Routine)
	}
	back, err := Decode(again, known)
	if err != nil {
		t.Fatalf("re-encoded token does not decode: %v", err)
	}
	if len(back.Problems) > 0 || !reflect.DeepEqual(back.Routine, got.Routine) {
		t.Fatalf("not stable:\n first %+v\nsecond %+v\nproblems %v", got.Routine, back.Routine, back.Problems)
	}
}

func BenchmarkEncode(b *testing.B) {
	r := randomRoutine(rand.New(rand.NewPCG(3, 4)))
	for b.Loop() {
		if _, err := Encode(r); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	token := mustEncode(b, randomRoutine(rand.New(rand.NewPCG(3, 4))))
	b.SetBytes(int64(len(token)))
	for b.Loop() {
		if _, err := Decode(token, known); err != nil {
			b.Fatal(err)
		}
	}
}

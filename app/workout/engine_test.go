package workout

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

var t0 = time.Date(2025, 3, 1, 7, 0, 0, 0, time.UTC)

// fakeClock is advanced by hand.
type fakeClock struct{ now time.Time }

func newClock() *fakeClock                   { return &fakeClock{now: t0} }
func (c *fakeClock) Now() time.Time          { return c.now }
func (c *fakeClock) Advance(d time.Duration) { c.now = c.now.Add(d) }

// at is the elapsed time since t0.
func (c *fakeClock) at() time.Duration { return c.now.Sub(t0) }

// cueRec is a cue with its time as an offset from t0, for comparing.
type cueRec struct {
	Kind  CueKind
	At    time.Duration
	Phase int
	N     int
	Text  string
}

func rec(cs []Cue) []cueRec {
	out := make([]cueRec, len(cs))
	for i, c := range cs {
		out[i] = cueRec{c.Kind, c.At.Sub(t0), c.Phase, c.N, c.Text}
	}
	return out
}

func (r cueRec) String() string {
	return fmt.Sprintf("%v@%v p%d n%d %q", r.Kind, r.At, r.Phase, r.N, r.Text)
}

func diffCues(t *testing.T, got, want []cueRec) {
	t.Helper()
	n := max(len(got), len(want))
	for i := range n {
		var g, w string
		if i < len(got) {
			g = got[i].String()
		}
		if i < len(want) {
			w = want[i].String()
		}
		if g != w {
			t.Errorf("cue %d\n got %s\nwant %s", i, g, w)
		}
	}
}

func mustPlan(t testing.TB, steps []Step, leadIn time.Duration) []Phase {
	t.Helper()
	plan, err := BuildPlan(steps, leadIn)
	if err != nil {
		t.Fatalf("BuildPlan: %v", err)
	}
	return plan
}

// smallPlan: 0 GetReady 5s | 1 Hold L 20s | 2 Switch 5s | 3 Hold R 20s |
// 4 Rest 10s | 5 Paced 3x2s | 6 Done, ending at 66 s.
func smallPlan(t testing.TB) []Phase {
	return mustPlan(t, []Step{
		{Slug: "seated-hamstring", Name: "Seated hamstring stretch", Hold: 20 * sec, PerSide: true, Sets: 1, Rest: 10 * sec},
		{Slug: "cat-cow", Name: "Cat-cow", Reps: 3, Tempo: 2 * sec, Sets: 1},
	}, 5*sec)
}

var smallPlanCues = []cueRec{
	{CuePhaseStart, 0, 0, 0, "Get ready. Next: Seated hamstring stretch, left side"},
	{CueCountdown, 2 * sec, 0, 3, "3"},
	{CueCountdown, 3 * sec, 0, 2, "2"},
	{CueCountdown, 4 * sec, 0, 1, "1"},
	{CuePhaseStart, 5 * sec, 1, 0, "Seated hamstring stretch, left side"},
	{CueHalfway, 15 * sec, 1, 0, "Halfway"},
	{CueCountdown, 22 * sec, 1, 3, "3"},
	{CueCountdown, 23 * sec, 1, 2, "2"},
	{CueCountdown, 24 * sec, 1, 1, "1"},
	{CueSwitchSides, 25 * sec, 2, 0, "Switch sides"},
	{CuePhaseStart, 30 * sec, 3, 0, "Seated hamstring stretch, right side"},
	{CueHalfway, 40 * sec, 3, 0, "Halfway"},
	{CueCountdown, 47 * sec, 3, 3, "3"},
	{CueCountdown, 48 * sec, 3, 2, "2"},
	{CueCountdown, 49 * sec, 3, 1, "1"},
	{CueRestStart, 50 * sec, 4, 0, "Rest, 10 seconds. Next: Cat-cow, 3 reps"},
	{CueCountdown, 57 * sec, 4, 3, "3"},
	{CueCountdown, 58 * sec, 4, 2, "2"},
	{CueCountdown, 59 * sec, 4, 1, "1"},
	{CuePhaseStart, 60 * sec, 5, 0, "Cat-cow, 3 reps"},
	{CueRep, 60 * sec, 5, 1, "1"},
	{CueRep, 62 * sec, 5, 2, "2"},
	{CueRep, 64 * sec, 5, 3, "3"},
	{CueFinished, 66 * sec, 6, 0, finishedText},
}

// phaseAt is the reference answer for a plan without counted reps: the
// phase index at offset d from the start and its remaining time.
func phaseAt(plan []Phase, d time.Duration) (int, time.Duration) {
	var start time.Duration
	for i, p := range plan {
		if p.Kind == Done || d < start+p.Duration {
			return i, max(start+p.Duration-d, 0)
		}
		start += p.Duration
	}
	return len(plan) - 1, 0
}

// runTicks calls Update every tick() until offset end, checking on every
// tick that the engine is on the reference phase with the exact remaining
// time, and returns all cues.
func runTicks(t *testing.T, e *Engine, clk *fakeClock, plan []Phase, end time.Duration, tick func() time.Duration) []Cue {
	t.Helper()
	var all []Cue
	for clk.at() <= end {
		all = append(all, e.Update()...)
		s := e.Snapshot()
		idx, rem := phaseAt(plan, clk.at())
		if s.Index != idx || s.Remaining != rem {
			t.Fatalf("at %v: phase %d remaining %v, want phase %d remaining %v", clk.at(), s.Index, s.Remaining, idx, rem)
		}
		clk.Advance(tick())
	}
	return all
}

func TestCuesFireOnceAtTheRightTime(t *testing.T) {
	plan := smallPlan(t)
	clk := newClock()
	e := New(plan, clk)
	e.Start()
	got := runTicks(t, e, clk, plan, 70*sec, func() time.Duration { return 100 * time.Millisecond })
	diffCues(t, rec(got), smallPlanCues)
	if s := e.Snapshot(); !s.Finished || s.Progress != 1 || s.Phase.Kind != Done {
		t.Errorf("end snapshot %+v, want finished with progress 1", s)
	}
	if cs := e.Update(); cs != nil {
		t.Errorf("Update after the end = %v, want nothing", rec(cs))
	}
}

func TestIrregularTicksNoDrift(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		name string
		tick func() time.Duration
	}{
		{"16ms", func() time.Duration { return 16 * time.Millisecond }},
		{"17ms", func() time.Duration { return 17 * time.Millisecond }},
		{"250ms", func() time.Duration { return 250 * time.Millisecond }},
		{"333ms", func() time.Duration { return 333 * time.Millisecond }},
		{"1s", func() time.Duration { return time.Second }},
		{"jitter 1ms-1s", func() time.Duration { return time.Duration(1+rng.IntN(1000)) * time.Millisecond }},
		{"jitter ns", func() time.Duration { return time.Duration(1 + rng.Int64N(int64(time.Second))) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := smallPlan(t)
			clk := newClock()
			e := New(plan, clk)
			e.Start()
			got := runTicks(t, e, clk, plan, 70*sec, tt.tick)
			diffCues(t, rec(got), smallPlanCues)
		})
	}
}

func TestCountdownFalls(t *testing.T) {
	plan := mustPlan(t, []Step{{Name: "H", Hold: 30 * sec, Sets: 1}}, 0)
	clk := newClock()
	e := New(plan, clk)
	if s := e.Snapshot(); s.Remaining != 30*sec || s.Started {
		t.Fatalf("before start: %+v, want 30 s remaining, not started", s)
	}
	e.Start()
	tests := []struct {
		at, remaining time.Duration
		progress      float64
	}{
		{0, 30 * sec, 0},
		{1500 * time.Millisecond, 28500 * time.Millisecond, 0.05},
		{12300 * time.Millisecond, 17700 * time.Millisecond, 0.41},
		{15 * sec, 15 * sec, 0.5},
		{29999 * time.Millisecond, time.Millisecond, 0.99996666},
		{30 * sec, 0, 1},
	}
	for _, tt := range tests {
		clk.now = t0.Add(tt.at)
		e.Update()
		s := e.Snapshot()
		if s.Remaining != tt.remaining {
			t.Errorf("at %v: remaining %v, want %v", tt.at, s.Remaining, tt.remaining)
		}
		if d := s.Progress - tt.progress; d > 1e-6 || d < -1e-6 {
			t.Errorf("at %v: progress %v, want %v", tt.at, s.Progress, tt.progress)
		}
	}
}

func TestPacedRepSnapshot(t *testing.T) {
	plan := mustPlan(t, []Step{{Name: "P", Reps: 4, Tempo: 3 * sec, Sets: 1}}, 0)
	clk := newClock()
	e := New(plan, clk)
	e.Start()
	for _, tt := range []struct {
		at  time.Duration
		rep int
	}{{0, 1}, {2999 * time.Millisecond, 1}, {3 * sec, 2}, {11 * sec, 4}} {
		clk.now = t0.Add(tt.at)
		e.Update()
		if got := e.Snapshot().Rep; got != tt.rep {
			t.Errorf("at %v: rep %d, want %d", tt.at, got, tt.rep)
		}
	}
}

func TestPauseResume(t *testing.T) {
	plan := smallPlan(t)
	clk := newClock()
	e := New(plan, clk)
	e.Start()
	clk.Advance(10 * sec) // 5 s into Hold L (20 s)
	e.Update()
	e.Pause()
	clk.Advance(time.Minute)
	if cs := e.Update(); len(cs) != 0 {
		t.Errorf("Update while paused = %v, want nothing", rec(cs))
	}
	s := e.Snapshot()
	if !s.Paused || s.Index != 1 || s.Remaining != 15*sec || s.ActiveTime != 10*sec {
		t.Fatalf("paused snapshot: %+v", s)
	}
	e.Pause() // a second pause changes nothing
	e.Resume()
	// The rest of the plan is now shifted by the one-minute pause.
	var got []Cue
	for range 100 {
		clk.Advance(sec)
		got = append(got, e.Update()...)
	}
	shifted := make([]cueRec, 0, len(smallPlanCues))
	for _, c := range smallPlanCues {
		if c.At > 10*sec { // halfway at 15 s and later
			c.At += time.Minute
			shifted = append(shifted, c)
		}
	}
	diffCues(t, rec(got), shifted)
	if s := e.Snapshot(); s.ActiveTime != 66*sec {
		t.Errorf("active time %v, want 66s (pause excluded)", s.ActiveTime)
	}
}

func TestPauseAcrossDeadline(t *testing.T) {
	// A pause requested after a deadline passed (no Update in between)
	// first moves on, so the pause lands in the right phase.
	plan := smallPlan(t)
	clk := newClock()
	e := New(plan, clk)
	e.Start()
	clk.Advance(7 * sec) // 2 s into Hold L
	e.Pause()
	s := e.Snapshot()
	if s.Index != 1 || s.Elapsed != 2*sec || !s.Paused {
		t.Errorf("snapshot %+v, want paused 2 s into phase 1", s)
	}
}

func TestSkip(t *testing.T) {
	plan := smallPlan(t)
	clk := newClock()
	e := New(plan, clk)
	e.Start()
	clk.Advance(8 * sec) // 3 s into Hold L
	e.Update()
	e.Skip()
	clk.Advance(100 * time.Millisecond)
	cs := rec(e.Update())
	want := []cueRec{{CueSwitchSides, 8 * sec, 2, 0, "Switch sides"}}
	diffCues(t, cs, want)
	// SwitchSides now ends 5 s after the skip, not at the planned 30 s.
	clk.now = t0.Add(13 * sec)
	cs = rec(e.Update())
	diffCues(t, cs, []cueRec{{CuePhaseStart, 13 * sec, 3, 0, "Seated hamstring stretch, right side"}})
	if s := e.Snapshot(); s.Completed != 0 {
		t.Errorf("completed %d after skipping the only finished hold, want 0", s.Completed)
	}

	// Skipping the last phase finishes the routine, with a Finished cue.
	for range 3 {
		e.Skip()
	}
	// Phases skipped in the instant they began say nothing.
	diffCues(t, rec(e.Update()), []cueRec{{CueFinished, 13 * sec, 6, 0, finishedText}})
	e.Skip()
	if cs := e.Update(); cs != nil {
		t.Errorf("Update after skip past the end = %v", rec(cs))
	}
}

func TestBack(t *testing.T) {
	tests := []struct {
		name    string
		skips   int           // phases skipped from the start, at 0 s
		wait    time.Duration // then time into that phase
		want    int
		wantCue CueKind
	}{
		{"late in a phase restarts it", 1, 10 * sec, 1, CuePhaseStart},
		{"early in a phase goes back", 4, 2 * sec, 3, CuePhaseStart},
		{"exactly at the threshold goes back", 4, BackThreshold, 3, CuePhaseStart},
		{"over SwitchSides to the left side", 3, sec, 1, CuePhaseStart},
		{"back from SwitchSides", 2, sec, 1, CuePhaseStart},
		{"at the first phase restarts it", 0, sec, 0, CuePhaseStart},
		{"into a rest", 5, sec, 4, CueRestStart},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clk := newClock()
			e := New(smallPlan(t), clk)
			e.Start()
			for range tt.skips {
				e.Skip()
			}
			clk.Advance(tt.wait)
			e.Update()
			e.Back()
			s := e.Snapshot()
			if s.Index != tt.want || s.Elapsed != 0 || s.Remaining != s.Phase.Duration {
				t.Fatalf("after Back: phase %d elapsed %v remaining %v, want phase %d from its start",
					s.Index, s.Elapsed, s.Remaining, tt.want)
			}
			cs := e.Update()
			if len(cs) == 0 || cs[0].Kind != tt.wantCue || !cs[0].At.Equal(clk.now) {
				t.Errorf("cues after Back %v, want %v now", rec(cs), tt.wantCue)
			}
		})
	}
}

func TestAdjust(t *testing.T) {
	tests := []struct {
		name          string
		wait          time.Duration // into Hold L (20 s)
		adjust        []time.Duration
		wantRemaining time.Duration
	}{
		{"plus ten", 5 * sec, []time.Duration{AdjustStep}, 25 * sec},
		{"minus ten", 5 * sec, []time.Duration{-AdjustStep}, 5 * sec},
		{"floor at one second", 12 * sec, []time.Duration{-AdjustStep}, sec},
		{"twice down hits the floor", 2 * sec, []time.Duration{-AdjustStep, -AdjustStep}, sec},
		{"below the floor stays put", 19500 * time.Millisecond, []time.Duration{-AdjustStep}, 500 * time.Millisecond},
		{"plus then minus", 5 * sec, []time.Duration{AdjustStep, -AdjustStep}, 15 * sec},
		{"huge is bounded", 0, []time.Duration{1<<63 - 1}, 20*sec + time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clk := newClock()
			e := New(smallPlan(t), clk)
			e.Start()
			clk.Advance(5*sec + tt.wait)
			e.Update()
			for _, d := range tt.adjust {
				e.Adjust(d)
			}
			s := e.Snapshot()
			if s.Index != 1 || s.Remaining != tt.wantRemaining {
				t.Errorf("phase %d remaining %v, want phase 1 remaining %v", s.Index, s.Remaining, tt.wantRemaining)
			}
			if s.Phase.Duration != tt.wait+tt.wantRemaining {
				t.Errorf("phase duration %v, want %v", s.Phase.Duration, tt.wait+tt.wantRemaining)
			}
		})
	}
}

func TestAdjustMovesDeadlineAndCues(t *testing.T) {
	clk := newClock()
	e := New(smallPlan(t), clk)
	e.Start()
	// Run Hold L to 23.5 s: halfway and countdown 3, 2 have been spoken.
	for clk.at() < 23500*time.Millisecond {
		clk.Advance(100 * time.Millisecond)
		e.Update()
	}
	e.Adjust(AdjustStep) // deadline 25 s -> 35 s
	var got []Cue
	for clk.at() < 36*sec {
		clk.Advance(100 * time.Millisecond)
		got = append(got, e.Update()...)
	}
	want := []cueRec{
		{CueCountdown, 32 * sec, 1, 3, "3"}, // re-armed for the new deadline
		{CueCountdown, 33 * sec, 1, 2, "2"},
		{CueCountdown, 34 * sec, 1, 1, "1"},
		{CueSwitchSides, 35 * sec, 2, 0, "Switch sides"},
	}
	diffCues(t, rec(got), want) // and no second Halfway
}

func TestAdjustOnlyHoldAndRest(t *testing.T) {
	for _, skips := range []int{0, 2, 5} { // GetReady, SwitchSides, PacedReps
		clk := newClock()
		e := New(smallPlan(t), clk)
		e.Start()
		for range skips {
			e.Skip()
		}
		before := e.Snapshot()
		e.Adjust(AdjustStep)
		if after := e.Snapshot(); after.Remaining != before.Remaining {
			t.Errorf("Adjust on %v changed remaining %v -> %v", before.Phase.Kind, before.Remaining, after.Remaining)
		}
	}
}

func TestAdjustWhilePaused(t *testing.T) {
	clk := newClock()
	e := New(smallPlan(t), clk)
	e.Start()
	clk.Advance(10 * sec) // 5 s into Hold L
	e.Update()
	e.Pause()
	clk.Advance(time.Minute)
	e.Adjust(AdjustStep)
	if s := e.Snapshot(); s.Remaining != 25*sec {
		t.Fatalf("remaining %v, want 25s", s.Remaining)
	}
	e.Resume()
	clk.Advance(25 * sec)
	cs := rec(e.Update())
	if len(cs) == 0 || cs[len(cs)-1].Kind != CueSwitchSides || cs[len(cs)-1].At != 95*sec {
		t.Errorf("cues %v, want SwitchSides at 95s", cs)
	}
}

func TestCountedRepsWaitForRepDone(t *testing.T) {
	plan := mustPlan(t, []Step{
		{Name: "Bird dog", Reps: 10, Sets: 1},
		{Name: "Child's pose", Hold: 30 * sec, Sets: 1},
	}, 0)
	clk := newClock()
	e := New(plan, clk)
	e.Start()
	diffCues(t, rec(e.Update()), []cueRec{{CuePhaseStart, 0, 0, 0, "Bird dog, 10 reps"}})
	clk.Advance(10 * time.Minute)
	if cs := e.Update(); len(cs) != 0 {
		t.Errorf("cues while waiting: %v", rec(cs))
	}
	s := e.Snapshot()
	if s.Index != 0 || s.Remaining != 0 || s.Elapsed != 10*time.Minute || s.Finished {
		t.Fatalf("waiting snapshot %+v", s)
	}
	e.Adjust(AdjustStep) // not adjustable: open-ended
	e.RepDone()
	e.RepDone() // a double tap on the next phase (a Hold) is ignored
	diffCues(t, rec(e.Update()), []cueRec{{CuePhaseStart, 10 * time.Minute, 1, 0, "Child's pose"}})
	s = e.Snapshot()
	if s.Index != 1 || s.Remaining != 30*sec || s.Completed != 1 || s.Total != 2 {
		t.Errorf("after RepDone: %+v", s)
	}
	clk.Advance(30 * sec)
	cs := rec(e.Update())
	if len(cs) == 0 || cs[len(cs)-1].Kind != CueFinished {
		t.Errorf("cues %v, want Finished last", cs)
	}
	if s := e.Snapshot(); s.Completed != 2 || s.ActiveTime != 10*time.Minute+30*sec {
		t.Errorf("end: completed %d active %v", s.Completed, s.ActiveTime)
	}
}

// longSteps is a realistic ~23-minute routine.
func longSteps() []Step {
	return []Step{
		{Slug: "cat-cow", Name: "Cat-cow", Reps: 10, Tempo: 4 * sec, Sets: 1},
		{Slug: "seated-hamstring", Name: "Seated hamstring stretch", Hold: 30 * sec, PerSide: true, Sets: 3, Rest: 20 * sec},
		{Slug: "knee-to-chest", Name: "Knee to chest", Hold: 30 * sec, PerSide: true, Sets: 2, Rest: 15 * sec},
		{Slug: "glute-bridge", Name: "Glute bridge", Reps: 12, Tempo: 3 * sec, Sets: 3, Rest: 30 * sec},
		{Slug: "childs-pose", Name: "Child's pose", Hold: 60 * sec, Sets: 2, Rest: 15 * sec},
		{Slug: "figure-four", Name: "Figure-four stretch", Hold: 45 * sec, PerSide: true, Sets: 2, Rest: 20 * sec},
		{Slug: "supine-twist", Name: "Supine twist", Hold: 30 * sec, PerSide: true, Sets: 2, Rest: 10 * sec},
		{Slug: "standing-hamstring", Name: "Standing hamstring stretch", Hold: 40 * sec, PerSide: true, Sets: 2, Rest: 20 * sec},
	}
}

func TestLongGap(t *testing.T) {
	plan := mustPlan(t, longSteps(), 10*sec)
	total := New(plan, newClock()).total
	if total < 20*time.Minute || total > 25*time.Minute {
		t.Fatalf("routine lasts %v, want about 20 minutes", total)
	}
	// Reference: the same routine ticked every frame with no gap.
	refClk := newClock()
	ref := New(plan, refClk)
	ref.Start()
	want := runTicks(t, ref, refClk, plan, total+sec, func() time.Duration { return 16 * time.Millisecond })

	gapFrom, gapTo := 600*sec, 690*sec
	clk := newClock()
	e := New(plan, clk)
	e.Start()
	tick := func() time.Duration { return 250 * time.Millisecond }
	got := runTicks(t, e, clk, plan, gapFrom, tick)

	clk.now = t0.Add(gapTo) // the phone was locked for 90 s
	landing := e.Update()
	for _, c := range landing {
		if clk.now.Sub(c.At) > CueTolerance {
			t.Errorf("missed cue replayed after the gap: %v", rec([]Cue{c}))
		}
	}
	s := e.Snapshot()
	idx, rem := phaseAt(plan, gapTo)
	if s.Index != idx || s.Remaining != rem {
		t.Fatalf("after gap: phase %d remaining %v, want phase %d remaining %v", s.Index, s.Remaining, idx, rem)
	}
	t.Logf("landed on phase %d (%v %v) with %v left", idx, plan[idx].Kind, plan[idx].Side, rem)
	got = append(got, landing...)
	clk.Advance(tick())
	got = append(got, runTicks(t, e, clk, plan, total+sec, tick)...)

	// Everything the reference spoke, except what fell in the gap.
	var wantGap []Cue
	for _, c := range want {
		at := c.At.Sub(t0)
		if at > gapFrom && at < gapTo-CueTolerance {
			continue
		}
		wantGap = append(wantGap, c)
	}
	diffCues(t, rec(got), rec(wantGap))
	if len(wantGap) == len(want) {
		t.Error("the gap dropped no cues; the test is not testing anything")
	}
	if s := e.Snapshot(); !s.Finished || s.ActiveTime != total || s.Completed != s.Total {
		t.Errorf("end: %+v, want finished, active %v, all completed", s, total)
	}
}

func TestRoutineEndsDuringGap(t *testing.T) {
	clk := newClock()
	e := New(smallPlan(t), clk)
	e.Start()
	e.Update()
	clk.Advance(10 * time.Minute)
	cs := rec(e.Update())
	diffCues(t, cs, []cueRec{{CueFinished, 66 * sec, 6, 0, finishedText}})
	if len(cs) == 1 && !e.Snapshot().Finished {
		t.Error("not finished")
	}
	clk.Advance(sec)
	if cs := e.Update(); cs != nil {
		t.Errorf("second Update = %v, want nothing", rec(cs))
	}
}

func TestFinishedCueLateFlag(t *testing.T) {
	clk := newClock()
	e := New(smallPlan(t), clk)
	e.Start()
	clk.Advance(66*sec + 500*time.Millisecond)
	cs := e.Update()
	if last := cs[len(cs)-1]; last.Kind != CueFinished || last.Late {
		t.Errorf("finished cue %+v, want on time", last)
	}
	e = New(smallPlan(t), clk)
	e.Start()
	clk.Advance(time.Hour)
	if cs := e.Update(); len(cs) != 1 || !cs[0].Late {
		t.Errorf("cues %+v, want one late Finished", cs)
	}
}

func TestFinish(t *testing.T) {
	plan := smallPlan(t)
	clk := newClock()
	e := New(plan, clk)
	e.Start()
	clk.Advance(40 * sec) // halfway through Hold R; Hold L completed
	e.Update()
	clk.Advance(100 * time.Millisecond)
	e.Finish()
	if cs := e.Update(); cs != nil {
		t.Errorf("Update after Finish = %v", rec(cs))
	}
	s := e.Snapshot()
	wantProgress := float64(40100*time.Millisecond) / float64(66*sec)
	if !s.Finished || s.Phase.Kind != Done || s.HasNext || s.Remaining != 0 || s.Completed != 1 ||
		s.ActiveTime != 40100*time.Millisecond || s.Progress-wantProgress > 1e-9 || wantProgress-s.Progress > 1e-9 {
		t.Errorf("after Finish: %+v (want progress %v)", s, wantProgress)
	}
	// Everything after the end is a no-op.
	clk.Advance(time.Minute)
	for _, op := range []func(){e.Start, e.Pause, e.Resume, e.Skip, e.Back, e.RepDone, e.Finish, func() { e.Adjust(sec) }} {
		op()
		if cs := e.Update(); cs != nil {
			t.Errorf("cues after the end: %v", rec(cs))
		}
	}
	if got := e.Snapshot(); got != s {
		t.Errorf("snapshot changed after the end:\n got %+v\nwant %+v", got, s)
	}
}

func TestBadCallOrders(t *testing.T) {
	ops := map[string]func(e *Engine){
		"Start":    (*Engine).Start,
		"Pause":    (*Engine).Pause,
		"Resume":   (*Engine).Resume,
		"Skip":     (*Engine).Skip,
		"Back":     (*Engine).Back,
		"RepDone":  (*Engine).RepDone,
		"Finish":   (*Engine).Finish,
		"Adjust":   func(e *Engine) { e.Adjust(-AdjustStep) },
		"Update":   func(e *Engine) { e.Update() },
		"Snapshot": func(e *Engine) { e.Snapshot() },
	}
	t.Run("before Start", func(t *testing.T) {
		for name, op := range ops {
			if name == "Start" || name == "Finish" {
				continue
			}
			clk := newClock()
			e := New(smallPlan(t), clk)
			op(e)
			if s := e.Snapshot(); s.Started || s.Index != 0 || s.Paused || s.Finished {
				t.Errorf("%s before Start changed state: %+v", name, s)
			}
		}
	})
	t.Run("Finish before Start", func(t *testing.T) {
		e := New(smallPlan(t), newClock())
		e.Finish()
		e.Start()
		if s := e.Snapshot(); !s.Finished || s.Started || s.Progress != 0 {
			t.Errorf("snapshot %+v", s)
		}
	})
	t.Run("zero Engine", func(t *testing.T) {
		var e Engine
		for _, op := range ops {
			op(&e)
		}
	})
	t.Run("empty plan", func(t *testing.T) {
		if _, err := BuildPlan(nil, 0); err == nil {
			t.Error("BuildPlan(nil) did not fail")
		}
		e := New(nil, newClock())
		e.Start()
		cs := e.Update()
		if len(cs) != 1 || cs[0].Kind != CueFinished || !e.Snapshot().Finished {
			t.Errorf("empty plan: cues %v, snapshot %+v", rec(cs), e.Snapshot())
		}
	})
	t.Run("nil clock", func(t *testing.T) {
		e := New(smallPlan(t), nil)
		e.Start()
		if s := e.Snapshot(); !s.Started {
			t.Error("not started with the system clock")
		}
	})
	t.Run("plan without Done", func(t *testing.T) {
		clk := newClock()
		e := New([]Phase{{Kind: Hold, Name: "H", Duration: sec}}, clk)
		e.Start()
		clk.Advance(2 * sec)
		if e.Update(); !e.Snapshot().Finished {
			t.Error("did not finish")
		}
	})
	t.Run("random sequences", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(3, 4))
		names := make([]string, 0, len(ops))
		for name := range ops {
			names = append(names, name)
		}
		for run := range 200 {
			clk := newClock()
			plan := smallPlan(t)
			e := New(plan, clk)
			for range 60 {
				clk.Advance(time.Duration(rng.Int64N(int64(20 * sec))))
				ops[names[rng.IntN(len(names))]](e)
				checkInvariants(t, run, e, len(plan))
			}
		}
	})
}

func checkInvariants(t *testing.T, run int, e *Engine, n int) {
	t.Helper()
	s := e.Snapshot()
	bad := s.Index < 0 || s.Index >= n || s.Remaining < 0 || s.Elapsed < 0 ||
		s.Progress < 0 || s.Progress > 1 || s.ActiveTime < 0 || s.Completed > s.Total ||
		(s.Finished && s.Phase.Kind != Done) || (s.Paused && s.Finished)
	if bad {
		t.Fatalf("run %d: bad snapshot %+v", run, s)
	}
}

func BenchmarkUpdate(b *testing.B) {
	plan := mustPlan(b, longSteps(), 10*sec)
	clk := newClock()
	e := New(plan, clk)
	e.Start()
	b.ReportAllocs()
	for b.Loop() {
		clk.Advance(16 * time.Millisecond)
		e.Update()
		if e.finished { // start over so every iteration does real work
			clk = newClock()
			e = New(plan, clk)
			e.Start()
		}
	}
}

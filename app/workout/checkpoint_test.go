package workout

import (
	"errors"
	"testing"
	"time"
)

const reloadGap = time.Minute

// An engine restored from a checkpoint right away must behave exactly like
// the one that kept running: same cues at the same times, same snapshots,
// whatever the moment, pauses and adjustments before it.
func TestRestoreCarriesOnExactly(t *testing.T) {
	for at := time.Duration(0); at <= 66*sec; at += 700 * time.Millisecond {
		for _, history := range []string{"plain", "paused", "adjusted"} {
			plan := smallPlan(t)
			clk := newClock()
			orig := New(plan, clk)
			orig.Start()
			for clk.at() < at {
				orig.Update()
				clk.Advance(100 * time.Millisecond)
				switch {
				case history == "paused" && clk.at() == 7*sec:
					orig.Pause()
					clk.Advance(4 * sec)
					orig.Resume()
				case history == "adjusted" && clk.at() == 8*sec:
					orig.Adjust(AdjustStep)
				}
			}
			orig.Update()
			c, ok := orig.Checkpoint()
			if !ok {
				if !orig.Snapshot().Finished {
					t.Fatalf("%s at %v: no checkpoint from a running engine", history, at)
				}
				continue
			}
			restored, err := Restore(plan, clk, c, reloadGap)
			if err != nil {
				t.Fatalf("%s at %v: Restore: %v", history, at, err)
			}
			for end := clk.at() + 30*sec; clk.at() <= end; clk.Advance(100 * time.Millisecond) {
				a, b := rec(orig.Update()), rec(restored.Update())
				diffCues(t, b, a)
				if sa, sb := orig.Snapshot(), restored.Snapshot(); sa != sb {
					t.Fatalf("%s at %v, now %v:\nrestored %+v\nwant     %+v", history, at, clk.at(), sb, sa)
				}
			}
		}
	}
}

// checkpointAt runs smallPlan for d and takes a checkpoint.
func checkpointAt(t *testing.T, d time.Duration) ([]Phase, *fakeClock, Checkpoint) {
	t.Helper()
	plan := smallPlan(t)
	clk := newClock()
	e := New(plan, clk)
	e.Start()
	clk.Advance(d)
	e.Update()
	c, ok := e.Checkpoint()
	if !ok {
		t.Fatalf("no checkpoint at %v", d)
	}
	return plan, clk, c
}

func TestRestoreAfterAReloadCatchesUp(t *testing.T) {
	plan, clk, c := checkpointAt(t, 12*sec) // 7 s into the left hold

	clk.Advance(20 * sec) // reloading took a while: now 32 s, right hold
	r, err := Restore(plan, clk, c, reloadGap)
	if err != nil {
		t.Fatal(err)
	}
	r.Update() // cues missed during the gap are dropped, not replayed
	if s := r.Snapshot(); s.Index != 3 || s.Paused || s.Remaining != 18*sec || s.Completed != 1 {
		t.Errorf("after reload: %+v, want right hold running with 18 s left and the left hold done", s)
	}
}

func TestRestoreAfterAKilledTabWaitsWhereItWas(t *testing.T) {
	plan, clk, c := checkpointAt(t, 12*sec)

	clk.Advance(40 * time.Minute)
	r, err := Restore(plan, clk, c, reloadGap)
	if err != nil {
		t.Fatal(err)
	}
	if cs := r.Update(); cs != nil {
		t.Errorf("restored paused engine gave cues %v", rec(cs))
	}
	s := r.Snapshot()
	if s.Index != 1 || !s.Paused || s.Remaining != 13*sec || s.ActiveTime != 12*sec {
		t.Fatalf("after a long gap: %+v, want paused in the left hold with 13 s left and 12 s done", s)
	}
	r.Resume()
	clk.Advance(3 * sec)
	diffCues(t, rec(r.Update()), []cueRec{{CueHalfway, 40*time.Minute + 15*sec, 1, 0, "Halfway"}})
}

func TestRestorePausedStaysPaused(t *testing.T) {
	plan := smallPlan(t)
	clk := newClock()
	e := New(plan, clk)
	e.Start()
	clk.Advance(9 * sec)
	e.Pause()
	c, _ := e.Checkpoint()
	clk.Advance(5 * time.Second)
	r, err := Restore(plan, clk, c, reloadGap)
	if err != nil {
		t.Fatal(err)
	}
	if s := r.Snapshot(); !s.Paused || s.Index != 1 || s.Remaining != 16*sec || s.ActiveTime != 9*sec {
		t.Errorf("restored paused: %+v", s)
	}
	if c.ActiveTime() != 9*sec {
		t.Errorf("checkpoint active time %v, want 9s", c.ActiveTime())
	}
}

func TestNoCheckpointOutsideARun(t *testing.T) {
	plan := smallPlan(t)
	clk := newClock()
	e := New(plan, clk)
	if _, ok := e.Checkpoint(); ok {
		t.Error("checkpoint before Start")
	}
	e.Start()
	e.Finish()
	if _, ok := e.Checkpoint(); ok {
		t.Error("checkpoint after Finish")
	}
}

func TestRestoreRefusesWhatDoesNotFit(t *testing.T) {
	plan, clk, good := checkpointAt(t, 12*sec)
	for name, change := range map[string]func(*Checkpoint){
		"other plan":          func(c *Checkpoint) { c.Phases = 3 },
		"negative index":      func(c *Checkpoint) { c.Index = -1 },
		"index on Done":       func(c *Checkpoint) { c.Index = len(plan) - 1 },
		"huge index":          func(c *Checkpoint) { c.Index = 1 << 40 },
		"negative duration":   func(c *Checkpoint) { c.Duration = -sec },
		"endless phase":       func(c *Checkpoint) { c.Duration = 1 << 62 },
		"negative active":     func(c *Checkpoint) { c.Active = -sec },
		"no time":             func(c *Checkpoint) { c.At = time.Time{} },
		"completed rest":      func(c *Checkpoint) { c.Completed = []int{4} },
		"completed twice":     func(c *Checkpoint) { c.Completed = []int{1, 1} },
		"completed elsewhere": func(c *Checkpoint) { c.Completed = []int{99} },
	} {
		c := good
		change(&c)
		if r, err := Restore(plan, clk, c, reloadGap); !errors.Is(err, ErrCheckpoint) || r != nil {
			t.Errorf("%s: Restore = %v, %v; want ErrCheckpoint", name, r, err)
		}
	}
	if _, err := Restore(plan, clk, good, reloadGap); err != nil {
		t.Errorf("the unchanged checkpoint: %v", err)
	}
}

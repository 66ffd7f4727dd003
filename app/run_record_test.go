package app

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"limber/app/view"
	"limber/app/workout"
)

func TestAgoLabel(t *testing.T) {
	for d, want := range map[time.Duration]string{
		20 * time.Second: "a moment ago", 5 * time.Minute: "5 min ago",
		time.Hour: "1 h ago", 80 * time.Minute: "1 h 20 min ago",
	} {
		if got := view.AgoLabel(d); got != want {
			t.Errorf("agoLabel(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestDecodeRunRefusesWhatCannotResume(t *testing.T) {
	now := time.Date(2026, 12, 3, 14, 0, 0, 0, time.UTC)
	good := runRecord{
		Path: "/routines/desk-break/play", Slug: "desk-break", Name: "Desk break", SessionID: "abc",
		Started: now.Add(-10 * time.Minute), Step: 4, Steps: 9,
		Engine: workout.Checkpoint{At: now.Add(-5 * time.Minute), Paused: true, Active: 3 * time.Minute},
	}
	encode := func(r runRecord) string {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	got, err := decodeRun(encode(good), now)
	if err != nil || got.where() != "step 4 of 9" || got.active() != 3*time.Minute {
		t.Fatalf("good record: %+v, %v", got, err)
	}
	for name, text := range map[string]string{
		"not JSON":  "{",
		"no path":   strings.Replace(encode(good), `"path":"/routines/desk-break/play"`, `"path":""`, 1),
		"step 0":    strings.Replace(encode(good), `"step":4`, `"step":0`, 1),
		"step 10/9": strings.Replace(encode(good), `"step":4`, `"step":10`, 1),
		"too old": func() string {
			r := good
			r.Engine.At = now.Add(-resumeWindow - time.Minute)
			return encode(r)
		}(),
		"from the future": func() string {
			r := good
			r.Engine.At = now.Add(time.Hour)
			return encode(r)
		}(),
	} {
		if _, err := decodeRun(text, now); err == nil {
			t.Errorf("%s: decoded, want an error", name)
		}
	}
}

func TestWhereForATimer(t *testing.T) {
	r := runRecord{Step: 1, Steps: 1, Engine: workout.Checkpoint{Active: 75 * time.Second, Paused: true}}
	if got := r.where(); got != "1 min 15 s done" {
		t.Errorf("where = %q", got)
	}
}

func TestStoppedLabel(t *testing.T) {
	now := time.Date(2026, 12, 3, 14, 0, 0, 0, time.UTC)
	c := workout.Checkpoint{At: now.Add(-5 * time.Minute), Paused: true, Active: 190 * time.Second}
	if got := (runRecord{Step: 4, Steps: 9, Engine: c}).stoppedLabel(now); got != "You stopped at step 4 of 9 after 3 min 10 s, 5 min ago." {
		t.Errorf("routine: %q", got)
	}
	if got := (runRecord{Step: 1, Steps: 1, Engine: c}).stoppedLabel(now); got != "You stopped after 3 min 10 s, 5 min ago." {
		t.Errorf("timer: %q", got)
	}
}

func TestStoppedLabelBeforeAnyExercise(t *testing.T) {
	now := time.Date(2026, 12, 3, 14, 0, 0, 0, time.UTC)
	r := runRecord{Step: 1, Steps: 4, Engine: workout.Checkpoint{At: now, Paused: true}}
	if got := r.stoppedLabel(now); got != "You stopped before the first exercise began, a moment ago." {
		t.Errorf("label %q", got)
	}
}

package app

import (
	"encoding/json"
	"fmt"
	"time"

	"limber/app/i18n"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
	"limber/app/workout"
)

// runKey holds the routine in progress, apart from the personal data: it
// is a few hundred bytes rewritten at every phase change, never exported,
// and losing it loses only the offer to resume.
const runKey = "limber.run"

const (
	// resumeWindow is how long a routine that stopped (reload, killed
	// tab, closed player) is offered to resume.
	resumeWindow = 2 * time.Hour
	// reloadGap: back within this, the routine carries on by the clock
	// (the person kept holding through a reload); later, it waits where
	// it was.
	reloadGap = time.Minute
	// minRecordedActive keeps taps on Start and quick looks out of
	// history: a session counts once it has run this long.
	minRecordedActive = 30 * time.Second
)

// runRecord is the routine in progress as stored under runKey.
type runRecord struct {
	Path      string             `json:"path"` // the player's URL, query included
	Slug      string             `json:"slug"`
	Name      string             `json:"name"`
	SessionID string             `json:"session"`
	Started   time.Time          `json:"started"`
	Planned   int                `json:"planned"` // seconds
	Step      int                `json:"step"`    // 1-based routine step at the checkpoint
	Steps     int                `json:"steps"`
	Engine    workout.Checkpoint `json:"engine"`
	PlanStep  string             `json:"planStep,omitempty"`
}

// decodeRun reads a stored run, refusing one that is damaged, from the
// future or older than resumeWindow.
func decodeRun(text string, now time.Time) (runRecord, error) {
	var r runRecord
	if err := json.Unmarshal([]byte(text), &r); err != nil {
		return r, fmt.Errorf("read routine in progress: %w", err)
	}
	at := r.Engine.At
	switch {
	case r.Path == "" || r.SessionID == "" || r.Steps < 1 || r.Step < 1 || r.Step > r.Steps:
		return r, fmt.Errorf("read routine in progress: incomplete record")
	case at.After(now.Add(time.Minute)) || now.Sub(at) > resumeWindow:
		return r, fmt.Errorf("read routine in progress: taken at %v, too far from now", at)
	}
	return r, nil
}

// loadRun returns the routine in progress, removing a stored one that
// can no longer be used so it is not read again.
func loadRun(now time.Time) (runRecord, bool) {
	text, err := storage.Get(runKey)
	if err != nil || text == "" {
		return runRecord{}, false
	}
	r, err := decodeRun(text, now)
	if err != nil {
		storage.Remove(runKey)
		return runRecord{}, false
	}
	return r, true
}

// saveRun stores the routine in progress. Failing is quiet: the session
// itself is saved through the data store, which reports its own errors.
func saveRun(r runRecord) {
	b, err := json.Marshal(r)
	if err != nil {
		return
	}
	storage.Set(runKey, string(b))
}

func clearRun() { storage.Remove(runKey) }

// active is the time the routine had run at its checkpoint.
func (r runRecord) active() time.Duration { return r.Engine.ActiveTime() }

// session is the history entry for what was done so far.
func (r runRecord) session(completed bool, active time.Duration) store.Session {
	return store.Session{
		ID: r.SessionID, Routine: r.Slug, Name: r.Name, Started: r.Started,
		ActiveSeconds: int(active / time.Second), PlannedSeconds: r.Planned, Completed: completed,
		PlanStep: r.PlanStep,
	}
}

// where says how far the routine got: "step 4 of 9", or the time done
// for a one-step timer.
func (r runRecord) where() string {
	if r.Steps > 1 {
		return i18n.F("step {step} of {steps}", "step", view.Itoa(r.Step), "steps", view.Itoa(r.Steps))
	}
	return i18n.F("{time} done", "time", view.DurationLabel(int(r.active()/time.Second)))
}

// stoppedLabel is the resume offer's sentence.
func (r runRecord) stoppedLabel(now time.Time) string {
	done := view.DurationLabel(int(r.active() / time.Second))
	ago := view.AgoLabel(now.Sub(r.Engine.At))
	if r.active() < time.Second { // stopped in the lead-in
		return i18n.F("You stopped before the first exercise began, {ago}.", "ago", ago)
	}
	if r.Steps > 1 {
		return i18n.F("You stopped at step {step} of {steps} after {time}, {ago}.", "step", view.Itoa(r.Step), "steps", view.Itoa(r.Steps), "time", done, "ago", ago)
	}
	return i18n.F("You stopped after {time}, {ago}.", "time", done, "ago", ago)
}

// keepWhatWasDone records the stopped routine in history (when it ran
// long enough to count) and forgets it.
func keepWhatWasDone(r runRecord) (saved bool, err error) {
	clearRun()
	if r.active() < minRecordedActive {
		return false, nil
	}
	_, err = storage.Update(func(d *store.Data) { *d = store.RecordSession(*d, r.session(false, r.active())) })
	return err == nil, err
}

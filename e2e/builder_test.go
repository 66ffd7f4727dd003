package e2e

import (
	"strings"
	"testing"
)

func pickAndAdd(p *page, slug string) {
	p.t.Helper()
	p.eval(`(() => { const s = document.getElementById("exercise-pick"); s.value = "`+slug+`"; s.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, nil)
	p.click("#add-step")
}

func setField(p *page, id, value string) {
	p.t.Helper()
	p.eval(`(() => { const i = document.getElementById("`+id+`"); i.value = "`+value+`"; i.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, nil)
}

// TestBuilderKeepsNumbersInRange: a value out of range is brought into
// range in the field itself, said beside it, and the estimate follows.
func TestBuilderKeepsNumbersInRange(t *testing.T) {
	p := newPage(t)
	p.open("/routines/new")
	pickAndAdd(p, "seated-hamstring-stretch")
	p.waitJS(`document.querySelectorAll(".builder-step").length === 1`)
	setField(p, "step-0-sets", "-3")
	p.waitJS(`document.getElementById("step-0-sets").value === "1" && document.getElementById("step-0-sets-range").textContent.includes("set to 1")`)
	setField(p, "step-0-hold", "9999")
	p.waitJS(`Number(document.getElementById("step-0-hold").value) < 9999`)
	if total := p.text("#builder-total"); strings.Contains(total, "338") || !strings.Contains(total, "min") {
		t.Errorf("estimate = %q", total)
	}
	var alerts int
	p.eval(`document.querySelectorAll(".callout.warn").length`, &alerts)
	if alerts != 0 {
		t.Errorf("a repaired value still shows as a problem")
	}
	// Saving twice keeps one copy.
	p.click("#builder-save")
	p.waitJS(`document.getElementById("builder-note").textContent.startsWith("Saved")`)
	p.click("#builder-save")
	p.waitJS(`document.getElementById("builder-note").textContent.startsWith("Already saved")`)
	p.open("/routines")
	p.waitJS(`document.querySelectorAll("#saved-routines li").length === 1`)

	// Delete, then Undo.
	p.click(`#saved-routines button[aria-label^="Delete"]`)
	p.waitJS(`document.querySelectorAll("#saved-routines li").length === 0 && document.activeElement?.id === "undo-delete"`)
	p.click("#undo-delete")
	p.waitJS(`document.querySelectorAll("#saved-routines li").length === 1`)
	noPanic(t, p)
}

// TestBuilderFieldsFollowTheirStep: after a step is removed, the next one
// takes its place, and its fields must change its own values: a reps
// field where a hold field was must set reps, not the old hold.
func TestBuilderFieldsFollowTheirStep(t *testing.T) {
	p := newPage(t)
	p.open("/routines/new")
	pickAndAdd(p, "seated-hamstring-stretch")
	pickAndAdd(p, "cat-cow")
	p.waitJS(`document.querySelectorAll(".builder-step").length === 2`)
	p.click(`button[aria-label="Remove Seated hamstring stretch"]`)
	p.waitJS(`document.querySelectorAll(".builder-step").length === 1 && document.getElementById("step-0-reps") !== null`)
	setField(p, "step-0-reps", "7")
	p.click("#builder-save")
	p.waitJS(`document.getElementById("builder-note").textContent.startsWith("Saved")`)
	var reps, hold float64
	p.eval(`JSON.parse(localStorage.getItem("limber.v1")).routines[0].routine.steps[0].reps || 0`, &reps)
	p.eval(`JSON.parse(localStorage.getItem("limber.v1")).routines[0].routine.steps[0].hold || 0`, &hold)
	if reps != 7 || hold != 0 {
		t.Errorf("saved reps %v and hold %v, want 7 reps and no hold", reps, hold)
	}
	noPanic(t, p)
}

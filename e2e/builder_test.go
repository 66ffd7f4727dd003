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

package e2e

import (
	"encoding/json"
	"strings"
	"testing"
)

// storedCheckIns reads the check-ins the app saved.
func storedCheckIns(t *testing.T, p *page) []map[string]any {
	t.Helper()
	var raw string
	p.eval(`localStorage.getItem("limber.v1") || "{}"`, &raw)
	var d struct {
		CheckIns []map[string]any `json:"checkIns"`
	}
	if err := json.Unmarshal([]byte(raw), &d); err != nil {
		t.Fatalf("stored data: %v", err)
	}
	return d.CheckIns
}

// finishSession starts the routine at path with the precheck passed and
// jumps the clock past its end.
func finishSession(p *page) {
	p.t.Helper()
	p.click("#player-start")
	p.waitJS(`document.getElementById("precheck-form") !== null`)
	p.click("#precheck-submit")
	p.waitJS(`document.getElementById("player") !== null`)
	p.eval(`localStorage.setItem("test.skew", String(2 * 3600e3 + Number(localStorage.getItem("test.skew") || 0))); true`, nil)
	p.waitJS(`document.getElementById("player-done") !== null`)
}

// TestCheckInsBeforeAndAfterReachProgress: two optional taps before and
// after a session are stored (a second tap on the same answer takes it
// back) and show as a chart with its summary on /progress.
func TestCheckInsBeforeAndAfterReachProgress(t *testing.T) {
	p := newPage(t)
	injectScript(p, morningClock)
	injectScript(p, clockSkew)
	p.open("/routines/desk-break/play")
	p.click(`#checkin-pain-before button[data-v="3"]`)
	p.click(`#checkin-pain-before button[data-v="3"]`) // taken back
	p.waitJS(`document.querySelector('#checkin-pain-before [aria-pressed="true"]') === null`)
	p.click(`#checkin-pain-before button[data-v="6"]`)
	p.click(`#checkin-stiffness-before button[data-v="7"]`)
	p.waitJS(`document.querySelector('#checkin-stiffness-before [data-v="7"]').getAttribute("aria-pressed") === "true"`)
	if got := storedCheckIns(t, p); len(got) != 2 || got[0]["value"] != 6.0 || got[0]["when"] != "before" {
		t.Fatalf("before check-ins = %v", got)
	}
	finishSession(p)
	p.click(`#checkin-pain-after button[data-v="3"]`)
	p.click(`#checkin-stiffness-after button[data-v="4"]`)
	p.click(`#checkin-nerve button[data-v="0"]`)
	p.waitJS(`document.querySelector('#checkin-nerve [data-v="0"]').getAttribute("aria-pressed") === "true"`)
	if n := len(storedCheckIns(t, p)); n != 5 {
		t.Errorf("stored %d check-ins, want 5", n)
	}
	if p.has("#concern") {
		t.Error("pain going down raised a concern")
	}
	p.click(`a[href="/progress"]`)
	p.waitJS(`document.querySelector("#progress-symptoms svg.chart polyline.line-pain") !== null`)
	if s := p.text("#progress-symptoms"); !strings.Contains(s, "Pain: 2 answers so far") {
		t.Errorf("summary = %q", s)
	}
	var label string
	p.eval(`document.querySelector("#progress-symptoms svg").getAttribute("aria-label")`, &label)
	if !strings.Contains(label, "Stiffness: 2 answers") {
		t.Errorf("chart's accessible name = %q", label)
	}
	if s := p.text("#progress-weeks"); !strings.Contains(s, "1 session this week") {
		t.Errorf("weeks = %q", s)
	}
	noPanic(t, p)
}

// TestRisingPainLeadsToTheCheck: pain 2 points above the last sessions',
// or new numbness, brings the red-flag check forward, never silently.
func TestRisingPainLeadsToTheCheck(t *testing.T) {
	p := newPage(t)
	injectScript(p, morningClock)
	injectScript(p, clockSkew)
	p.open("/")
	p.eval(`localStorage.setItem("limber.v1", JSON.stringify({version: 2, checkIns: [
		{id: "a", at: "2026-01-05T08:00:00Z", measure: "pain", value: 2},
		{id: "b", at: "2026-01-06T08:00:00Z", measure: "pain", value: 3},
		{id: "c", at: "2026-01-07T08:00:00Z", measure: "pain", value: 2}]})); true`, nil)
	p.goTo("/routines/lower-back-relief/play")
	finishSession(p)
	p.click(`#checkin-pain-after button[data-v="5"]`)
	p.waitJS(`document.getElementById("concern") !== null`)
	if s := p.text("#concern"); !strings.Contains(s, "from 2 to 5") || !strings.Contains(s, "physiotherapist or doctor") {
		t.Errorf("concern = %q", s)
	}
	p.click(`#checkin-pain-after button[data-v="5"]`) // taken back: the concern goes
	p.waitJS(`document.getElementById("concern") === null`)
	p.click(`#checkin-nerve button[data-v="1"]`)
	p.waitJS(`document.getElementById("concern")?.textContent.includes("numbness") === true`)
	p.click(`#concern a[href="/check"]`)
	p.waitJS(`location.pathname === "/check"`)
	p.goTo("/progress")
	p.waitJS(`document.getElementById("concern") !== null`)
	noPanic(t, p)
}

// TestWeeklyActivityAndReachTest: the weekly activity and the reach test
// are asked on /progress, stored, and charted; a name with markup stays
// text; with storage full they still work for the visit and say so.
func TestWeeklyActivityAndReachTest(t *testing.T) {
	p := newPage(t)
	injectScript(p, quotaFull)
	p.open("/progress")
	p.waitJS(`document.getElementById("activity-name") !== null`)
	if p.has("#checkin-activity") {
		t.Error("the rating shows before the activity is named")
	}
	p.eval(`(() => { const i = document.getElementById("activity-name"); i.value = '<img src=x onerror="window.owned=1">Socks'; i.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, nil)
	p.waitJS(`document.getElementById("checkin-activity") !== null`)
	p.click(`#checkin-activity button[data-v="4"]`)
	p.waitJS(`document.querySelector("#progress-activity svg.chart") !== null`)
	if s := p.text("#progress-activity .chart-summary"); !strings.Contains(s, `How well <img src=x onerror="window.owned=1">Socks goes: 1 answer so far`) {
		t.Errorf("activity summary = %q", s)
	}
	var owned bool
	p.eval(`window.owned === 1 || document.querySelector("#progress-activity img") !== null`, &owned)
	if owned {
		t.Error("markup in the activity's name became an element")
	}
	p.click(`#checkin-reach button[data-v="2"]`)
	p.waitJS(`document.querySelector("#progress-reach svg.chart") !== null`)
	if s := p.text("#progress-reach"); !strings.Contains(s, "Reach test: Ankles so far.") || !strings.Contains(s, "Skip it if bending forward") {
		t.Errorf("reach card = %q", s)
	}
	p.waitJS(`document.getElementById("storage-notice") !== null`)
	noPanic(t, p)
}

package e2e

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// storedPlanData reads the plan and the history the app saved.
func storedPlanData(t *testing.T, p *page) (plan map[string]any, history []map[string]any) {
	t.Helper()
	var text string
	p.eval(`localStorage.getItem("limber.v1") || "{}"`, &text)
	var d struct {
		Plan    map[string]any   `json:"plan"`
		History []map[string]any `json:"history"`
	}
	if err := json.Unmarshal([]byte(text), &d); err != nil {
		t.Fatalf("stored data: %v", err)
	}
	return d.Plan, d.History
}

// TestPlanFromHomeToDone: a new person goes from home's Today card to a
// plan, follows it, starts its first session from Today at the plan's
// dose, finishes it, and Today then says it's done for today and counts
// it; the session is in history as that plan step.
func TestPlanFromHomeToDone(t *testing.T) {
	p := newPage(t)
	injectScript(p, morningClock)
	injectScript(p, clockSkew)
	p.open("/")
	p.waitJS(`document.getElementById("today-plans") !== null`)
	if s := p.text("#today-session"); !strings.HasPrefix(s, "Try Desk break") {
		t.Errorf("first visit's suggestion = %q, want the desk break", s)
	}
	p.click("#today-plans")
	p.waitJS(`location.pathname === "/plans" && document.querySelector('a[href="/plans/desk-worker"]') !== null`)
	p.click(`a[href="/plans/desk-worker"]`)
	p.waitJS(`document.getElementById("plan-follow") !== null`)
	if s := p.text(`[data-step="desk-worker/1/1"]`); !strings.Contains(s, "stretches 20 s") {
		t.Errorf("week 1 session 1 reads %q, want its 20 s stretches", s)
	}
	p.click("#plan-follow")
	p.waitJS(`document.getElementById("today-start") !== null && document.activeElement?.id === "today-start"`)
	if s := p.text("#today-session"); s != "Week 1, session 1 of 3" {
		t.Errorf("Today = %q", s)
	}
	plan, _ := storedPlanData(t, p)
	if plan["programme"] != "desk-worker" {
		t.Fatalf("stored plan = %v", plan)
	}

	p.click("#today-start")
	p.waitJS(`document.getElementById("precheck-form") !== null`)
	p.click("#precheck-submit")
	p.waitJS(`document.getElementById("player")?.dataset.phase === "get-ready"`)
	p.eval(`localStorage.setItem("test.skew", "11000"); true`, nil) // past the lead-in
	p.waitJS(`document.getElementById("player")?.dataset.phase === "hold"`)
	var left int
	p.eval(`Number(document.getElementById("countdown").textContent)`, &left)
	if left > 20 || left < 10 {
		t.Errorf("first hold shows %d s, want the plan's 20 s", left)
	}
	p.eval(`localStorage.setItem("test.skew", String(2 * 3600e3)); true`, nil) // the rest of the session
	p.waitJS(`document.getElementById("player-done") !== null`)

	_, history := storedPlanData(t, p)
	if len(history) != 1 || history[0]["planStep"] != "desk-worker/1/1" || history[0]["completed"] != true {
		t.Fatalf("history = %v, want the completed plan session", history)
	}
	p.goTo("/")
	p.waitJS(`document.getElementById("today-anyway") !== null`)
	if s := p.text("#today-session"); !strings.HasPrefix(s, "Done for today. Next time: Week 1, session 2") {
		t.Errorf("Today after the session = %q", s)
	}
	if s := p.text("#today-dose"); !strings.Contains(s, "1 of 12 sessions done") {
		t.Errorf("progress = %q", s)
	}
	noPanic(t, p)
}

// TestPlanPauseRestartStop: pausing, resuming, restarting (asked first)
// and stopping each do what they say, and a plan chosen in one tab shows
// in another already open.
func TestPlanPauseRestartStop(t *testing.T) {
	a := newPage(t)
	b := newTabBeside(t, a)
	a.open("/plans/loosen-up")
	b.open("/")
	b.waitJS(`document.getElementById("today-plans") !== null`)
	a.click("#plan-follow")
	a.waitJS(`document.getElementById("plan-pause") !== null`)
	b.waitJS(`document.getElementById("today-plan")?.textContent === "Loosen up: 6 weeks"`)

	a.click("#plan-pause")
	a.waitJS(`document.getElementById("plan-resume") !== null && document.getElementById("today-paused") !== null`)
	b.waitJS(`document.getElementById("today-paused") !== null`)
	a.click("#plan-resume")
	a.waitJS(`document.getElementById("plan-pause") !== null && document.getElementById("today-start") !== null`)

	a.click("#plan-restart")
	a.waitJS(`document.getElementById("plan-confirm-yes") !== null && document.activeElement?.id === "plan-confirm-yes"`)
	a.click("#plan-confirm-no")
	a.waitJS(`document.getElementById("plan-restart") !== null`)
	before, _ := storedPlanData(t, a)
	a.click("#plan-restart")
	a.waitJS(`document.getElementById("plan-confirm-yes") !== null`)
	a.click("#plan-confirm-yes")
	a.waitJS(`document.getElementById("plan-pause") !== null`)
	after, _ := storedPlanData(t, a)
	if after["programme"] != "loosen-up" || after["started"] == before["started"] {
		t.Errorf("restart: %v then %v, want a new start", before, after)
	}

	a.click("#plan-stop")
	a.waitJS(`document.getElementById("plan-confirm-yes") !== null`)
	a.click("#plan-confirm-yes")
	a.waitJS(`document.getElementById("plan-follow") !== null`)
	b.waitJS(`document.getElementById("today-plans") !== null`)
	if plan, _ := storedPlanData(t, a); plan["programme"] != nil && plan["programme"] != "" {
		t.Errorf("after stopping, stored plan = %v", plan)
	}
	noPanic(t, a)
	noPanic(t, b)
}

// TestPlanWithStorageFull: with every write refused, following a plan says
// it wasn't saved, and the plan still works for this visit.
func TestPlanWithStorageFull(t *testing.T) {
	p := newPage(t)
	injectScript(p, quotaFull)
	p.open("/plans/stronger-back")
	p.click("#plan-follow")
	p.waitJS(`document.getElementById("plan-error") !== null`)
	if s := p.text("#plan-error"); !strings.Contains(s, "couldn't be saved") {
		t.Errorf("error = %q", s)
	}
	p.waitJS(`document.getElementById("today-start") !== null`)
	p.goTo("/")
	p.waitJS(`document.getElementById("today-plan")?.textContent === "Stronger back: 6 weeks"`)
	noPanic(t, p)
}

// TestBrokenPlanLinks: a plan session link that names no session, or
// mixes a session with another routine, explains itself; nothing plays.
func TestBrokenPlanLinks(t *testing.T) {
	p := newPage(t)
	for i, c := range []struct{ path, want string }{
		{"/routines/hamstring-release/play?plan=loosen-up/9/1", "has no week 9"},
		{"/routines/hamstring-release/play?plan=nope/1/1", "no plan called"},
		{"/routines/desk-break/play?plan=loosen-up/1/1", "mixes up"},
		{"/routines/lower-back-relief/play?plan=%3Cb%3Eloud%3C/b%3E/1/1", "is not a plan session"},
	} {
		p.open(c.path)
		p.waitJS(`document.querySelector("main h1") !== null && document.querySelector("main h1").textContent !== ""`)
		var msg string
		var players int
		p.eval(`document.querySelector("main").innerText`, &msg)
		p.eval(`document.querySelectorAll("#player, #player-start").length`, &players)
		if !strings.Contains(msg, c.want) || players != 0 {
			t.Errorf("case %s: page says %q with %d player controls, want %q and none", strconv.Itoa(i), firstLine(msg), players, c.want)
		}
		var bold int
		p.eval(`document.querySelectorAll("main b").length`, &bold)
		if bold != 0 {
			t.Errorf("case %d: markup from the link was rendered", i)
		}
	}
	noPanic(t, p)
}

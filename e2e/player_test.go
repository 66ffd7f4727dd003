package e2e

import (
	"strconv"
	"strings"
	"testing"
)

// TestPlayerRunsAShortRoutine starts a 5 s per-side hold (after the weekly
// safety check), and sees the countdown fall, the side switch, the
// auto-advance, pause and resume, the finish, and the session in history.
func TestPlayerRunsAShortRoutine(t *testing.T) {
	p := newPage(t)
	p.open("/routines/quick/play?hold=5&sides=2&sets=1")
	p.click("#player-start")

	// First start of the week: the before-you-start check comes first.
	p.waitJS(`document.getElementById("precheck-form") !== null`)
	p.click("#precheck-submit")

	p.waitJS(`document.getElementById("player") !== null`)
	first := countdown(t, p)
	p.waitJS(`Number(document.getElementById("countdown").textContent) < ` + strconv.Itoa(first))

	// Auto-advance from get-ready into the left-side hold, then switch.
	p.waitJS(`document.getElementById("player").dataset.phase === "hold" && document.getElementById("player-side").textContent === "Left side"`)
	p.waitJS(`document.getElementById("player").dataset.phase === "switch-sides"`)
	p.waitJS(`document.getElementById("player").dataset.phase === "hold" && document.getElementById("player-side").textContent === "Right side"`)

	// Pause holds the clock still; resume carries on.
	p.click("#player-pause")
	p.waitJS(`document.getElementById("paused-note") !== null`)
	paused := countdown(t, p)
	var after int
	p.eval(`new Promise(r => setTimeout(() => r(Number(document.getElementById("countdown").textContent)), 1500))`, &after)
	if after != paused {
		t.Errorf("countdown moved while paused: %d then %d", paused, after)
	}
	p.click("#player-pause")
	p.waitJS(`document.getElementById("paused-note") === null`)

	p.waitJS(`document.getElementById("player-done") !== null`)
	if errs := p.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}

	p.click(`#player-done a[href="/history"]`)
	p.waitJS(`location.pathname === "/history" && document.querySelectorAll("#session-list li").length > 0`)
	text := p.text("#session-list li")
	if !strings.Contains(text, "Hold timer: 5 s") || !strings.Contains(text, "Completed") {
		t.Errorf("history entry = %q, want the completed hold timer", text)
	}
	// One day has a session, six have none: six bars of no height, read
	// as "no sessions", and today's read in seconds as the list says.
	var week struct {
		Empty, Bars int
		Today       string
	}
	p.eval(`(() => {
		const days = [...document.querySelectorAll(".week-day")];
		return {
			Empty: days.filter(d => d.textContent.includes("no sessions")).length,
			Bars: days.filter(d => Number(d.querySelector("rect").getAttribute("height")) > 0).length,
			Today: days[days.length - 1].querySelector(".visually-hidden").textContent,
		};
	})()`, &week)
	if week.Empty != 6 || week.Bars != 1 || !strings.Contains(week.Today, " s, 1 session") {
		t.Errorf("week chart: %d days read as empty, %d bars drawn, today %q; want 6, 1 and seconds", week.Empty, week.Bars, week.Today)
	}
}

func countdown(t *testing.T, p *page) int {
	t.Helper()
	n, err := strconv.Atoi(p.text("#countdown"))
	if err != nil {
		t.Fatalf("countdown is not a number: %v", err)
	}
	return n
}

// TestPlayerKeyboardAndSkip drives the player from the keyboard: space
// pauses, the right arrow skips to the next phase.
func TestPlayerKeyboardAndSkip(t *testing.T) {
	p := newPage(t)
	// A recent check means the player starts straight away.
	p.open("/check")
	p.click("#check-submit")
	p.waitJS(`document.getElementById("check-result") !== null`)

	p.open("/routines/quick/play?hold=30&sides=2&sets=1")
	p.click("#player-start")
	p.waitJS(`document.getElementById("player") && document.getElementById("player").dataset.phase === "get-ready"`)
	p.eval(`document.activeElement.blur(); true`, nil)
	p.eval(`window.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowRight"})); true`, nil)
	p.waitJS(`document.getElementById("player").dataset.phase === "hold"`)
	p.eval(`window.dispatchEvent(new KeyboardEvent("keydown", {key: " "})); true`, nil)
	p.waitJS(`document.getElementById("paused-note") !== null`)
	p.eval(`window.dispatchEvent(new KeyboardEvent("keydown", {key: " "})); true`, nil)
	p.waitJS(`document.getElementById("paused-note") === null`)
	p.click("#player-end")
	p.click("#end-confirm")
	p.waitJS(`document.getElementById("player-done") !== null`)
}

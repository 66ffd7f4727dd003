package e2e

import (
	"strings"
	"testing"
)

// holdsEachSide is a quick timer long enough to act on mid-run: 30 s a side.
const holdsEachSide = "/routines/quick/play?hold=30&sides=2&sets=1"

// Refusals of the screen wake lock, as Firefox, battery saver and
// embedded browsers give them: a rejected promise, or a throw.
const (
	wakeLockRejects = `navigator.wakeLock && (navigator.wakeLock.request = () => Promise.reject(new DOMException("Wake lock denied", "NotAllowedError")));`
	wakeLockThrows  = `navigator.wakeLock && (navigator.wakeLock.request = () => { throw new DOMException("Wake lock denied", "NotAllowedError"); });`
)

func TestRefusedWakeLockLeavesEveryControlReachable(t *testing.T) {
	for name, refusal := range map[string]string{"rejects": wakeLockRejects, "throws": wakeLockThrows} {
		t.Run(name, func(t *testing.T) {
			p := newPage(t)
			injectScript(p, refusal)
			startRoutine(p, holdsEachSide)
			p.waitJS(`document.getElementById("lock-note") !== null`)
			if n := p.text("#lock-note"); !strings.Contains(n, "won't keep the screen on") {
				t.Errorf("lock note = %q", n)
			}
			// The controls take taps: chromedp clicks at the element's
			// centre, so anything covering it would take the click instead.
			p.click("#player-pause")
			p.waitJS(`document.getElementById("paused-note") !== null`)
			p.click("#lock-note-ok")
			// The note's going moves the controls up: tap once they have
			// settled, as a finger would (a click aimed a frame before the
			// move lands on whatever moved under it).
			p.waitJS(`document.getElementById("lock-note") === null && new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
			p.click("#player-pause") // resuming asks for the lock again, and is refused again
			p.waitJS(`document.getElementById("paused-note") === null`)
			p.click("#player-skip")
			var notes int
			p.eval(`new Promise(r => setTimeout(() => r(document.querySelectorAll("#lock-note").length), 300))`, &notes)
			if notes != 0 {
				t.Error("the lock note came back after OK")
			}
			p.click("#player-end")
			p.click("#end-confirm")
			p.waitJS(`document.getElementById("player-done") !== null`)
			noPanic(t, p)
		})
	}
}

// TestBlockingAnswerHoldsOnTheNextStart: an emergency sign in the
// before-you-start check stops the routine, and opening it again asks
// again instead of starting.
func TestBlockingAnswerHoldsOnTheNextStart(t *testing.T) {
	p := newPage(t)
	p.open("/routines/desk-break/play")
	p.click("#player-start")
	p.waitJS(`document.getElementById("precheck-form") !== null`)
	p.click(`#precheck-form input[type="checkbox"]`)
	p.click("#precheck-submit")
	p.waitJS(`document.getElementById("blocked-h") !== null`)

	p.open("/routines/desk-break/play")
	p.click("#player-start")
	p.waitJS(`document.getElementById("precheck-form") !== null || document.getElementById("player") !== null`)
	var running bool
	p.eval(`document.getElementById("player") !== null`, &running)
	if running {
		t.Fatal("the routine started with no check after a blocking answer")
	}
	// A clear check then lets it start.
	p.click("#precheck-submit")
	p.waitJS(`document.getElementById("player") !== null`)
}

func TestSteppersStepEveryPress(t *testing.T) {
	p := newPage(t)
	p.open("/timer")
	for range 3 {
		p.click("#sets-plus")
	}
	p.waitJS(`document.getElementById("sets-value").textContent === "4"`)
	if href := p.text("#sets-value"); href != "4" {
		t.Errorf("repeats = %s after three presses", href)
	}
	var start string
	p.eval(`document.getElementById("timer-start").getAttribute("href")`, &start)
	if !strings.Contains(start, "sets=4") {
		t.Errorf("Start goes to %s, want 4 repeats", start)
	}
	for range 2 {
		p.click("#sets-minus")
	}
	p.waitJS(`document.getElementById("sets-value").textContent === "2"`)

	p.click("#mode-reps")
	p.waitJS(`document.getElementById("target-value") !== null`)
	for range 3 {
		p.click("#target-plus")
	}
	p.waitJS(`document.getElementById("target-value").textContent === "15"`)
	for range 5 {
		p.click("#target-minus")
	}
	p.waitJS(`document.getElementById("target-value").textContent === "10"`)
}

// cueCounter counts the beeps and utterances the page makes.
const cueCounter = `(() => {
	window.__beeps = 0; window.__spoken = [];
	const osc = AudioContext.prototype.createOscillator;
	AudioContext.prototype.createOscillator = function () { window.__beeps++; return osc.call(this); };
	if (window.speechSynthesis) speechSynthesis.speak = (u) => { window.__spoken.push(u.text); };
})();`

func TestTestCuesPlayWhatIsSwitchedOn(t *testing.T) {
	p := newPage(t)
	injectScript(p, cueCounter)
	p.open("/settings")
	p.click("#test-cues")
	p.waitJS(`window.__beeps > 0 && window.__spoken.length > 0`)
	p.click("#set-sound") // off
	p.waitJS(`document.getElementById("set-sound").checked === false`)
	var before float64
	p.eval(`window.__beeps`, &before)
	p.click("#test-cues")
	p.waitJS(`window.__spoken.length > 1`)
	var after float64
	p.eval(`window.__beeps`, &after)
	if after != before {
		t.Errorf("Test cues beeped with sound switched off (%v → %v)", before, after)
	}
	noPanic(t, p)
}

// TestSpaceAfterResumePauses: focus stays on the pause button through
// Pause and Resume, so Space pauses again rather than pressing End.
func TestSpaceAfterResumePauses(t *testing.T) {
	p := newPage(t)
	startRoutine(p, holdsEachSide)
	p.click("#player-pause")
	p.waitJS(`document.getElementById("paused-note") !== null`)
	p.click("#player-pause")
	p.waitJS(`document.getElementById("paused-note") === null && document.activeElement?.id === "player-pause"`)
	k := &keyboard{p: p}
	k.press(" ")
	p.waitJS(`document.getElementById("paused-note") !== null && document.getElementById("player") !== null`)
}

// TestEndingAsksFirst: End and Close pause and ask; Keep going carries on.
func TestEndingAsksFirst(t *testing.T) {
	p := newPage(t)
	startRoutine(p, holdsEachSide)
	p.click("#player-end")
	p.waitJS(`document.getElementById("end-dialog") !== null && document.getElementById("paused-note") !== null && document.activeElement?.id === "end-keep"`)
	p.click("#end-keep")
	p.waitJS(`document.getElementById("end-dialog") === null && document.getElementById("paused-note") === null`)

	p.click("#player-close")
	p.waitJS(`document.getElementById("end-dialog") !== null`)
	p.click("#end-confirm")
	p.waitJS(`location.pathname === "/timer" || location.pathname === "/routines"`)
	noPanic(t, p)
}

// TestOneStart: Start on a routine page begins the routine (its check
// first); the player's own Start is only for links straight to it.
func TestOneStart(t *testing.T) {
	p := newPage(t)
	p.open("/routines/desk-break")
	p.click("#start-routine")
	p.waitJS(`location.pathname === "/routines/desk-break/play" && document.getElementById("precheck-form") !== null`)
	p.click("#precheck-submit")
	p.waitJS(`document.getElementById("player") !== null`)

	p.open("/timer")
	p.click("#timer-start")
	p.waitJS(`location.pathname === "/routines/quick/play" && document.getElementById("player") !== null`)
	noPanic(t, p)
}

// TestSomethingWrongAsksWhatHappened: the call comes first, the answer
// gives advice, and Back returns to the paused session, not a lost one.
func TestSomethingWrongAsksWhatHappened(t *testing.T) {
	p := newPage(t)
	startRoutine(p, holdsEachSide)
	p.click("#player-wrong")
	p.waitJS(`document.getElementById("wrong-h") !== null`)
	var call string
	p.eval(`document.getElementById("call-now").getAttribute("href")`, &call)
	if !strings.HasPrefix(call, "tel:") {
		t.Errorf("call button goes to %q", call)
	}
	p.click("#wrong-leg-pain")
	p.waitJS(`document.getElementById("wrong-advice") !== null`)
	if a := p.text("#wrong-advice"); !strings.Contains(a, "red-flag check") {
		t.Errorf("advice for pain down a leg = %q", a)
	}
	// A mis-tap can be taken back: the choices come again.
	p.click("#wrong-change")
	p.waitJS(`document.getElementById("wrong-advice") === null && document.getElementById("wrong-dizzy") !== null`)
	p.click("#wrong-dizzy")
	p.waitJS(`document.getElementById("wrong-advice") !== null`)
	var run string
	p.eval(`localStorage.getItem("limber.run") || ""`, &run)
	if !strings.Contains(run, `"paused":true`) {
		t.Errorf("the session was not kept paused: %s", run)
	}
	p.click("#wrong-back")
	p.waitJS(`document.getElementById("player") !== null && document.getElementById("paused-note") !== null`)
	noPanic(t, p)
}

func TestHelpCallsFirst(t *testing.T) {
	p := newPage(t)
	p.open("/help")
	p.waitJS(`document.getElementById("help-call")?.getAttribute("href")?.startsWith("tel:")`)
	var first string
	p.eval(`document.querySelector("#emergency-h").parentElement.querySelector("a").id`, &first)
	if first != "help-call" {
		t.Errorf("first action in the emergency box is %q, want the call", first)
	}
}

// TestShortSessionSaysItIsNotKept: a session ended after a few seconds
// says it isn't in history, rather than claiming it was saved.
func TestShortSessionSaysItIsNotKept(t *testing.T) {
	p := newPage(t)
	startRoutine(p, holdsEachSide)
	p.click("#player-end")
	p.click("#end-confirm")
	p.waitJS(`document.getElementById("player-done") !== null`)
	if got := p.text("#player-done .lead"); !strings.Contains(got, "under 30 seconds aren't added") {
		t.Errorf("done screen says %q", got)
	}
}

// TestFocusStaysThroughAStepChange: a step change re-draws the player;
// focus must not drop to the page.
func TestFocusStaysThroughAStepChange(t *testing.T) {
	p := newPage(t)
	startRoutine(p, holdsEachSide)
	p.waitJS(`document.getElementById("player")?.dataset.phase === "get-ready" && document.activeElement?.id === "player-pause"`)
	p.waitJS(`document.getElementById("player").dataset.phase === "hold"`)
	p.waitJS(`document.activeElement?.id === "player-pause"`)
}

// TestQuickTimerStartScreenSaysWhatItIs: a link straight to a quick
// timer shows its exact time and holds, the exercise's own advice, and the
// Timer tab; not a routine's empty exercise list.
func TestQuickTimerStartScreenSaysWhatItIs(t *testing.T) {
	p := newPage(t)
	p.open("/routines/quick/play?hold=30&sides=2&sets=1&name=plank")
	p.waitJS(`document.getElementById("player-start") !== null`)
	main := p.text("#main")
	for _, want := range []string{"Plank", "30 s, each side", "1 min 10 s", "braced"} {
		if !strings.Contains(main, want) {
			t.Errorf("start screen lacks %q:\n%s", want, main)
		}
	}
	for _, unwanted := range []string{"Exercises", "Static stretches", "No equipment"} {
		if strings.Contains(main, unwanted) {
			t.Errorf("start screen says %q:\n%s", unwanted, main)
		}
	}
	var current string
	p.eval(`document.querySelector('nav [aria-current="page"]')?.textContent || ""`, &current)
	if !strings.Contains(current, "Timer") {
		t.Errorf("current tab = %q, want Timer", current)
	}
	p.open("/timer?name=foam-roll-hamstrings&hold=45")
	if a := p.text("#hold-advice"); !strings.Contains(a, "Roll slowly") {
		t.Errorf("timer advice for foam rolling = %q", a)
	}
}

package app

import (
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/i18n"
	"limber/app/workout"
)

// The player's controls: keys, pause, ending and "something's wrong", the
// screen lock and page visibility, and where keyboard focus goes.

// focusSoon shows the new stage from its top and moves keyboard focus to
// the element with this id once go-app has drawn it: the button that was
// pressed is gone, and focus would otherwise fall back to the document.
func (p *RoutinePlayer) focusSoon(id string) {
	if p.mounted.Src() == nil {
		return
	}
	p.mounted.Defer(func(goapp.Context) {
		goapp.Window().Call("scrollTo", 0, 0)
		focusID(id)
	})
}

func (p *RoutinePlayer) acquireLock(ctx goapp.Context) {
	if p.mounted.Src() != nil {
		ctx = p.mounted
	}
	p.lock.Acquire(func(ok bool) {
		ctx.Dispatch(func(goapp.Context) {
			if ok {
				p.lockNote = false
				return
			}
			if !p.lockNoted && p.stage == stageRunning {
				p.lockNote, p.lockNoted = true, true
				// Said once, then out of the way of the controls.
				ctx.After(10*time.Second, func(goapp.Context) { p.lockNote = false })
			}
		})
	})
}

func (p *RoutinePlayer) listenVisibility(ctx goapp.Context) func() {
	doc := goapp.Window().Get("document")
	// "resume" follows a frozen page (a locked phone) coming back.
	return browser.OnTargetEvents(ctx, doc, []string{"visibilitychange", "resume"}, func(ctx goapp.Context) {
		if p.stage != stageRunning {
			return
		}
		if doc.Get("visibilityState").String() != "visible" {
			// Hidden is the last moment a phone reliably lets a page
			// write before it may kill the tab.
			p.checkpoint()
			return
		}
		p.tick(ctx) // jump to the right step at once, silently
		if p.lock.Wanted() {
			p.acquireLock(ctx)
		}
	})
}

// listenKeys: space pauses or resumes, arrows skip and go back. Keys aimed
// at a focused control are left to it.
func (p *RoutinePlayer) listenKeys(ctx goapp.Context) func() {
	cb := goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
		ev := args[0]
		key := ev.Get("key").String()
		if key != " " && key != "ArrowRight" && key != "ArrowLeft" {
			return nil
		}
		if ev.Get("altKey").Bool() || ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool() {
			return nil // browser shortcuts (Alt+← is Back)
		}
		tag := strings.ToLower(ev.Get("target").Get("tagName").String())
		switch tag {
		case "input", "select", "textarea":
			return nil // fields use all three keys
		case "button", "a", "summary":
			if key == " " {
				return nil // Space presses the focused control itself
			}
		}
		ev.Call("preventDefault")
		ctx.Dispatch(func(ctx goapp.Context) { p.key(ctx, key) })
		return nil
	})
	goapp.Window().Call("addEventListener", "keydown", cb)
	return func() {
		goapp.Window().Call("removeEventListener", "keydown", cb)
		cb.Release()
	}
}

func (p *RoutinePlayer) key(ctx goapp.Context, key string) {
	if p.stage != stageRunning || p.confirm != "" {
		return
	}
	switch key {
	case " ":
		p.togglePause(ctx, goapp.Event{})
	case "ArrowRight":
		p.control(ctx, p.engine.Skip)
	case "ArrowLeft":
		p.control(ctx, p.engine.Back)
	}
}

func (p *RoutinePlayer) control(ctx goapp.Context, f func()) {
	if p.engine == nil {
		return
	}
	f()
	p.tick(ctx)
	p.checkpoint()
}

func (p *RoutinePlayer) togglePause(ctx goapp.Context, e goapp.Event) {
	if p.engine == nil {
		return
	}
	if p.snap.Paused {
		p.cues.Unlock()
		p.engine.Resume()
		p.sayLive = i18n.T("Resumed")
		p.acquireLock(ctx)
	} else {
		p.pause()
		p.sayLive = i18n.T("Paused")
	}
	p.tick(ctx)
	// The button's icon and the paused note change around it: keep focus
	// on it, so Space (which the hint says pauses) never lands elsewhere.
	p.focusLater("player-pause")
}

// keepFocus puts focus back on Pause when a step change re-created the
// focused control (go-app rebuilds elements whose place in the page
// changed), so the keyboard never drops to the page's start.
func (p *RoutinePlayer) keepFocus() {
	if p.mounted.Src() == nil || p.stage != stageRunning {
		return
	}
	p.mounted.Defer(func(goapp.Context) {
		doc := goapp.Window().Get("document")
		if a := doc.Get("activeElement"); !a.Truthy() || a.Equal(doc.Get("body")) {
			focusID("player-pause")
		}
	})
}

// pause stops the clock, speech and the screen lock together.
func (p *RoutinePlayer) pause() {
	p.engine.Pause()
	p.cues.Stop()
	p.lock.Release()
}

// focusLater moves focus to id once go-app has drawn, without scrolling
// the page as focusSoon does for a new stage.
func (p *RoutinePlayer) focusLater(id string) {
	if p.mounted.Src() == nil {
		return
	}
	p.mounted.Defer(func(goapp.Context) { focusID(id) })
}

// askEnd pauses the run and asks before ending it (End) or leaving it
// (Close): one stray tap must not end a routine.
func (p *RoutinePlayer) askEnd(target string) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) {
		if p.engine == nil {
			return
		}
		p.resumeAfter = !p.snap.Paused
		if p.resumeAfter {
			p.togglePause(ctx, e)
		}
		p.confirm = target
		p.focusLater("end-keep")
	}
}

// keepGoing closes the question and carries on as before it.
func (p *RoutinePlayer) keepGoing(ctx goapp.Context, e goapp.Event) {
	p.confirm = ""
	if p.resumeAfter {
		p.togglePause(ctx, e)
	}
	p.focusLater("player-pause")
}

// confirmEnd ends the run; Close then leaves the player.
func (p *RoutinePlayer) confirmEnd(ctx goapp.Context, e goapp.Event) {
	leave := p.confirm == "close"
	p.confirm = ""
	p.endEarly(ctx, e)
	if leave {
		ctx.Navigate(i18n.Path(p.backTo))
		return
	}
	p.focusSoon("done-h")
}

// somethingWrong pauses, keeps the session so far and asks what happened.
func (p *RoutinePlayer) somethingWrong(ctx goapp.Context, e goapp.Event) {
	if p.engine == nil {
		return
	}
	if !p.snap.Paused && !p.snap.Finished {
		p.pause()
		p.tick(ctx)
	}
	p.checkpoint() // also resumable from the check page, or after a reload
	p.number = emergencyNumberHere()
	p.wrong = ""
	p.stage = stageWrong
	p.focusSoon("wrong-h")
}

func (p *RoutinePlayer) endEarly(ctx goapp.Context, e goapp.Event) {
	p.endedEarly = true
	clearRun()
	p.saveSession(false)
	p.engine.Finish()
	p.tick(ctx)
	p.stage = stageDone
	p.stopSession()
}

// do carries out what a tap on the RunScreen asks for.
func (p *RoutinePlayer) do(ctx goapp.Context, e goapp.Event, i runIntent) {
	switch i {
	case intentClose:
		p.askEnd("close")(ctx, e)
	case intentEnd:
		p.askEnd("end")(ctx, e)
	case intentBack:
		p.control(ctx, func() { p.engine.Back() })
	case intentSkip:
		p.control(ctx, func() { p.engine.Skip() })
	case intentTogglePause:
		p.togglePause(ctx, e)
	case intentRepDone:
		p.control(ctx, func() { p.engine.RepDone() })
	case intentLess:
		p.control(ctx, func() { p.engine.Adjust(-workout.AdjustStep) })
	case intentMore:
		p.control(ctx, func() { p.engine.Adjust(workout.AdjustStep) })
	case intentWrong:
		p.somethingWrong(ctx, e)
	case intentKeepGoing:
		p.keepGoing(ctx, e)
	case intentConfirmEnd:
		p.confirmEnd(ctx, e)
	case intentLockNoteSeen:
		p.lockNote = false
	}
}

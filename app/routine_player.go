package app

import (
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/i18n"
	"limber/app/plan"
	"limber/app/storage"
	"limber/app/store"
	"limber/app/view"
	"limber/app/workout"
	"limber/content"
)

type playerStage int

const (
	stageReady    playerStage = iota // overview and Start
	stagePreCheck                    // before-you-start red-flag check (PreCheck)
	stageRunning                     // the engine is running or paused
	stageDone                        // finished (or ended early)
	stageWrong                       // "what happened?" after Stop: something's wrong
)

// RoutinePlayer walks through a routine hands-free: countdown ring, side,
// cue, what's next, large controls, sound, voice, vibration and wake lock.
type RoutinePlayer struct {
	goapp.Compo

	// loaded is false until OnNav has read the URL (a frame after the
	// first render, and the query is not known before it).
	loaded  bool
	routine content.Routine
	backTo  string // where "Close" goes
	loadErr string
	phases  []workout.Phase

	stage  playerStage
	engine *workout.Engine
	snap   workout.Snapshot
	cues   browser.CueOutput
	lock   browser.WakeLock
	// lockNote says once per run that the screen may sleep: the browser
	// refused the wake lock. It never covers the controls.
	lockNote, lockNoted bool
	// confirm is "end" or "close" while the player asks before ending a
	// run; resumeAfter says it paused the run to ask.
	confirm     string
	resumeAfter bool
	wrong       string // the answer to "what happened?"
	endedEarly  bool
	saved       bool
	saveErr     string // why the session could not be stored, shown when done
	sessionID   string // one history record per run, rewritten as it goes
	started     time.Time
	path        string     // this player's URL, query included, for the run record
	quick       quickTimer // the settings, when this is the quick timer
	planStep    string     // the plan session this is ("loosen-up/1/2"), if any
	checkKey    string     // names this run's check-ins

	resume    runRecord // a stopped run of this routine, offered on the ready stage
	canResume bool
	resumeMsg string // what happened to the offer
	sayLive   string // aria-live text at key moments, never every second

	number string // emergency number for "what happened?"

	stop    chan struct{}
	release []func()
	// mounted is the component's own context. Async work dispatches through
	// it: a button's context dies with the button, and go-app then drops
	// the dispatch silently.
	mounted goapp.Context
}

// load resolves the routine named by the URL and resets all state: go-app
// reuses this instance across routines.
func (p *RoutinePlayer) load(ctx goapp.Context) {
	p.stopSession()
	*p = RoutinePlayer{Compo: p.Compo, mounted: p.mounted, release: p.release, loaded: true}
	path := strings.TrimSuffix(routePath(ctx), "/play")
	slug := strings.TrimPrefix(path, "/routines/")
	r, back, phases, err := resolvePlan(slug, ctx.Page().URL().Query())
	p.routine, p.backTo, p.phases = r, back, phases
	p.quick = parseQuickTimer(ctx.Page().URL().Query())
	if text := ctx.Page().URL().Query().Get("plan"); text != "" && err == nil {
		if _, _, step, perr := planRoutine(slug, text); perr == nil {
			p.planStep = step.String()
		}
	}
	if slug == "saved" && err == nil && goapp.IsClient {
		// A routine in the plan: history knows the session was for it.
		if sr, ok := storage.SavedRoutine(ctx.Page().URL().Query().Get("id")); ok && !sr.Followed.IsZero() {
			p.planStep = plan.HomeStep(sr.ID)
		}
	}
	if err != nil {
		p.loadErr = i18n.T(err.Error())
	}
	p.path = routePath(ctx) + querySuffix(ctx)
	if run, ok := loadRun(time.Now()); ok && err == nil && run.Path == p.path {
		p.resume, p.canResume = run, true
	}
	if goapp.IsClient && err == nil && startOnArrival == p.path {
		// The Start just tapped on the page before: no second Start.
		startOnArrival = ""
		ctx.Dispatch(func(ctx goapp.Context) { p.start(ctx, goapp.Event{}) })
	}
	applyMeta(ctx, pageMeta{Title: i18n.F("Play: {name}", "name", i18n.T(r.Name)), Description: r.Summary, Path: routePath(ctx)})
}

func (p *RoutinePlayer) OnPreRender(ctx goapp.Context) { p.load(ctx) }
func (p *RoutinePlayer) OnNav(ctx goapp.Context)       { p.load(ctx) }

func (p *RoutinePlayer) OnMount(ctx goapp.Context) {
	p.mounted = ctx
	p.release = append(p.release, p.listenKeys(ctx), p.listenVisibility(ctx))
}

// OnDismount keeps a routine left mid-way (Back, a link) resumable.
func (p *RoutinePlayer) OnDismount() {
	if p.stage == stageRunning && !p.saved {
		p.engine.Pause()
		p.checkpoint()
		p.saveSession(false)
	}
	p.teardown()
}

// teardown stops the session and frees the listeners: go-app never
// cancels a component's context, so this is done by hand.
func (p *RoutinePlayer) teardown() {
	p.stopSession()
	for _, r := range p.release {
		r()
	}
	p.release = nil
}

// stopSession stops the ticker, the wake lock and speech.
func (p *RoutinePlayer) stopSession() {
	p.stopClock()
	if goapp.IsClient {
		p.cues.Stop()
	}
}

// stopClock stops the ticker and lets the screen sleep, leaving speech
// alone so "well done" is still heard at the finish.
func (p *RoutinePlayer) stopClock() {
	if p.stop != nil {
		close(p.stop)
		p.stop = nil
	}
	if goapp.IsClient {
		p.lock.Release()
	}
	playerBusy = false
}

func (p *RoutinePlayer) Render() goapp.UI {
	if !p.loaded {
		return shell(view.TabNone, view.Opening())
	}
	if p.loadErr != "" {
		return shell(view.TabRoutines, view.LinkProblem(i18n.T("This routine can't be opened"), p.loadErr, nil))
	}
	switch p.stage {
	case stagePreCheck:
		return shell(view.TabRoutines, &PreCheck{OnPass: p.begin})
	case stageRunning:
		return &RunScreen{Routine: p.routine.Name, Snap: p.snap, LockNote: p.lockNote, Live: p.sayLive, Confirm: p.confirm != "", Session: p}
	case stageWrong:
		return p.renderWrong()
	case stageDone:
		return shell(view.TabRoutines, &SessionDone{Routine: p.routine.Name, Active: p.snap.ActiveTime, SaveErr: p.saveErr, EndedEarly: p.endedEarly,
			Skipped: p.snap.Completed*2 < p.snap.Total, CheckKey: p.checkIns(), SessionID: p.sessionID})
	}
	startLabel, startClass := i18n.T("Start"), "button primary big"
	if p.canResume {
		startLabel, startClass = i18n.T("Start from the beginning"), "button"
	}
	var actions []goapp.UI
	if p.checkIns() != "" {
		actions = append(actions, p.beforeCheckIn())
	}
	actions = append(actions,
		view.Elem("button", startClass, view.Icon(view.IconPlay), view.ElText("span", "", startLabel)).ID("player-start").Attr("type", "button").OnClick(p.start),
		view.LinkText("button", p.backTo, "Back"),
	)
	overview, tab := view.RoutineOverview(p.routine, actions...), view.TabRoutines
	if p.routine.Slug == "quick" {
		overview, tab = quickOverview(p.quick, p.phases, actions...), view.TabTimer
	}
	return shell(tab,
		goapp.If(p.canResume, p.renderResumeOffer),
		goapp.If(p.resumeMsg != "", func() goapp.UI {
			return view.ElemText("p", "share-note", p.resumeMsg).ID("resume-note").Role("status")
		}),
		overview,
		view.ElText("p", "disclaimer", "Sound, voice and vibration cues can be switched in Settings. The screen stays on while the routine runs, where the browser allows it."),
	)
}

// checkIns is the key naming this run's check-ins, or "" for the quick
// timer, which asks none: one hold is too little to compare.
func (p *RoutinePlayer) checkIns() string {
	if p.routine.Slug == "quick" {
		return ""
	}
	if p.checkKey == "" {
		p.checkKey = "c" + store.NewID(time.Now())
	}
	return p.checkKey
}

// beforeCheckIn asks, optionally, how the person feels before starting.
func (p *RoutinePlayer) beforeCheckIn() goapp.UI {
	return view.Elem("section", "checkin before",
		view.ElemText("h2", "", "Before you start (optional)").ID("before-h"),
		sessionScale(p.checkKey, "before", "", store.MeasurePain),
		sessionScale(p.checkKey, "before", "", store.MeasureStiffness),
	).Aria("labelledby", "before-h")
}

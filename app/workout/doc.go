// Package workout is Limber's timer engine: a pure Go state machine that
// walks a stretching routine phase by phase. It has no UI and no go-app
// import, so it runs the same under WebAssembly and in plain Go tests.
//
// BuildPlan expands routine steps into a flat list of phases (get ready,
// holds per side, switch sides, paced or counted reps, rests, done). An
// Engine runs that list against an injected Clock.
//
// Time comes from deadlines on the wall clock, never from counting ticks:
// each phase starts exactly at the previous phase's deadline, so Update may
// be called at any rate, irregularly, or not at all for minutes (hidden tab,
// locked phone) and still lands on the right phase and remaining time.
// Cues (things to speak) live at fixed times inside their phase; a cue is
// emitted only if it is due and at most CueTolerance old, so a long gap never
// replays a burst of stale countdowns. The one exception is the Finished cue,
// emitted once (marked Late) even after a gap, because the UI saves history
// on it.
//
// The Engine is safe for concurrent use, but it is meant to be driven from
// one place: call Update on every frame or tick and on visibility changes,
// speak the returned cues, then render Snapshot.
package workout

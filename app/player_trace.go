package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/workout"
)

// Benchmark traces of the player's phase changes, read by `make bench`.

// traceTransition records phase changes on window.limberTrace, which the
// timing benchmark reads to compare each hold's end with the wall clock.
func traceTransition(s workout.Snapshot) {
	w := goapp.Window()
	tr := w.Get("limberTrace")
	if !tr.Truthy() {
		return
	}
	tr.Call("push", map[string]any{
		"index":    s.Index,
		"kind":     s.Phase.Kind.String(),
		"duration": s.Phase.Duration.Milliseconds(),
		"at":       w.Get("Date").Call("now").Float(),
		"elapsed":  s.Elapsed.Milliseconds(),
		"finished": s.Finished,
		"visible":  w.Get("document").Get("visibilityState").String(),
	})
}

// tracePlan records every phase's planned duration (ms) on
// window.limberPlan, beside window.limberTrace, for the benchmark.
func tracePlan(phases []workout.Phase) {
	w := goapp.Window()
	if !w.Get("limberTrace").Truthy() {
		return
	}
	plan := make([]any, len(phases))
	for i, ph := range phases {
		plan[i] = ph.Duration.Milliseconds()
	}
	w.Set("limberPlan", plan)
}

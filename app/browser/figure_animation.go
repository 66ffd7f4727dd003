package browser

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// ReducedMotion reports whether the person asked their device for less
// motion (prefers-reduced-motion). A browser without matchMedia counts as
// not asking.
func ReducedMotion() (reduce bool) {
	defer func() {
		if recover() != nil {
			reduce = false
		}
	}()
	w := goapp.Window()
	if w.Get("matchMedia").Type() != goapp.TypeFunction {
		return false
	}
	return w.Call("matchMedia", "(prefers-reduced-motion: reduce)").Get("matches").Bool()
}

// RunFigure starts, restarts, pauses or resumes the SMIL animations of the
// figure inside root. key names the loop (exercise, length, phase): when
// it differs from the one the drawing was started with, the loop starts
// again from the first pose, so reps line up with the player's beeps. A
// browser without SMIL scripting just shows the first pose.
func RunFigure(root goapp.Value, key string, playing bool) {
	defer func() { _ = recover() }()
	if root.Type() != goapp.TypeObject || root.Get("querySelector").Type() != goapp.TypeFunction {
		return
	}
	svg := root.Call("querySelector", "svg")
	if svg.Type() != goapp.TypeObject || svg.Get("pauseAnimations").Type() != goapp.TypeFunction {
		return
	}
	if playing && svg.Get("limberLoop").Type() != goapp.TypeString || playing && svg.Get("limberLoop").String() != key {
		anims := svg.Call("querySelectorAll", "animate")
		for i := 0; i < anims.Length(); i++ {
			anims.Index(i).Call("beginElement")
		}
		svg.Set("limberLoop", key)
	}
	if playing {
		svg.Call("unpauseAnimations")
		return
	}
	svg.Call("pauseAnimations")
}

// WatchReducedMotion calls fn whenever the reduced-motion setting changes
// while the page is open, and returns the function that stops watching.
// Browsers without change events on media queries are not watched.
func WatchReducedMotion(ctx goapp.Context, fn func(reduce bool)) (stop func()) {
	stop = func() {}
	if goapp.IsServer {
		return stop
	}
	defer func() { _ = recover() }()
	w := goapp.Window()
	if w.Get("matchMedia").Type() != goapp.TypeFunction {
		return stop
	}
	mql := w.Call("matchMedia", "(prefers-reduced-motion: reduce)")
	if mql.Get("addEventListener").Type() != goapp.TypeFunction {
		return stop
	}
	return OnTargetEvents(ctx, mql, []string{"change"}, func(goapp.Context) { fn(ReducedMotion()) })
}

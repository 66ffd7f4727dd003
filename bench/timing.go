package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// traceEntry is what the player pushes to window.limberTrace at each phase
// change (see app/routine_player.go).
type traceEntry struct {
	Index    int     `json:"index"`
	Kind     string  `json:"kind"`
	Duration float64 `json:"duration"` // ms
	At       float64 `json:"at"`       // ms since the epoch
	Finished bool    `json:"finished"`
}

// The benchmark routine: real holds, per side, with rests (about 70 s).
const benchRoutine = "/routines/quick/play?hold=10&sides=2&sets=2"

func browserOptions(throttle bool) []chromedp.ExecAllocatorOption {
	opts := append([]chromedp.ExecAllocatorOption{}, chromedp.DefaultExecAllocatorOptions[:]...)
	opts = append(opts,
		chromedp.ExecPath("/usr/bin/chromium"),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.WindowSize(390, 844),
	)
	if throttle {
		// chromedp turns background throttling off; a phone does not.
		opts = append(opts,
			chromedp.Flag("disable-background-timer-throttling", false),
			chromedp.Flag("disable-backgrounding-occluded-windows", false),
			chromedp.Flag("disable-renderer-backgrounding", false),
		)
	}
	return opts
}

func timingBench(base string) ([]section, error) {
	visible, err := runVisible(base)
	if err != nil {
		return nil, fmt.Errorf("visible run: %w", err)
	}
	hidden, err := runHidden(base)
	if err != nil {
		return nil, fmt.Errorf("hidden run: %w", err)
	}
	return []section{visible, hidden}, nil
}

func newTab(throttle bool) (context.Context, func(), error) {
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserOptions(throttle)...)
	ctx, cancel := chromedp.NewContext(alloc)
	ctx, cancelT := context.WithTimeout(ctx, 4*time.Minute)
	stop := func() { cancelT(); cancel(); cancelAlloc() }
	if err := chromedp.Do(ctx); err != nil {
		stop()
		return nil, nil, err
	}
	return ctx, stop, nil
}

// startRoutine opens the player with a recent safety check stored, starts
// it and returns once the first phase is traced.
func startRoutine(ctx context.Context, base string) error {
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/check"),
		void(chromedp.Poll[bool](`!document.getElementById("app-wasm-loader")`)),
		chromedp.Click(chromedp.CSS("#check-submit"), chromedp.NodeVisible),
		void(chromedp.Poll[bool](`document.getElementById("check-result") !== null`)),
		chromedp.Navigate(base+benchRoutine),
		void(chromedp.Poll[bool](`!document.getElementById("app-wasm-loader")`)),
		void(chromedp.Evaluate[bool](`window.limberTrace = []; true`)),
		chromedp.Click(chromedp.CSS("#player-start"), chromedp.NodeVisible),
		void(chromedp.Poll[bool](`window.limberTrace.length > 0`)),
	); err != nil {
		return err
	}
	return nil
}

func readTrace(ctx context.Context) ([]traceEntry, error) {
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](`window.limberTrace`))
	if err != nil {
		return nil, err
	}
	var tr []traceEntry
	return tr, json.Unmarshal(raw, &tr)
}

// lags compares each traced phase start with the ideal schedule: the first
// phase's start plus the planned durations of the phases before it.
func lags(tr []traceEntry, durations []float64) []float64 {
	var out []float64
	for _, e := range tr[1:] {
		if e.Index >= len(durations) {
			continue
		}
		ideal := tr[0].At
		for i := tr[0].Index; i < e.Index; i++ {
			ideal += durations[i]
		}
		out = append(out, e.At-ideal)
	}
	return out
}

// durationsOf collects each phase's planned duration from the trace.
func durationsOf(tr []traceEntry) []float64 {
	var d []float64
	for _, e := range tr {
		for len(d) <= e.Index {
			d = append(d, 0)
		}
		d[e.Index] = e.Duration
	}
	return d
}

func runVisible(base string) (section, error) {
	ctx, stop, err := newTab(false)
	if err != nil {
		return section{}, err
	}
	defer stop()
	if err := startRoutine(ctx, base); err != nil {
		return section{}, err
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.limberTrace.some(e => e.finished)`, chromedp.WithPollingTimeout(3*time.Minute))); err != nil {
		return section{}, err
	}
	tr, err := readTrace(ctx)
	if err != nil {
		return section{}, err
	}
	l := lags(tr, durationsOf(tr))
	maxLag, p50 := stats(l)
	verdict := "meets the 50 ms target"
	if maxLag > 50 {
		verdict = "MISSES the 50 ms target"
	}
	return section{
		Title: "Timer accuracy, page visible",
		Note:  fmt.Sprintf("Routine `%s` in headless Chromium: each phase change (hold end) compared with the ideal schedule from the start time. Target: at most 50 ms at every hold end. Result: %s.", benchRoutine, verdict),
		Rows: [][]string{
			{"phase changes", "median lag", "worst lag"},
			{fmt.Sprint(len(l)), ms(p50), ms(maxLag)},
		},
	}, nil
}

func runHidden(base string) (section, error) {
	ctx, stop, err := newTab(true)
	if err != nil {
		return section{}, err
	}
	defer stop()
	if err := startRoutine(ctx, base); err != nil {
		return section{}, err
	}
	win, err := chromedp.Run(ctx, func(ctx context.Context, t *chromedp.Target) (browser.WindowID, error) {
		res, err := cdp.Call(ctx, t, browser.GetWindowForTarget, browser.GetWindowForTargetParams{})
		return res.WindowID, err
	})
	if err != nil {
		return section{}, err
	}
	setState := func(s browser.WindowState) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := chromedp.CallBrowser(ctx, browser.SetWindowBounds, browser.SetWindowBoundsParams{WindowID: win, Bounds: &browser.Bounds{WindowState: s}})
			return err
		})
	}
	lifecycle := func(state page.SetWebLifecycleStateState) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, page.SetWebLifecycleState, page.SetWebLifecycleStateParams{State: state})
			return err
		})
	}
	// Hide and freeze the page for 25 s in the middle of the routine, as a
	// locked phone would, then bring it back.
	hiddenFor := 25 * time.Second
	if err := chromedp.Do(ctx,
		void(chromedp.Poll[bool](`window.limberTrace.length >= 3`)),
		setState(browser.WindowStateMinimized),
		lifecycle(page.SetWebLifecycleStateStateFrozen),
		chromedp.Sleep(hiddenFor), // the gap itself is what is being measured
		lifecycle(page.SetWebLifecycleStateStateActive),
		setState(browser.WindowStateNormal),
		void(chromedp.Evaluate[bool](`window.limberBack = Date.now(); document.dispatchEvent(new Event("visibilitychange")); true`)),
		void(chromedp.Poll[bool](`window.limberTrace.some(e => e.at >= window.limberBack)`)),
	); err != nil {
		return section{}, err
	}
	// What the player shows now against what the schedule says.
	var state struct {
		Back    float64      `json:"back"`
		Index   int          `json:"index"`
		Count   int          `json:"count"`
		Trace   []traceEntry `json:"trace"`
		ShownAt float64      `json:"shownAt"`
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](`({back: window.limberBack, index: Number(document.getElementById("player").dataset.index), count: Number(document.getElementById("countdown").textContent), trace: window.limberTrace, shownAt: Date.now()})`))
	if err != nil {
		return section{}, err
	}
	if err := json.Unmarshal(raw, &state); err != nil {
		return section{}, err
	}
	d := durationsOf(state.Trace)
	wantIdx, wantRemain := scheduleAt(state.Trace[0], d, state.ShownAt)
	var catchUp float64
	for _, e := range state.Trace {
		if e.At >= state.Back {
			catchUp = e.At - state.Back
			break
		}
	}
	stepOK := state.Index == wantIdx
	timeErr := math.Abs(float64(state.Count) - math.Ceil(wantRemain/1000))
	verdict := "meets the target (right step, time within 1 s, within 1 s of becoming visible)"
	if !stepOK || timeErr > 1 || catchUp > 1000 {
		verdict = "MISSES the target"
	}
	return section{
		Title: "Timer accuracy, page hidden and frozen",
		Note:  fmt.Sprintf("Same routine with Chromium's background throttling on; the window is minimised and the page frozen for %s mid-routine, then shown again. Target: the right step and time within one second of becoming visible. Result: %s.", hiddenFor, verdict),
		Rows: [][]string{
			{"time to update after visible", "step shown / expected", "seconds shown / expected"},
			{ms(catchUp), fmt.Sprintf("%d / %d", state.Index, wantIdx), fmt.Sprintf("%d / %.0f", state.Count, math.Ceil(wantRemain/1000))},
		},
	}, nil
}

// scheduleAt says which phase should be showing at time t and how long it
// has left, from the first traced phase and the planned durations.
func scheduleAt(first traceEntry, durations []float64, t float64) (int, float64) {
	at := first.At
	for i := first.Index; i < len(durations); i++ {
		if durations[i] == 0 || t < at+durations[i] {
			return i, at + durations[i] - t
		}
		at += durations[i]
	}
	return len(durations) - 1, 0
}

func stats(v []float64) (maxV, median float64) {
	if len(v) == 0 {
		return 0, 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)-1], s[len(s)/2]
}

func ms(v float64) string { return fmt.Sprintf("%.0f ms", v) }

// void drops an action's value so it can run in a Do sequence.
func void[T any](a chromedp.Action[T]) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := a(ctx, t)
		return chromedp.Void{}, err
	}
}

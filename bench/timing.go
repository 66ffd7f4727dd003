package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
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
	Elapsed  float64 `json:"elapsed"`  // ms into the phase when traced
	Finished bool    `json:"finished"`
}

// The benchmark routine: real holds, per side, with rests (about 70 s).
const benchRoutine = "/routines/quick/play?hold=10&sides=2&sets=2"

func browserOptions(throttle bool) []chromedp.ExecAllocatorOption {
	opts := append([]chromedp.ExecAllocatorOption{}, chromedp.DefaultExecAllocatorOptions[:]...)
	opts = append(opts,
		chromedp.ExecPath(cmp.Or(os.Getenv("CHROMIUM"), "/usr/bin/chromium")), // the Makefile's CHROMIUM
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

func readTrace(ctx context.Context) ([]traceEntry, []float64, error) {
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](`({trace: window.limberTrace, plan: window.limberPlan})`))
	if err != nil {
		return nil, nil, err
	}
	var v struct {
		Trace []traceEntry `json:"trace"`
		Plan  []float64    `json:"plan"`
	}
	return v.Trace, v.Plan, json.Unmarshal(raw, &v)
}

// lags compares each traced phase start with the ideal schedule: the
// routine's start (the first trace minus the time the engine had already
// run) plus the planned durations of the phases before it.
func lags(tr []traceEntry, durations []float64) []float64 {
	var out []float64
	for _, e := range tr[1:] {
		if e.Index >= len(durations) {
			continue
		}
		ideal := tr[0].At - tr[0].Elapsed
		for i := tr[0].Index; i < e.Index; i++ {
			ideal += durations[i]
		}
		out = append(out, e.At-ideal)
	}
	return out
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
	tr, plan, err := readTrace(ctx)
	if err != nil {
		return section{}, err
	}
	l := lags(tr, plan)
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
		void(chromedp.Evaluate[bool](`window.limberBack = Date.now(); true`)),
	); err != nil {
		return section{}, err
	}
	// Poll (every animation frame) until the screen shows the step and the
	// seconds the schedule says, and time how long that took.
	tr, plan, err := readTrace(ctx)
	if err != nil {
		return section{}, err
	}
	var shown struct {
		At    float64 `json:"at"`
		Index int     `json:"index"`
		Count int     `json:"count"`
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](`new Promise((resolve) => {
		const plan = window.limberPlan, t0 = window.limberTrace[0].at - window.limberTrace[0].elapsed;
		const expected = (t) => { let at = t0; for (let i = 0; i < plan.length; i++) { if (plan[i] === 0 || t < at + plan[i]) return [i, Math.ceil((at + plan[i] - t) / 1000)]; at += plan[i]; } return [plan.length - 1, 0]; };
		const check = () => {
			const now = Date.now(), el = document.getElementById("player");
			const idx = Number(el.dataset.index), count = Number(document.getElementById("countdown").textContent);
			const [wi, wc] = expected(now);
			if (idx === wi && Math.abs(count - wc) <= 1) return resolve({at: now, index: idx, count: count});
			if (now - window.limberBack > 5000) return resolve({at: now, index: idx, count: count});
			requestAnimationFrame(check);
		};
		check();
	})`, chromedp.EvalAwaitPromise))
	if err != nil {
		return section{}, err
	}
	if err := json.Unmarshal(raw, &shown); err != nil {
		return section{}, err
	}
	back, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`window.limberBack`))
	if err != nil {
		return section{}, err
	}
	wantIdx, wantRemain := scheduleAt(tr[0], plan, shown.At)
	catchUp := shown.At - back
	stepOK := shown.Index == wantIdx
	timeErr := math.Abs(float64(shown.Count) - math.Ceil(wantRemain/1000))
	verdict := "meets the target (right step, time within 1 s, within 1 s of becoming visible)"
	if !stepOK || timeErr > 1 || catchUp > 1000 {
		verdict = "MISSES the target"
	}
	return section{
		Title: "Timer accuracy, page hidden and frozen",
		Note:  fmt.Sprintf("Same routine with Chromium's background throttling on; the window is minimised and the page frozen for %s mid-routine, then shown again. Target: the right step and time within one second of becoming visible. Result: %s.", hiddenFor, verdict),
		Rows: [][]string{
			{"time to update after visible", "step shown / expected", "seconds shown / expected"},
			{ms(catchUp), fmt.Sprintf("%d / %d", shown.Index, wantIdx), fmt.Sprintf("%d / %.0f", shown.Count, math.Ceil(wantRemain/1000))},
		},
	}, nil
}

// scheduleAt says which phase should be showing at time t and how long it
// has left, from the first traced phase and the planned durations.
func scheduleAt(first traceEntry, durations []float64, t float64) (int, float64) {
	at := first.At - first.Elapsed
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

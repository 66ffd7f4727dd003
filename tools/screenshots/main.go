// Command screenshots takes phone-size (and one wide) screenshots of
// Limber's main screens into docs/screenshots and web/screenshots (the
// manifest's install screenshots). Run `make screenshots` with the server up.
package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdppage "github.com/chromedp/cdproto/page"

	"github.com/chromedp/chromedp"

	"limber/app/routinelink"
	"limber/content"
)

type shot struct {
	Name   string
	Path   string
	Setup  string // JS run after boot, e.g. a click
	Wait   string // JS condition to wait for before the shot
	Width  int64
	Height int64
	Dark   bool
}

// seedProgress is three weeks of sessions with falling pain and stiffness,
// two reach tests and a plan, so Today and Progress have something to show.
const seedProgress = `(() => {
	const day = 864e5, now = Date.now(), iso = t => new Date(t).toISOString();
	const d = {version: 2, lastCheck: iso(now), plan: {programme: "loosen-up", started: iso(now - 21 * day)}, history: [], checkIns: []};
	for (let i = 20; i >= 1; i--) {
		if (i % 7 === 3 || i % 7 === 6) continue;
		const t = now - i * day, id = "s" + i;
		d.history.push({id, routine: "hamstring-release", name: "Hamstring release", started: iso(t), activeSeconds: 480, plannedSeconds: 480, completed: true});
		d.checkIns.push({id: id + "p", at: iso(t), measure: "pain", value: Math.max(1, 6 - Math.floor((20 - i) / 4)), when: "before"});
		d.checkIns.push({id: id + "s", at: iso(t), measure: "stiffness", value: Math.max(2, 7 - Math.floor((20 - i) / 3)), when: "before"});
	}
	d.checkIns.push({id: "r1", at: iso(now - 18 * day), measure: "reach", value: 1}, {id: "r2", at: iso(now - 4 * day), measure: "reach", value: 2});
	d.checkIns.push({id: "a1", at: iso(now - 16 * day), measure: "activity", value: 4, label: "Putting on socks"}, {id: "a2", at: iso(now - 9 * day), measure: "activity", value: 6, label: "Putting on socks"});
	localStorage.setItem("limber.v1", JSON.stringify(d));
	window.dispatchEvent(new Event("limber-data"));
})()`

// catCowReps is a link to cat-cow as paced reps, to show the figure moving
// in the player.
func catCowReps() string {
	token, err := routinelink.Encode(content.Routine{Name: "Cat-cow", Steps: []content.RoutineStep{{Exercise: "cat-cow", Reps: 8, TempoSeconds: 4, Sets: 1}}})
	if err != nil {
		panic(err)
	}
	return url.QueryEscape(token)
}

// homeProgramme is a physio's 4-step programme as a link token.
func homeProgramme() string {
	r := content.Routine{Name: "Hamstrings after running", Rx: content.Prescription{
		Suits: "Runners whose hamstrings tighten after long runs", PerWeek: 3, Weeks: 6,
		Instructions: "After your run or in the evening. Ease off if it pinches; stop if anything tingles down the leg.",
	}, Steps: []content.RoutineStep{
		{Exercise: "supine-hamstring-strap-stretch", HoldSeconds: 30, PerSide: true, Sets: 2, RestSeconds: 10, Note: "Keep the knee soft; the pull is in the back of the thigh"},
		{Exercise: "glute-bridge", Reps: 10, Sets: 2, RestSeconds: 20, Note: "Squeeze your buttocks before you lift"},
		{Exercise: "cat-cow", Reps: 8, Sets: 1},
		{Exercise: "knee-to-chest", HoldSeconds: 20, PerSide: true, Sets: 1},
	}}
	token, err := routinelink.Encode(r)
	if err != nil {
		panic(err)
	}
	return url.QueryEscape(token)
}

var rx = homeProgramme()

var shots = []shot{
	{Name: "prescription", Path: "/routines/shared?r=" + rx, Wait: `document.getElementById("rx")`},
	{Name: "prescription-qr", Path: "/routines/shared?r=" + rx, Setup: `setTimeout(() => document.getElementById("pass-on").scrollIntoView(), 200)`, Wait: `document.querySelector("#routine-qr svg") && scrollY > 0`},
	{Name: "sheet", Path: "/routines/sheet?r=" + rx, Wait: `document.querySelector("#sheet-qr svg")`},
	{Name: "today-home", Path: "/routines/shared?r=" + rx, Setup: `document.getElementById("shared-follow").click(); setTimeout(() => window.goappNav("/"), 300)`, Wait: `document.querySelector("#today-home .home-programme")`},
	{Name: "builder-rx", Path: "/routines/new", Setup: `document.getElementById("add-step").click(); document.querySelector("#builder-rx summary").click(); setTimeout(() => document.getElementById("builder-rx").scrollIntoView(), 200)`, Wait: `document.querySelector("#builder-rx[open]") && scrollY > 0`},
	{Name: "today", Path: "/", Setup: seedProgress, Wait: `document.getElementById("today-start")`},
	{Name: "progress", Path: "/progress", Setup: seedProgress, Wait: `document.querySelector("#progress-symptoms svg")`},
	{Name: "progress-more", Path: "/progress", Setup: seedProgress + `; setTimeout(() => document.getElementById("progress-weeks").scrollIntoView(), 200)`, Wait: `document.querySelector("#progress-reach svg") && scrollY > 0`},
	{Name: "wide-progress", Path: "/progress", Width: 1280, Height: 800, Setup: seedProgress, Wait: `document.querySelector("#progress-symptoms svg")`},
	{Name: "wide-today", Path: "/", Width: 1280, Height: 800, Setup: seedProgress, Wait: `document.getElementById("today-start")`},
	{Name: "wide-checkin", Path: "/routines/desk-break/play", Width: 1280, Height: 800, Setup: `document.querySelector('#checkin-pain-before [data-v="4"]').click()`, Wait: `document.querySelector('#checkin-pain-before [aria-pressed="true"]')`},
	{Name: "wide-prescription", Path: "/routines/shared?r=" + rx, Width: 1280, Height: 800, Wait: `document.querySelector("#routine-qr svg")`},
	{Name: "checkin", Path: "/routines/desk-break/play", Setup: `document.querySelector('#checkin-pain-before [data-v="4"]').click()`, Wait: `document.querySelector('#checkin-pain-before [aria-pressed="true"]')`},
	{Name: "home", Path: "/"},
	{Name: "library", Path: "/exercises"},
	{Name: "exercise", Path: "/exercises/standing-hamstring-stretch"},
	{Name: "guide", Path: "/guide/pelvis-link"},
	{Name: "routine", Path: "/routines/full-session"},
	{Name: "check", Path: "/check"},
	{Name: "check-result", Path: "/check", Setup: `document.querySelector("input[type=checkbox]").click(); document.getElementById("check-submit").click()`, Wait: `document.getElementById("check-result")`},
	{Name: "timer", Path: "/timer"},
	{Name: "player", Path: "/routines/quick/play?hold=30&sides=2&sets=2&name=seated-hamstring-stretch", Setup: `localStorage.setItem("limber.v1", JSON.stringify({version: 1, lastCheck: new Date().toISOString()})); document.getElementById("player-start").click()`, Wait: `document.getElementById("player") && document.getElementById("player").dataset.phase === "hold"`},
	{Name: "player-dark", Path: "/routines/quick/play?hold=30&sides=2&sets=2&name=seated-hamstring-stretch", Dark: true, Setup: `localStorage.setItem("limber.v1", JSON.stringify({version: 1, lastCheck: new Date().toISOString()})); document.getElementById("player-start").click()`, Wait: `document.getElementById("player") && document.getElementById("player").dataset.phase === "hold"`},
	{Name: "builder", Path: "/routines/new", Setup: `document.getElementById("add-step").click()`, Wait: `document.querySelector(".builder-step")`},
	{Name: "history", Path: "/history"},
	{Name: "settings", Path: "/settings"},
	{Name: "home-dark", Path: "/", Dark: true},
	{Name: "notfound", Path: "/nope"},
	{Name: "wide-library", Path: "/exercises", Width: 1280, Height: 800},
	{Name: "wide-exercise", Path: "/exercises/standing-hamstring-stretch", Width: 1280, Height: 800},
	{Name: "exercise-playing", Path: "/exercises/cat-cow", Setup: `document.getElementById("figure-play").click()`, Wait: `document.querySelector(".exercise-figure .figure-box").dataset.show === "loop"`},
	{Name: "player-reps", Path: "/routines/shared/play?r=" + catCowReps(), Setup: `localStorage.setItem("limber.v1", JSON.stringify({version: 1, lastCheck: new Date().toISOString()})); document.getElementById("player-start").click()`, Wait: `document.getElementById("player") && document.getElementById("player").dataset.phase === "paced-reps"`},
	{Name: "library-dark", Path: "/exercises", Dark: true},
	{Name: "exercise-dark", Path: "/exercises/standing-hamstring-stretch", Dark: true},
	{Name: "check-result-dark", Path: "/check", Dark: true, Setup: `document.querySelector("input[type=checkbox]").click(); document.getElementById("check-submit").click()`, Wait: `document.getElementById("check-result")`},
	{Name: "timer-dark", Path: "/timer", Dark: true},
}

// languageShots are home, an exercise, the player and a red-flag result
// in each language other than English (es-home.png, de-player.png, ...).
func languageShots() []shot {
	var out []shot
	for _, l := range []string{"es", "de"} {
		for _, s := range shots {
			switch s.Name {
			case "home", "exercise", "check-result", "player":
				s.Name, s.Path = l+"-"+s.Name, "/"+l+strings.TrimSuffix(s.Path, "/")
				out = append(out, s)
			}
		}
	}
	return out
}

func main() {
	base := flag.String("url", "http://localhost:8000", "where Limber runs")
	out := flag.String("out", "docs/screenshots", "output folder")
	only := flag.String("only", "", "take just this shot")
	flag.Parse()
	if err := run(*base, *out, *only); err != nil {
		fmt.Fprintln(os.Stderr, "screenshots:", err)
		os.Exit(1)
	}
}

func run(base, out, only string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	opts := append([]chromedp.ExecAllocatorOption{}, chromedp.DefaultExecAllocatorOptions[:]...)
	opts = append(opts, chromedp.ExecPath(cmp.Or(os.Getenv("CHROMIUM"), "/usr/bin/chromium")), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-component-update", true))
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	alloc, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	if err := chromedp.Do(alloc); err != nil {
		return fmt.Errorf("starting chromium: %w", err)
	}
	for _, s := range append(shots, languageShots()...) {
		if only != "" && s.Name != only && !strings.HasPrefix(s.Name, only+"-") {
			continue
		}
		if err := take(alloc, base, out, s); err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
		fmt.Println("wrote", filepath.Join(out, s.Name+".png"))
	}
	return nil
}

func take(alloc context.Context, base, out string, s shot) error {
	ctx, cancel := chromedp.NewContext(alloc, chromedp.WithNewBrowserContext())
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 60*time.Second)
	defer cancelT()
	w, h, mobile := int64(390), int64(844), true
	if s.Width > 0 {
		w, h, mobile = s.Width, s.Height, false
	}
	// Phones at 2x (a 780x1688 PNG); the wide shot at 1x (1280x800), the
	// sizes the manifest declares.
	vp := []chromedp.EmulateViewportOption{chromedp.EmulateScale(1)}
	if mobile {
		vp = []chromedp.EmulateViewportOption{chromedp.EmulateScale(2), chromedp.EmulateMobile}
	}
	// Booted: go-app has replaced the prerendered page (a page in another
	// language first loads its texts, after the loader goes).
	watch := func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, t, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{
			Source: `document.addEventListener("DOMContentLoaded", () => { window.limberPrerendered = document.body.firstElementChild; });`,
		})
		return chromedp.Void{}, err
	}
	steps := []chromedp.Action[chromedp.Void]{chromedp.EmulateViewport(w, h, vp...), watch, chromedp.Navigate(base + s.Path), wait(`!document.getElementById("app-wasm-loader") && window.limberPrerendered && !window.limberPrerendered.isConnected`)}
	if s.Dark {
		steps = append(steps, eval(`document.documentElement.setAttribute("data-theme","dark"); true`))
	}
	if s.Setup != "" {
		steps = append(steps, eval(s.Setup+"; true"))
	}
	if s.Wait != "" {
		steps = append(steps, wait(s.Wait))
	}
	steps = append(steps, eval(`document.fonts.ready.then(() => true)`), chromedp.Sleep(300)) // let the last frame paint
	if err := chromedp.Do(ctx, steps...); err != nil {
		return err
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, s.Name+".png"), png, 0o644)
}

func wait(js string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Poll[bool](`!!(`+js+`)`)(ctx, t)
		return chromedp.Void{}, err
	}
}

func eval(js string) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Evaluate[any](js, chromedp.EvalAwaitPromise)(ctx, t)
		return chromedp.Void{}, err
	}
}

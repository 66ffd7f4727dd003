package e2e

import (
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"limber/app/routinelink"
	"limber/content"
)

// figureState is what a test reads of the figure in a container.
type figureState struct {
	Show    string  `json:"show"`
	Slug    string  `json:"slug"`
	Label   string  `json:"label"`
	Anims   int     `json:"anims"`
	Paused  bool    `json:"paused"`
	Time    float64 `json:"time"`
	Mirror  string  `json:"mirror"`
	Box     string  `json:"box"`
	Visible bool    `json:"visible"`
}

const readFigure = `((sel) => {
	const box = document.querySelector(sel + " .figure-box");
	const svg = box && box.querySelector("svg");
	if (!svg) return {show: ""};
	const arm = svg.querySelectorAll("path")[svg.querySelectorAll("path").length - 1].getBBox();
	const r = svg.getBoundingClientRect();
	return {show: box.dataset.show, slug: box.dataset.slug, label: svg.getAttribute("aria-label") || "",
		anims: svg.querySelectorAll("animate").length, paused: svg.animationsPaused(), time: svg.getCurrentTime(),
		mirror: getComputedStyle(svg).transform, box: [arm.x, arm.y, arm.width, arm.height].map(v => v.toFixed(1)).join(","),
		visible: r.width > 0 && r.height > 0};
})`

func (p *page) figure(sel string) figureState {
	p.t.Helper()
	var f figureState
	p.eval(readFigure+"("+jsString(sel)+")", &f)
	return f
}

// waitMoving waits until the figure's near arm has moved from where it
// was: the animation runs (it fails after the harness's timeout if not).
func (p *page) waitMoving(sel, was string) {
	p.t.Helper()
	p.waitJS(readFigure + "(" + jsString(sel) + ").box !== " + jsString(was))
}

// TestFigureOnEveryExercisePage: each exercise page shows its figure from
// the model, start and end side by side, named by its text alternative,
// and still until tapped.
func TestFigureOnEveryExercisePage(t *testing.T) {
	p := newPage(t)
	p.open("/exercises")
	a := &auditor{p: p}
	for _, e := range content.Exercises {
		ill, _ := content.IllustrationFor(e.Slug)
		a.goTo("/exercises/" + e.Slug)
		p.waitJS(`document.querySelector("main h1") && document.querySelector("main h1").textContent === ` + jsString(e.Name))
		p.waitJS(`document.querySelector("main .exercise-figure .figure-box[data-slug='` + e.Slug + `'] svg") !== null`)
		f := p.figure("main .exercise-figure")
		if f.Show != "pair" || !f.Visible || f.Anims != 0 {
			t.Errorf("%s: figure shows %q (visible %v, %d animations), want the still pair", e.Slug, f.Show, f.Visible, f.Anims)
		}
		if f.Label != ill.Alt {
			t.Errorf("%s: figure label = %q, want %q", e.Slug, f.Label, ill.Alt)
		}
	}
}

// TestFigurePlaysOnTapAndPauses: Play starts the loop, which moves the
// figure; Pause freezes it; tapping the figure itself plays it again.
func TestFigurePlaysOnTapAndPauses(t *testing.T) {
	p := newPage(t)
	p.open("/exercises/cat-cow")
	p.waitJS(`document.getElementById("figure-play") !== null`)
	p.click("#figure-play")
	p.waitJS(readFigure + `("main .exercise-figure").show === "loop"`)
	start := p.figure("main .exercise-figure")
	if start.Anims == 0 {
		t.Fatalf("the playing figure has no animations: %+v", start)
	}
	p.waitMoving("main .exercise-figure", start.Box)
	if f := p.figure("main .exercise-figure"); f.Paused {
		t.Errorf("the figure is paused while playing: %+v", f)
	}
	p.click("#figure-play")
	p.waitJS(readFigure + `("main .exercise-figure").paused`)
	var label string
	p.eval(`document.getElementById("figure-play").textContent`, &label)
	if !strings.Contains(label, "Play") {
		t.Errorf("after Pause the button says %q, want Play", label)
	}
	frozen := p.figure("main .exercise-figure")
	// Two animation frames later nothing has moved.
	var again string
	p.eval(`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(`+readFigure+`("main .exercise-figure").box))))`, &again)
	if again != frozen.Box {
		t.Errorf("the paused figure moved: %s → %s", frozen.Box, again)
	}
	p.click("main .figure-tap")
	p.waitJS(`!` + readFigure + `("main .exercise-figure").paused`)
	p.waitMoving("main .exercise-figure", frozen.Box)
}

// TestFigureStaysStillUnderReducedMotion: with reduced motion asked for,
// the page shows start and end side by side, says why, and offers no Play.
func TestFigureStaysStillUnderReducedMotion(t *testing.T) {
	p := newPage(t)
	reduceMotion(p)
	p.open("/exercises/glute-bridge")
	p.waitJS(`document.getElementById("figure-still") !== null`)
	if p.has("#figure-play") {
		t.Error("a Play button is offered under reduced motion")
	}
	if f := p.figure("main .exercise-figure"); f.Show != "pair" || f.Anims != 0 {
		t.Errorf("under reduced motion the figure is %+v, want the still pair", f)
	}
	p.click("main .figure-tap")
	if f := p.figure("main .exercise-figure"); f.Show != "pair" {
		t.Errorf("tapping the figure under reduced motion made it %q", f.Show)
	}
}

func reduceMotion(p *page) {
	p.t.Helper()
	if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
	}); err != nil {
		p.t.Fatal(err)
	}
}

// repsLink is a one-step routine of paced reps per side, played from a
// shared link.
func repsLink(t *testing.T, slug string, tempo int) string {
	t.Helper()
	token, err := routinelink.Encode(content.Routine{Name: "Figure test", Steps: []content.RoutineStep{
		{Exercise: slug, Reps: 3, TempoSeconds: tempo, PerSide: true, Sets: 1},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return "/routines/shared/play?r=" + url.QueryEscape(token)
}

// TestFigureFollowsThePlayer: in a hold the figure is the still hold pose;
// in paced reps it loops once per rep, from the phase's start, and stops
// when the player pauses; on the right side it is mirrored.
func TestFigureFollowsThePlayer(t *testing.T) {
	p := newPage(t)
	p.open("/check")
	p.click("#check-submit")
	p.waitJS(`document.getElementById("check-result") !== null`)

	p.open("/routines/quick/play?hold=30&sides=2&sets=1&name=seated-hamstring-stretch")
	p.click("#player-start")
	p.waitJS(`document.getElementById("player") && document.getElementById("player").dataset.phase === "hold"`)
	p.waitJS(readFigure + `(".player-figure").show === "still"`)
	hold := p.figure(".player-figure")
	// On a 390×844 phone the whole countdown ring stays on screen.
	var ring struct{ Top, Bottom, Height, ScrollY float64 }
	p.eval(`(() => { const r = document.querySelector(".ring-wrap").getBoundingClientRect(); return {Top: r.top, Bottom: r.bottom, Height: innerHeight, ScrollY: scrollY}; })()`, &ring)
	if ring.ScrollY != 0 || ring.Top < 0 || ring.Bottom > ring.Height {
		t.Errorf("countdown ring spans %.0f–%.0f px (scrolled %.0f) in a %.0f px high screen; want it all visible", ring.Top, ring.Bottom, ring.ScrollY, ring.Height)
	}
	if hold.Anims != 0 || hold.Mirror != "none" {
		t.Errorf("left-side hold figure = %+v, want a still, unmirrored pose", hold)
	}
	p.click("#player-skip") // to switching sides
	p.waitJS(`document.getElementById("player").dataset.phase === "switch-sides"`)
	p.click("#player-skip")
	p.waitJS(`document.getElementById("player").dataset.phase === "hold"`)
	p.waitJS(readFigure + `(".player-figure").show === "still"`)
	if f := p.figure(".player-figure"); !strings.HasPrefix(f.Mirror, "matrix(-1") {
		t.Errorf("right-side hold figure transform = %q, want mirrored", f.Mirror)
	}

	p.open(repsLink(t, "cat-cow", 3))
	p.click("#player-start")
	p.waitJS(`document.getElementById("player") && document.getElementById("player").dataset.phase === "paced-reps"`)
	p.waitJS(readFigure + `(".player-figure").show === "loop"`)
	reps := p.figure(".player-figure")
	var dur string
	p.eval(`document.querySelector(".player-figure animate").getAttribute("dur")`, &dur)
	if dur != "3s" {
		t.Errorf("a 3 s rep loops over %s, want 3s (one loop per rep)", dur)
	}
	p.waitMoving(".player-figure", reps.Box)
	p.click("#player-pause")
	p.waitJS(readFigure + `(".player-figure").paused`)
	p.click("#player-pause")
	p.waitJS(`!` + readFigure + `(".player-figure").paused`)
}

// TestFigureInPlayerUnderReducedMotion: the player shows the still pair.
func TestFigureInPlayerUnderReducedMotion(t *testing.T) {
	p := newPage(t)
	reduceMotion(p)
	p.open("/check")
	p.click("#check-submit")
	p.waitJS(`document.getElementById("check-result") !== null`)
	p.open(repsLink(t, "cat-cow", 3))
	p.click("#player-start")
	p.waitJS(`document.getElementById("player") && document.getElementById("player").dataset.phase === "paced-reps"`)
	p.waitJS(readFigure + `(".player-figure").show !== ""`)
	if f := p.figure(".player-figure"); f.Show != "pair" || f.Anims != 0 {
		t.Errorf("under reduced motion the player's figure is %+v, want the still pair", f)
	}
}

// TestFigureStopsWhenReducedMotionTurnsOn: asking for reduced motion while
// a figure plays stops it and brings back the still pair.
func TestFigureStopsWhenReducedMotionTurnsOn(t *testing.T) {
	p := newPage(t)
	p.open("/exercises/cat-cow")
	p.waitJS(`document.getElementById("figure-play") !== null`)
	p.click("#figure-play")
	p.waitJS(readFigure + `("main .exercise-figure").show === "loop"`)
	reduceMotion(p)
	p.waitJS(`document.getElementById("figure-still") !== null`)
	if f := p.figure("main .exercise-figure"); f.Show != "pair" || f.Anims != 0 {
		t.Errorf("after reduced motion was turned on the figure is %+v, want the still pair", f)
	}
	if p.has("#figure-play") {
		t.Error("the Play button is still offered under reduced motion")
	}
}

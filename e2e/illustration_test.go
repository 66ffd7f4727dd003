package e2e

import (
	"testing"

	"limber/content"
)

// TestIllustrationOnEveryExercisePage: each exercise page's figure shows
// its drawing (loaded, not a broken image) with the alt text from content.
func TestIllustrationOnEveryExercisePage(t *testing.T) {
	p := newPage(t)
	p.open("/exercises")
	a := &auditor{p: p}
	for _, e := range content.Exercises {
		ill, ok := content.IllustrationFor(e.Slug)
		if !ok {
			t.Errorf("%s has no illustration", e.Slug)
			continue
		}
		a.goTo("/exercises/" + e.Slug)
		p.waitJS(`document.querySelector("main h1") && document.querySelector("main h1").textContent === ` + jsString(e.Name))
		p.waitJS(`(() => { const img = document.querySelector("main .exercise-figure img"); return img && img.complete; })()`)
		var got struct {
			Src   string `json:"src"`
			Alt   string `json:"alt"`
			Width int    `json:"width"`
		}
		p.eval(`(() => { const img = document.querySelector("main .exercise-figure img"); return {src: img.getAttribute("src"), alt: img.getAttribute("alt"), width: img.naturalWidth}; })()`, &got)
		if got.Width == 0 {
			t.Errorf("%s: the illustration %s did not load", e.Slug, got.Src)
		}
		if got.Src != ill.Src {
			t.Errorf("%s: illustration src = %q, want %q", e.Slug, got.Src, ill.Src)
		}
		if got.Alt != ill.Alt {
			t.Errorf("%s: illustration alt = %q, want %q", e.Slug, got.Alt, ill.Alt)
		}
	}
}

// TestIllustrationInPlayer: the player shows the current exercise's drawing
// (decorative: the name is right above it) and, on a 390×844 phone, the
// whole countdown ring stays on screen without scrolling.
func TestIllustrationInPlayer(t *testing.T) {
	p := newPage(t)
	p.open("/check")
	p.click("#check-submit")
	p.waitJS(`document.getElementById("check-result") !== null`)
	e, _ := content.ExerciseBySlug("seated-hamstring-stretch")
	p.open("/routines/quick/play?hold=30&sides=2&sets=2&name=" + e.Slug)
	p.click("#player-start")
	p.waitJS(`document.getElementById("player") !== null`)
	p.waitJS(`(() => { const img = document.querySelector(".player-figure img"); return img && img.complete; })()`)
	var got struct {
		Src        string  `json:"src"`
		Role       string  `json:"role"`
		Width      int     `json:"width"`
		RingTop    float64 `json:"ringTop"`
		RingBottom float64 `json:"ringBottom"`
		Height     float64 `json:"height"`
		ScrollY    float64 `json:"scrollY"`
	}
	p.eval(`(() => {
		const img = document.querySelector(".player-figure img");
		const ring = document.querySelector(".ring-wrap").getBoundingClientRect();
		return {src: img.getAttribute("src"), role: img.getAttribute("role") || "", width: img.naturalWidth,
			ringTop: ring.top, ringBottom: ring.bottom, height: innerHeight, scrollY: scrollY};
	})()`, &got)
	if got.Width == 0 || got.Src != "/web/illustrations/"+e.Slug+".svg" {
		t.Errorf("player illustration = %q (natural width %d), want the loaded drawing of %s", got.Src, got.Width, e.Slug)
	}
	if got.Role != "presentation" {
		t.Errorf("player illustration role = %q, want presentation (decorative)", got.Role)
	}
	if got.ScrollY != 0 || got.RingTop < 0 || got.RingBottom > got.Height {
		t.Errorf("countdown ring spans %.0f–%.0f px (scrolled %.0f) in a %.0f px high screen; want it all visible", got.RingTop, got.RingBottom, got.ScrollY, got.Height)
	}
}

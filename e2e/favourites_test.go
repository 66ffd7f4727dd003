package e2e

import (
	"strings"
	"testing"
)

// TestFavouriteShowsAfterReload: the star is read for the exercise the
// page shows, not for the empty one it had before its route resolved.
func TestFavouriteShowsAfterReload(t *testing.T) {
	p := newPage(t)
	p.open("/exercises/cat-cow")
	p.click("#favourite-button")
	p.waitJS(`(localStorage.getItem("limber.v1") || "").includes("cat-cow")`)
	p.open("/exercises/cat-cow")
	p.waitJS(`document.getElementById("favourite-button").getAttribute("aria-pressed") === "true"`)
	p.open("/exercises/bird-dog")
	p.waitJS(`document.getElementById("favourite-button").getAttribute("aria-pressed") === "false"`)
	noPanic(t, p)
}

// TestFavouritesComeFirst: starred routines and exercises appear on home,
// first in their lists, and behind the library's Favourites filter.
func TestFavouritesComeFirst(t *testing.T) {
	p := newPage(t)
	p.open("/exercises/foam-roll-erectors")
	p.click("#favourite-button")
	p.waitJS(`document.getElementById("favourite-button").getAttribute("aria-pressed") === "true"`)
	p.open("/routines/full-session")
	p.click("#favourite-button")
	p.waitJS(`document.getElementById("favourite-button").getAttribute("aria-pressed") === "true"`)

	p.open("/")
	p.waitJS(`document.getElementById("home-favourites") !== null`)
	if got := p.text("#home-favourites"); !strings.Contains(got, "Full session") || !strings.Contains(got, "Foam") {
		t.Errorf("home favourites = %q", got)
	}
	p.open("/routines")
	p.waitJS(`document.querySelector(".routine-grid .routine-card")?.getAttribute("href") === "/routines/full-session"`)
	p.open("/exercises")
	p.waitJS(`document.querySelector(".exercise-grid .exercise-card")?.getAttribute("href") === "/exercises/foam-roll-erectors"`)
	p.click("#filters-toggle")
	p.click(`button.chip[data-filter="fav"][data-value="1"]`)
	p.waitJS(`document.querySelectorAll(".exercise-grid li").length === 1 && location.search.includes("fav=1")`)
	noPanic(t, p)
}

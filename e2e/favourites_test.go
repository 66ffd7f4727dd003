package e2e

import "testing"

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

package e2e

import "testing"

// TestSettingsPersist: cue switches and the theme survive a reload, and the
// theme applies to every page.
func TestSettingsPersist(t *testing.T) {
	p := newPage(t)
	p.open("/settings")
	p.waitJS(`document.getElementById("set-voice").checked === true`)
	p.click("#set-voice")
	p.click("#theme-light")
	p.waitJS(`document.documentElement.dataset.theme === "light"`)
	p.open("/settings")
	p.waitJS(`document.getElementById("set-voice").checked === false && document.getElementById("set-sound").checked === true`)
	p.open("/exercises")
	p.waitJS(`document.documentElement.dataset.theme === "light"`)
	var voice bool
	p.eval(`JSON.parse(localStorage.getItem("limber.v1")).settings.voice`, &voice)
	if voice {
		t.Error("voice cue still stored as on")
	}
}

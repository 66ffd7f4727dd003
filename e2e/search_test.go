package e2e

import (
	"strings"
	"testing"
)

// typeInto sets an input's value as typing does and fires its input event.
func typeInto(p *page, sel, value string) {
	p.t.Helper()
	p.eval(`(() => { const i = document.querySelector(`+jsString(sel)+`); i.value = `+jsString(value)+`; i.dispatchEvent(new Event("input", {bubbles: true})); return true })()`, nil)
}

// TestLibrarySearch: the library finds exercises by equipment and muscle
// as you type, offline data only, keeps the search in the address, says
// so when nothing matches, and shows markup in a search as text.
func TestLibrarySearch(t *testing.T) {
	p := newPage(t)
	p.open("/exercises")
	typeInto(p, "#exercise-search", "strap")
	p.waitJS(`document.getElementById("result-count").textContent === "1 exercise"`)
	if s := p.text(".exercise-grid"); !strings.Contains(s, "strap") {
		t.Errorf("strap found %q", s)
	}
	var where string
	p.eval(`location.search`, &where)
	if where != "?q=strap" {
		t.Errorf("address keeps %q", where)
	}
	typeInto(p, "#exercise-search", "glute")
	p.waitJS(`!document.getElementById("result-count").textContent.startsWith("1 exercise") && document.querySelectorAll(".exercise-grid li").length > 1`)
	if s := p.text(".exercise-grid"); !strings.Contains(strings.ToLower(s), "glute") {
		t.Errorf("glute found %q", s)
	}
	typeInto(p, "#exercise-search", `<img src=x onerror="window.owned=1">`)
	p.waitJS(`document.getElementById("search-empty") !== null`)
	var owned bool
	p.eval(`window.owned === 1 || document.querySelector("#search-empty img") !== null`, &owned)
	if owned {
		t.Error("markup in the search became an element")
	}
	p.open("/exercises?q=glute%20bridge")
	p.waitJS(`document.getElementById("exercise-search")?.value === "glute bridge"`)
	noPanic(t, p)
}

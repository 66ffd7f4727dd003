package e2e

import (
	"strings"
	"testing"

	"limber/app/redflag"
)

// TestCheckEmergencyShowsCallLink answers one emergency item and expects
// the emergency action with a tel: link first.
func TestCheckEmergencyShowsCallLink(t *testing.T) {
	p := newPage(t)
	p.open("/check")
	q := redflag.QuestionsFor(redflag.Emergency)[0]
	p.click("#q-" + q.ID)
	p.click("#check-submit")
	p.waitJS(`document.getElementById("check-result") !== null`)
	var tier, href string
	p.eval(`document.getElementById("check-result").dataset.tier`, &tier)
	p.eval(`document.getElementById("call-emergency").getAttribute("href")`, &href)
	if tier != "emergency" {
		t.Errorf("tier = %q, want emergency", tier)
	}
	if !strings.HasPrefix(href, "tel:") {
		t.Errorf("call link = %q, want tel:", href)
	}
}

// TestCheckProfessionalOnly answers only a see-a-professional item.
func TestCheckProfessionalOnly(t *testing.T) {
	p := newPage(t)
	p.open("/check")
	q := redflag.QuestionsFor(redflag.SeeProfessional)[0]
	p.click("#q-" + q.ID)
	p.click("#check-submit")
	p.waitJS(`document.getElementById("check-result") !== null`)
	var tier string
	var calls int
	p.eval(`document.getElementById("check-result").dataset.tier`, &tier)
	p.eval(`document.querySelectorAll("#call-emergency").length`, &calls)
	if tier != "see-professional" || calls != 0 {
		t.Errorf("tier = %q with %d call buttons, want see-professional and none", tier, calls)
	}
}

// TestBeforeYouStartStopsTheRoutine: a yes in the pre-start check blocks the
// routine and shows the result.
func TestBeforeYouStartStopsTheRoutine(t *testing.T) {
	p := newPage(t)
	p.open("/routines/desk-break/play")
	p.click("#player-start")
	p.waitJS(`document.getElementById("precheck-form") !== null`)
	q := redflag.QuestionsFor(redflag.Urgent)[0]
	p.click("#q-" + q.ID)
	p.click("#precheck-submit")
	p.waitJS(`document.getElementById("check-result") !== null`)
	var tier string
	var players int
	p.eval(`document.getElementById("check-result").dataset.tier`, &tier)
	p.eval(`document.querySelectorAll("#player").length`, &players)
	if tier != "urgent" || players != 0 {
		t.Errorf("tier = %q with %d players, want urgent and no player", tier, players)
	}
}

// TestCallComesFirst: on the red-flag check and the help page, the
// emergency call is on the first screen of a phone, before any question.
func TestCallComesFirst(t *testing.T) {
	p := newPage(t)
	for _, c := range []struct{ path, call string }{{"/check", "#check-call"}, {"/help", "#help-call"}} {
		p.open(c.path)
		var where struct {
			Bottom, Height float64
			Href           string
			BeforeFirstQ   bool
		}
		p.eval(`(() => {
			const a = document.querySelector(`+jsString(c.call)+`);
			const q = document.querySelector("main input[type=checkbox], main ul li");
			return {Bottom: a.getBoundingClientRect().bottom, Height: innerHeight, Href: a.getAttribute("href"),
				BeforeFirstQ: !q || !!(a.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING)};
		})()`, &where)
		if where.Bottom > where.Height {
			t.Errorf("%s: the call button ends at %.0f px, below the first screen (%.0f px)", c.path, where.Bottom, where.Height)
		}
		if !where.BeforeFirstQ {
			t.Errorf("%s: the call button comes after the signs or questions", c.path)
		}
		if len(where.Href) < 5 || where.Href[:4] != "tel:" {
			t.Errorf("%s: call button links to %q", c.path, where.Href)
		}
	}
}

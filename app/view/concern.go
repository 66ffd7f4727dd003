package view

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/progress"
)

// ConcernCard turns a check-in concern into a clear next step: the
// red-flag check and a professional. It informs; it never diagnoses. It
// renders nothing when there is no concern.
func ConcernCard(c progress.Concern) goapp.UI {
	if !c.Any() {
		return nil
	}
	var lines []goapp.UI
	if c.Nerve {
		lines = append(lines, ElText("p", "", "You noted new numbness, tingling or weakness. Stop the exercises for now and do the symptom check: in both legs, or around the groin or bottom, it needs urgent help."))
	}
	if c.RisingPain {
		lines = append(lines, ElText("p", "", i18n.F("Your pain went up from {from} to {to} out of 10. Stop any exercise that brings it on and do the symptom check.", "from", strconv.Itoa(c.From), "to", strconv.Itoa(c.To))))
	}
	lines = append(lines,
		ElText("p", "", "If it keeps up or gets worse, see a physiotherapist or doctor."),
		El("div", "actions", Link("button primary", "/check", Icon(IconHelp), ElText("span", "", "Do the symptom check"))),
	)
	return Elem("section", "caution concern", append([]goapp.UI{ElText("h2", "", "Check before you carry on")}, lines...)...).ID("concern").Role("alert")
}

package view

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/content"
)

// OftenLabel says how often and for how long, in words: "3 times a week
// for 6 weeks", "Twice a day", "Every day for 2 weeks"; "" when neither
// is said.
func OftenLabel(rx content.Prescription) string {
	var often string
	switch n := rx.PerWeek; {
	case n == content.TwiceADay:
		often = i18n.T("Twice a day")
	case n == 7:
		often = i18n.T("Every day")
	case n == 1:
		often = i18n.T("Once a week")
	case n == 2:
		often = i18n.T("Twice a week")
	case n > 2 && n < 7:
		often = i18n.N("{n} times a week", n)
	}
	if rx.Weeks == 0 {
		return often
	}
	weeks := CountLabel(rx.Weeks, "week")
	if often == "" {
		return i18n.F("For {weeks}", "weeks", weeks)
	}
	return i18n.F("{often} for {weeks}", "often", often, "weeks", weeks)
}

// Often is how a prescriber picks OftenLabel's first half, in the
// builder's order; 0 is "not said".
var Often = []int{0, 1, 2, 3, 4, 5, 6, 7, content.TwiceADay}

// PrescriptionCard is what a prescriber wrote about a routine, shown
// before its exercises: who it suits, how often, and how to do it.
func PrescriptionCard(rx content.Prescription) goapp.UI {
	if rx.IsZero() {
		return nil
	}
	var rows []goapp.UI
	row := func(id, term, text string) {
		if text != "" {
			rows = append(rows, El("div", "", ElText("dt", "", term), ElemText("dd", "", text).ID(id)))
		}
	}
	row("rx-suits", i18n.T("Who it suits"), rx.Suits)
	row("rx-often", i18n.T("How often"), OftenLabel(rx))
	row("rx-instructions", i18n.T("Instructions"), rx.Instructions)
	return Elem("section", "card rx-card",
		ElemText("h2", "", "Your instructions").ID("rx-h"),
		El("dl", "rx-facts", rows...),
		ElText("p", "card-text", "Written by whoever made this routine, not checked by Limber."),
	).ID("rx").Aria("labelledby", "rx-h")
}

// StepNote is a prescriber's note on one step, or nothing.
func StepNote(s content.RoutineStep) goapp.UI {
	if s.Note == "" {
		return nil
	}
	return ElText("span", "step-note", i18n.F("Note: {note}", "note", s.Note))
}

// QRBox holds an SVG from app/qrcode on white, with its own margin, in
// both themes and on paper, so it scans.
func QRBox(qr string) goapp.UI { return goapp.Raw(`<div class="qr-box">` + qr + `</div>`) }

// QRCard passes a routine on: its link as a QR code to scan from this
// screen (qr, an SVG from app/qrcode; "" while it can't be drawn), a
// share button and the printable sheet.
func QRCard(qr, sheet string, share goapp.UI) goapp.UI {
	return Elem("section", "card qr-card",
		ElemText("h2", "", "Pass it on").ID("qr-h"),
		goapp.If(qr != "", func() goapp.UI {
			return Elem("figure", "qr",
				QRBox(qr),
				ElText("figcaption", "card-text", "Point another phone's camera at this code to open the routine there. Nothing is uploaded: the routine is inside the link."),
			).ID("routine-qr")
		}),
		El("div", "actions",
			share,
			Link("button", sheet, ElText("span", "", "Print or save as PDF")),
		),
	).ID("pass-on").Aria("labelledby", "qr-h")
}

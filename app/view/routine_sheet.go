package view

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/redflag"
	"limber/content"
)

// RoutineSheet is a routine as a printed handout: the prescriber's
// instructions, each step with its drawing, how to do it in short, its
// dose and note, the stop rules and emergency signs, and a QR code back
// to the routine. It is drawn for paper (black on white, no controls);
// qr is an SVG from app/qrcode ("" leaves the code out) and link the
// address it holds.
func RoutineSheet(r content.Routine, link, qr, emergency string) goapp.UI {
	return Elem("article", "sheet",
		El("header", "sheet-head",
			El("div", "sheet-title",
				ElText("p", "sheet-brand", "Limber · home exercise programme"),
				ElemText("h1", "", r.Name).ID("sheet-h"),
				ElemText("p", "sheet-time", AboutLabel(r.EstimatedSeconds())+" · "+CountLabel(len(r.Steps), "exercise")+" · "+EquipmentLabel(r.Equipment())).ID("sheet-time"),
				sheetRx(r.Rx),
			),
			goapp.If(qr != "", func() goapp.UI {
				return Elem("figure", "sheet-qr",
					QRBox(qr),
					ElText("figcaption", "", "Scan to open it in Limber, with timers. Works offline."),
				).ID("sheet-qr")
			}),
		),
		Elem("ol", "sheet-steps", goapp.Range(r.Steps).Slice(func(i int) goapp.UI { return sheetStep(i, r.Steps[i]) })).ID("sheet-steps"),
		sheetSafety(emergency),
		El("footer", "sheet-foot",
			ElemText("p", "sheet-link", link).ID("sheet-link"),
			ElText("p", "", "Limber informs; it does not diagnose. Follow the advice of the person who gave you this sheet."),
		),
	).ID("sheet").Aria("labelledby", "sheet-h")
}

func sheetRx(rx content.Prescription) goapp.UI {
	if rx.IsZero() {
		return nil
	}
	var lines []goapp.UI
	add := func(id, term, text string) {
		if text != "" {
			lines = append(lines, Elem("p", "sheet-rx", El("strong", "", goapp.Text(term+" ")), goapp.Text(text)).ID(id))
		}
	}
	add("sheet-suits", i18n.T("For:"), rx.Suits)
	add("sheet-often", i18n.T("How often:"), OftenLabel(rx))
	add("sheet-instructions", i18n.T("Instructions:"), rx.Instructions)
	return El("div", "sheet-rx-box", lines...)
}

// sheetStep is one exercise on the sheet, its steps in short: at most
// four, each cut at its first sentence.
func sheetStep(i int, s content.RoutineStep) goapp.UI {
	e, ok := content.ExerciseBySlug(s.Exercise)
	if !ok {
		return ElText("li", "sheet-step", "Unknown exercise")
	}
	how := e.Steps
	if len(how) > 4 {
		how = how[:4]
	}
	return El("li", "sheet-step",
		Illustration(e.Slug, false),
		El("div", "sheet-step-text",
			ElText("h2", "", Itoa(i+1)+". "+i18n.T(e.Name)),
			ElText("p", "sheet-dose", StepDoseLabel(s)),
			El("ol", "sheet-how", goapp.Range(how).Slice(func(j int) goapp.UI { return ElText("li", "", firstSentence(i18n.T(how[j]))) })),
			goapp.If(s.Note != "", func() goapp.UI {
				return El("p", "sheet-note", El("strong", "", goapp.Text(i18n.T("Note:")+" ")), goapp.Text(s.Note))
			}),
		),
	)
}

// sheetSafety is when to stop and when to call for help, on paper.
func sheetSafety(emergency string) goapp.UI {
	signs := redflag.QuestionsFor(redflag.Emergency)
	return Elem("section", "sheet-safety",
		El("div", "",
			ElText("h2", "", "Stop if"),
			El("ul", "", goapp.Range(redflag.StopRules).Slice(func(i int) goapp.UI { return ElText("li", "", redflag.StopRules[i]) })),
		),
		El("div", "",
			ElemText("h2", "", i18n.F("Call {number} now if", "number", emergency)).ID("sheet-emergency"),
			El("ul", "", goapp.Range(signs).Slice(func(i int) goapp.UI { return ElText("li", "", signs[i].Sign()) })),
		),
	).ID("sheet-safety")
}

// firstSentence is s up to and including its first full stop.
func firstSentence(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' {
			return s[:i+1]
		}
	}
	return s
}

package app

import (
	"net/url"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/browser"
	"limber/app/i18n"
	"limber/app/qrcode"
	"limber/app/routinelink"
	"limber/app/view"
	"limber/content"
)

// RoutineSheetPage is a routine as a sheet to print or save as PDF: for a
// physio's home programme (?r=, the routine's link token) or one of
// Limber's routines (?slug=). On screen it sits under a bar with Print;
// on paper the print stylesheet leaves only the sheet.
type RoutineSheetPage struct {
	goapp.Compo

	loaded  bool
	routine content.Routine
	path    string // the routine's own page, which the QR code opens
	err     string
	number  string
	note    string // why printing didn't start
	// link and qr are the routine's address and its QR code, made once on
	// the client (the server doesn't know the address it is opened at).
	link, qr string
}

func (p *RoutineSheetPage) OnPreRender(ctx goapp.Context) { p.load(ctx) }
func (p *RoutineSheetPage) OnNav(ctx goapp.Context)       { p.load(ctx) }

func (p *RoutineSheetPage) load(ctx goapp.Context) {
	q := ctx.Page().URL().Query()
	*p = RoutineSheetPage{Compo: p.Compo, loaded: true, number: emergencyNumberHere()}
	p.routine, p.path, p.err = sheetRoutine(q)
	if p.err == "" && goapp.IsClient {
		p.link = pageOrigin() + i18n.Path(p.path)
		p.qr, _ = qrcode.SVG(p.link, i18n.F("QR code that opens {routine} in Limber", "routine", i18n.T(p.routine.Name)))
	}
	m := pageMeta{Title: "Printable sheet", Description: "A routine to print or save as PDF, with drawings, doses and safety notes.", Path: "/routines/sheet"}
	if p.err == "" {
		m.Title = i18n.F("{routine}: printable sheet", "routine", i18n.T(p.routine.Name))
	}
	applyMeta(ctx, m)
}

// sheetRoutine reads the routine a sheet's query names and the path of
// its own page.
func sheetRoutine(q url.Values) (content.Routine, string, string) {
	if slug := q.Get("slug"); slug != "" {
		r, ok := content.RoutineBySlug(slug)
		if !ok {
			return content.Routine{}, "", i18n.F("Limber has no routine called \"{slug}\".", "slug", slug)
		}
		return r, "/routines/" + r.Slug, ""
	}
	d, err := decodeLink(q.Get("r"))
	if err != nil {
		return content.Routine{}, "", i18n.T(routinelink.Message(err))
	}
	return d.Routine, "/routines/shared?r=" + url.QueryEscape(q.Get("r")), ""
}

func (p *RoutineSheetPage) Render() goapp.UI {
	if !p.loaded {
		return shell(view.TabNone, view.Opening())
	}
	if p.err != "" {
		return shell(view.TabRoutines, view.LinkProblem(i18n.T("This sheet can't be made"), p.err, nil))
	}
	return shell(view.TabRoutines,
		view.El("div", "sheet-bar no-print",
			view.LinkText("button", p.path, "Back to the routine"),
			view.Elem("button", "button primary", view.ElText("span", "", "Print or save as PDF")).ID("sheet-print").Attr("type", "button").OnClick(p.print),
			view.ElemText("p", "share-note", p.note).ID("sheet-print-note").Aria("live", "polite"),
		),
		view.RoutineSheet(p.routine, p.link, p.qr, p.number),
	)
}

func (p *RoutineSheetPage) print(ctx goapp.Context, e goapp.Event) {
	p.note = ""
	if err := browser.Print(); err != nil {
		p.note = i18n.T(err.Error())
	}
}

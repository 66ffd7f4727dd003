package app

import (
	"errors"
	"net/url"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/qrcode"
	"limber/app/routinelink"
	"limber/app/storage"
	"limber/app/view"
	"limber/content"
)

// knownExercise reports whether a slug is in the library (for link decoding).
func knownExercise(slug string) bool {
	_, ok := content.ExerciseBySlug(slug)
	return ok
}

const sharedLeadIn = 5

// decodeLink reads a routine link as it plays: links carry no lead-in, so
// it gets sharedLeadIn, and its time reads alike on every page.
func decodeLink(token string) (routinelink.Decoded, error) {
	d, err := routinelink.Decode(token, knownExercise)
	d.Routine = withLeadIn(d.Routine)
	return d, err
}

// withLeadIn gives a routine without a lead-in a moment to get in place.
func withLeadIn(r content.Routine) content.Routine {
	if r.LeadIn == 0 {
		r.LeadIn = sharedLeadIn
	}
	return r
}

// resolveRoutine finds the routine a player URL names: a built-in slug, a
// shared link (?r=token) or a routine saved on this phone (?id=).
func resolveRoutine(slug string, q url.Values) (content.Routine, string, error) {
	switch slug {
	case "shared":
		d, err := decodeLink(q.Get("r"))
		if err != nil {
			return content.Routine{Name: "Shared routine"}, "/routines", errors.New(i18n.T(routinelink.Message(err)))
		}
		return d.Routine, "/routines/shared?r=" + url.QueryEscape(q.Get("r")), nil
	case "saved":
		for _, s := range storage.Load().Routines {
			if s.ID == q.Get("id") {
				return withLeadIn(s.Routine), "/routines", nil
			}
		}
		return content.Routine{Name: "Saved routine"}, "/routines", errors.New(i18n.T("This saved routine isn't on this phone any more; it may have been deleted."))
	}
	r, ok := content.RoutineBySlug(slug)
	if !ok {
		return content.Routine{Name: "Routine"}, "/routines", errors.New(i18n.F("Limber has no routine called \"{slug}\"", "slug", slug))
	}
	return r, "/routines/" + slug, nil
}

// SharedRoutinePage previews a routine that arrived inside a link, with
// Start, Add to my plan and Save; it works offline because the routine is
// in the URL. A physio's home programme shows its instructions first.
type SharedRoutinePage struct {
	goapp.Compo

	loaded   bool // the URL is read in OnNav, a frame after the first render
	token    string
	decoded  routinelink.Decoded
	err      error
	saveNote string
	qr       string // the link as a QR code, drawn on the client
	followed bool   // added to the plan on this visit
}

func (p *SharedRoutinePage) OnPreRender(ctx goapp.Context) { p.load(ctx) }
func (p *SharedRoutinePage) OnNav(ctx goapp.Context)       { p.load(ctx) }

func (p *SharedRoutinePage) load(ctx goapp.Context) {
	p.token = ctx.Page().URL().Query().Get("r")
	p.decoded, p.err = decodeLink(p.token)
	p.saveNote, p.qr, p.followed = "", "", false
	p.loaded = true
	m := pageMeta{Title: "A routine shared with you", Description: "Someone shared a stretching routine with you. Open it in Limber to preview, start or save it.", Path: "/routines/shared"}
	if p.err == nil {
		r := p.decoded.Routine
		m.Title = r.Name
		m.Description = i18n.F("A shared Limber routine: {exercises}, about {time}.", "exercises", exerciseCount(len(r.Steps)), "time", view.MinutesLabel(r.EstimatedSeconds()))
		if often := view.OftenLabel(r.Rx); often != "" {
			m.Description = i18n.F("A home programme in Limber: {exercises}, {often}.", "exercises", exerciseCount(len(r.Steps)), "often", lowerFirst(i18n.T(often)))
		}
		if goapp.IsClient {
			p.qr, _ = qrcode.SVG(pageOrigin()+i18n.Path("/routines/shared?r="+url.QueryEscape(p.token)), i18n.F("QR code of the link to {routine}", "routine", i18n.T(r.Name)))
		}
	}
	applyMeta(ctx, m)
}

func (p *SharedRoutinePage) Render() goapp.UI {
	if !p.loaded {
		return shell(view.TabNone, view.Opening())
	}
	if p.err != nil {
		return shell(view.TabRoutines, view.LinkProblem(i18n.T("This routine link can't be opened"), routinelink.Message(p.err), nil))
	}
	r := p.decoded.Routine
	eyebrow := i18n.T("Shared with you")
	if !r.Rx.IsZero() {
		eyebrow = i18n.T("Your home programme")
	}
	token := url.QueryEscape(p.token)
	return shell(view.TabRoutines,
		view.Crumbs(view.NavLink{Href: "/", Label: "Home"}, view.NavLink{Href: "/routines", Label: "Routines"}, view.NavLink{Label: "Shared routine"}),
		view.ElText("p", "eyebrow", eyebrow),
		goapp.If(len(p.decoded.Problems) > 0, func() goapp.UI {
			return view.LinkFixedNotice(i18n.T("Some parts of this link were fixed"), i18n.T("You can still use the rest of the routine."), p.decoded.Problems)
		}),
		view.RoutineOverview(r,
			StartLink("button primary big", "shared-start", "/routines/shared/play?r="+token, r.Name),
			view.Elem("button", "button", view.Icon(view.IconRoutines), view.ElText("span", "", map[bool]string{false: i18n.T("Add to my plan"), true: i18n.T("In your plan")}[p.followed])).
				ID("shared-follow").Attr("type", "button").OnClick(p.follow),
			// Following saves it too, so Save goes once it's in the plan.
			view.Slot(goapp.If(!p.followed, func() goapp.UI {
				return view.Elem("button", "button", view.Icon(view.IconStar), view.ElText("span", "", "Save to my routines")).ID("shared-save").Attr("type", "button").OnClick(p.save)
			})),
			// Beside the buttons, so a phone shows it where the tap was.
			view.ElemText("p", "share-note", p.saveNote).ID("shared-save-note").Aria("live", "polite"),
		),
		view.QRCard(p.qr, "/routines/sheet?r="+token, &ShareButton{Title: r.Name, Text: "A stretching routine in Limber"}),
		view.StopRules(),
	)
}

// notKept is said when the browser refuses to store: the change holds for
// this visit only (the status bar says why). It follows a sentence.
func notKept() string {
	return " " + i18n.T("This browser isn't keeping Limber's data, so it lasts until you close Limber (see the note at the top).")
}

// keptNote is notKept when the browser refuses to store, else nothing.
func keptNote() string {
	if storage.InMemory() {
		return notKept()
	}
	return ""
}

func (p *SharedRoutinePage) save(ctx goapp.Context, e goapp.Event) {
	defer revealSoon(ctx, "shared-save-note") // below the buttons, off a phone's screen
	switch _, err := storage.SaveRoutine(p.decoded.Routine); {
	case err == storage.ErrAlreadySaved:
		p.saveNote = i18n.T("Already saved. It's in Routines under \"Your routines\".") + keptNote()
	case err != nil:
		p.saveNote = i18n.T("Saved for now.") + notKept()
	default:
		p.saveNote = i18n.T("Saved. It's in Routines under \"Your routines\".")
	}
}

// follow adds the routine to the plan: it shows on Home under Today.
func (p *SharedRoutinePage) follow(ctx goapp.Context, e goapp.Event) {
	defer revealSoon(ctx, "shared-save-note")
	p.followed = true
	if _, err := storage.FollowRoutine(p.decoded.Routine); err != nil {
		p.saveNote = i18n.T("Added to your plan for now.") + notKept()
		return
	}
	p.saveNote = i18n.T("Added to your plan: it's on Home under Today, and saved in Routines.")
}

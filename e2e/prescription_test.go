package e2e

import (
	"bytes"
	"image"
	_ "image/png"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"

	"limber/app/routinelink"
	"limber/content"
)

// scanQR screenshots the QR code on screen and decodes it, as a phone's
// camera would: what is drawn, not what the app meant to draw. Like a
// camera moving closer, it tries the picture at 1x, 2x and 3x: the test
// decoder (a port of ZXing) misreads some dense codes at one size only.
func scanQR(p *page, sel string) string {
	p.t.Helper()
	var last error
	for _, scale := range []float64{1, 2, 3} {
		png, err := chromedp.Run(p.ctx, chromedp.ScreenshotScale(chromedp.CSS(sel), scale))
		if err != nil {
			p.t.Fatalf("screenshot of %s: %v", sel, err)
		}
		keepArtifact(p.t, "qr.png", png)
		text, err := decodeQR(png)
		if err == nil {
			return text
		}
		last = err
	}
	p.t.Fatalf("the QR code on screen doesn't scan: %v", last)
	return ""
}

func decodeQR(png []byte) (string, error) {
	img, _, err := image.Decode(bytes.NewReader(png))
	if err != nil {
		return "", err
	}
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		return "", err
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, nil)
	if err != nil {
		return "", err
	}
	return res.GetText(), nil
}

// TestPrescriptionTravelsInTheLink: a physio builds a routine with notes,
// instructions (with markup in them), how often and for how long, makes
// a link whose on-screen QR code scans to that link; a fresh phone opens
// it and sees the instructions first, as text, then adds it to the plan,
// does a session from Today and Today counts it.
func TestPrescriptionTravelsInTheLink(t *testing.T) {
	p := newPage(t)
	p.open("/routines/new")
	typeInto(p, "#routine-name", "Knee-soft hamstrings")
	pickAndAdd(p, "seated-hamstring-stretch")
	pickAndAdd(p, "cat-cow")
	p.waitJS(`document.querySelectorAll(".builder-step").length === 2`)
	typeInto(p, "#step-0-note", "Keep the knee soft")
	setField(p, "step-0-hold", "5")
	setField(p, "step-0-sets", "1")
	setField(p, "step-1-reps", "1")
	setField(p, "step-1-sets", "1")
	p.click("#builder-rx summary")
	typeInto(p, "#rx-suits-in", "Runners with tight hamstrings")
	typeInto(p, "#rx-instructions-in", `Morning <b>and</b> evening. Stop if "it" tingles & rest.`)
	setField(p, "rx-often-in", "3")
	setField(p, "rx-weeks-in", "6")
	p.click("#builder-link")
	p.waitJS(`document.querySelector("#builder-qr svg") !== null`)
	var link string
	p.eval(`document.getElementById("builder-url").value`, &link)
	if !strings.Contains(link, "/routines/shared?r=2") {
		t.Fatalf("link = %q, want a version 2 routine link", link)
	}
	if got := scanQR(p, "#builder-qr .qr-box"); got != link {
		t.Errorf("the QR code scans to %q, want %q", got, link)
	}

	// A fresh phone: nothing saved, the routine only in the link.
	q := newPage(t)
	injectScript(q, morningClock)
	injectScript(q, clockSkew)
	q.openURL(link)
	q.waitJS(`document.getElementById("rx") !== null`)
	if s := q.text("#rx-suits"); s != "Runners with tight hamstrings" {
		t.Errorf("who it suits = %q", s)
	}
	if s := q.text("#rx-often"); s != "3 times a week for 6 weeks" {
		t.Errorf("how often = %q", s)
	}
	if s := q.text("#rx-instructions"); s != `Morning <b>and</b> evening. Stop if "it" tingles & rest.` {
		t.Errorf("instructions = %q, want the markup shown as text", s)
	}
	if q.has("#rx b") {
		t.Error("markup in the instructions became an element")
	}
	var order bool
	q.eval(`!!(document.getElementById("rx").compareDocumentPosition(document.getElementById("shared-start")) & Node.DOCUMENT_POSITION_FOLLOWING)`, &order)
	if !order {
		t.Error("the instructions don't come before Start")
	}
	if s := q.text(".routine-steps"); !strings.Contains(s, "Note: Keep the knee soft") {
		t.Errorf("steps = %q, want the step's note", s)
	}
	q.click("#shared-follow")
	q.waitJS(`document.getElementById("shared-save-note").textContent.startsWith("Added to your plan")`)

	q.goTo("/")
	q.waitJS(`document.querySelector("#today-home .home-programme") !== null`)
	if s := q.text("#today-home"); !strings.Contains(s, "Knee-soft hamstrings") || !strings.Contains(s, "3 times a week") || !strings.Contains(s, "0 of 3 this week") {
		t.Errorf("Today = %q", s)
	}
	q.click(`#today-home a.primary`)
	q.waitJS(`document.getElementById("precheck-form") !== null`)
	q.click("#precheck-submit")
	q.waitJS(`document.getElementById("player") !== null`)
	q.eval(`localStorage.setItem("test.skew", "6000"); true`, nil) // past the lead-in
	q.waitJS(`document.getElementById("player").dataset.phase === "hold"`)
	if s := q.text(".player-cue"); s != "Keep the knee soft" {
		t.Errorf("the player's cue during the first step = %q, want the prescriber's note", s)
	}
	q.eval(`localStorage.setItem("test.skew", String(3600e3)); true`, nil)
	q.waitJS(`document.getElementById("player-done") !== null`)
	q.goTo("/")
	q.waitJS(`document.getElementById("today-home")?.textContent.includes("Done for today")`)
	if s := q.text("#today-home"); !strings.Contains(s, "1 of 3 this week") {
		t.Errorf("Today after a session = %q", s)
	}

	// Taking it out of the plan asks first, since adding it back starts
	// its weeks again; "Keep it" changes nothing.
	q.goTo("/routines")
	q.click(`#saved-routines button[aria-label^="Take out of plan"]`)
	q.waitJS(`document.getElementById("out-no") !== null`)
	q.click("#out-no")
	q.waitJS(`document.getElementById("out-no") === null`)
	q.goTo("/")
	q.waitJS(`document.getElementById("today-home")?.textContent.includes("1 of 3 this week")`)
	q.goTo("/routines")
	q.click(`#saved-routines button[aria-label^="Take out of plan"]`)
	q.click("#out-yes")
	q.waitJS(`document.querySelector('#saved-routines button[aria-label^="Add to my plan"]') !== null`)
	noPanic(t, q)
}

// TestEditSavedRoutine: a saved routine opens in the builder, keeps its
// place when saved, and a delete can be undone.
func TestEditSavedRoutine(t *testing.T) {
	p := newPage(t)
	p.open("/routines/new")
	typeInto(p, "#routine-name", "Evening")
	pickAndAdd(p, "cat-cow")
	p.waitJS(`document.querySelectorAll(".builder-step").length === 1`)
	p.click("#builder-save")
	p.waitJS(`document.getElementById("builder-note").textContent.startsWith("Saved")`)
	// A dose changed after saving updates that copy: no twins of one name.
	setField(p, "step-0-reps", "4")
	p.click("#builder-save")
	p.waitJS(`document.getElementById("builder-note").textContent.startsWith("Changes saved")`)
	p.open("/routines")
	p.waitJS(`document.querySelectorAll("#saved-routines li").length === 1`)
	p.click(`#saved-routines a[aria-label="Edit Evening"]`)
	p.waitJS(`document.querySelector("h1").textContent === "Edit your routine" && document.getElementById("routine-name").value === "Evening"`)
	typeInto(p, "#routine-name", "Evening, gentler")
	typeInto(p, "#step-0-note", "Slowly")
	p.click("#builder-save")
	p.waitJS(`document.getElementById("builder-note").textContent.startsWith("Changes saved")`)
	p.open("/routines")
	p.waitJS(`document.querySelectorAll("#saved-routines li").length === 1`)
	if s := p.text("#saved-routines"); !strings.Contains(s, "Evening, gentler") {
		t.Errorf("saved routines = %q", s)
	}
	p.click(`#saved-routines a.card-title`)
	p.waitJS(`document.querySelector(".routine-steps") !== null`)
	if s := p.text(".routine-steps"); !strings.Contains(s, "Note: Slowly") {
		t.Errorf("the edited note isn't in the routine: %q", s)
	}
	p.open("/routines")
	p.click(`#saved-routines button[aria-label^="Delete"]`)
	p.waitJS(`document.querySelectorAll("#saved-routines li").length === 0`)
	p.click("#undo-delete")
	p.waitJS(`document.querySelectorAll("#saved-routines li").length === 1`)

	// Editing a routine deleted meanwhile starts a new one and says so.
	p.open("/routines/new?edit=gone")
	p.waitJS(`document.getElementById("builder-note").textContent.includes("isn't on this phone")`)
	noPanic(t, p)
}

// keepArtifact writes what a test saw (a screenshot, a PDF) into
// $LIMBER_ARTIFACTS when it is set, for a person to look at.
func keepArtifact(t *testing.T, name string, data []byte) {
	dir := os.Getenv("LIMBER_ARTIFACTS")
	if dir == "" {
		return
	}
	if err := os.WriteFile(filepath.Join(dir, t.Name()+"-"+name), data, 0o644); err != nil {
		t.Logf("keeping %s: %v", name, err)
	}
}

// callNow is the sheet's emergency heading, with the number for the
// browser's region.
var callNow = regexp.MustCompile(`Call [0-9]{3} now if`)

// sixSteps is a 6-step home programme with a note on every step.
func sixSteps(t *testing.T) string {
	t.Helper()
	r := content.Routine{Name: "Six for the back", Rx: content.Prescription{Suits: "Stiff lower back", Instructions: "Every evening. Stop if pain spreads down a leg.", PerWeek: 7, Weeks: 4}}
	for _, slug := range []string{"cat-cow", "pelvic-tilts", "knee-to-chest", "supine-hamstring-strap-stretch", "glute-bridge", "childs-pose"} {
		e, _ := content.ExerciseBySlug(slug)
		s := content.RoutineStep{Exercise: slug, PerSide: e.Dosage.PerSide, Sets: 1, Note: "Breathe out as you move"}
		if e.Dosage.HoldMin > 0 {
			s.HoldSeconds = e.Dosage.HoldMin
		} else {
			s.Reps = max(e.Dosage.RepsMin, 1)
		}
		r.Steps = append(r.Steps, s)
	}
	token, err := routinelink.Encode(r)
	if err != nil {
		t.Fatal(err)
	}
	return token
}

// TestPrintedSheet: a 6-step programme printed: no navigation or buttons,
// every step's drawing, dose and note, the stop rules and emergency signs,
// a QR code back to the routine, on at most two A4 pages.
func TestPrintedSheet(t *testing.T) {
	p := newPage(t)
	token := sixSteps(t)
	p.open("/routines/sheet?r=" + url.QueryEscape(token))
	p.waitJS(`document.querySelectorAll("#sheet-steps img").length === 6 && [...document.querySelectorAll("#sheet-steps img")].every(i => i.complete && i.naturalWidth > 0)`)
	p.waitJS(`document.querySelector("#sheet-qr svg") !== null`)
	if got, want := scanQR(p, "#sheet-qr .qr-box"), baseURL+"/routines/shared?r="+url.QueryEscape(token); got != want {
		t.Errorf("the sheet's QR code scans to %q, want %q", got, want)
	}
	if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	var shown []string
	p.eval(`[...document.querySelectorAll(".topbar, .tabbar, .footer, .sheet-bar, button, nav, .status-bar")].filter(e => getComputedStyle(e).display !== "none" && e.getClientRects().length > 0).map(e => e.className || e.tagName)`, &shown)
	if len(shown) > 0 {
		t.Errorf("printed with navigation or buttons: %v", shown)
	}
	var steps []string
	p.eval(`[...document.querySelectorAll(".sheet-step")].map(s => s.textContent)`, &steps)
	if len(steps) != 6 {
		t.Fatalf("%d steps on the sheet, want 6", len(steps))
	}
	for i, s := range steps {
		if !strings.Contains(s, "Note: Breathe out as you move") || !(strings.Contains(s, " s") || strings.Contains(s, "reps")) {
			t.Errorf("step %d lacks its dose or note: %q", i+1, s)
		}
	}
	if s := p.text("#sheet-safety"); !strings.Contains(s, "Stop if") || !callNow.MatchString(s) || !strings.Contains(s, "bladder or bowels") {
		t.Errorf("safety on the sheet = %q", s)
	}
	if s := p.text("#sheet"); !strings.Contains(s, "Every day for 4 weeks") || !strings.Contains(s, "Stiff lower back") {
		t.Errorf("the sheet lacks the instructions: %q", s)
	}
	pdf, err := chromedp.Call(p.ctx, cdppage.PrintToPDF, cdppage.PrintToPDFParams{PaperWidth: 8.27, PaperHeight: 11.69})
	if err != nil {
		t.Fatal(err)
	}
	keepArtifact(t, "sheet.pdf", pdf.Data)
	if n := bytes.Count(pdf.Data, []byte("/Type /Page\n")) + bytes.Count(pdf.Data, []byte("/Type /Page/")) + bytes.Count(pdf.Data, []byte("/Type /Page ")) + bytes.Count(pdf.Data, []byte("/Type /Page>")); n < 1 || n > 2 {
		t.Errorf("the sheet prints on %d pages, want 1 or 2", n)
	}
	noPanic(t, p)
}

// TestBrokenSheetLink: a damaged link gets a clear message, not a blank
// page, and an unknown routine likewise.
func TestBrokenSheetLink(t *testing.T) {
	p := newPage(t)
	p.open("/routines/sheet?r=2AAAA")
	if s := p.text("main"); !strings.Contains(s, "This sheet can't be made") {
		t.Errorf("broken link = %q", s)
	}
	p.open("/routines/sheet?slug=nope")
	if s := p.text("main"); !strings.Contains(s, "no routine called") {
		t.Errorf("unknown routine = %q", s)
	}
	p.open("/routines/sheet?slug=desk-break")
	p.waitJS(`document.querySelector("#sheet-qr svg") !== null`)
	if got := scanQR(p, "#sheet-qr .qr-box"); got != baseURL+"/routines/desk-break" {
		t.Errorf("a built-in routine's sheet scans to %q", got)
	}
	noPanic(t, p)
}

// TestPastedHiddenCharacters: text pasted from a document often carries
// invisible characters (a soft hyphen, a zero-width space, a direction
// mark); the builder drops them instead of disabling Save over a problem
// nobody can see.
func TestPastedHiddenCharacters(t *testing.T) {
	p := newPage(t)
	p.open("/routines/new")
	pickAndAdd(p, "cat-cow")
	p.waitJS(`document.querySelectorAll(".builder-step").length === 1`)
	typeInto(p, "#routine-name", "Even\u00ading\u200b stretch\u200f")
	typeInto(p, "#step-0-note", "Slow\u200bly")
	p.waitJS(`!document.getElementById("builder-save").disabled && !document.getElementById("builder-link").disabled`)
	if p.has(".callout.warn") {
		t.Errorf("hidden characters show a problem: %q", p.text(".callout.warn"))
	}
	p.click("#builder-save")
	p.waitJS(`document.getElementById("builder-note").textContent.startsWith("Saved")`)
	var name, note string
	p.eval(`JSON.parse(localStorage.getItem("limber.v1")).routines[0].routine.name`, &name)
	p.eval(`JSON.parse(localStorage.getItem("limber.v1")).routines[0].routine.steps[0].note`, &note)
	if name != "Evening stretch" || note != "Slowly" {
		t.Errorf("saved %q with note %q, want them without the hidden characters", name, note)
	}
	noPanic(t, p)
}

// TestAddToPlanWithStorageFull: with every write refused, "Add to my plan"
// says it lasts for this visit, and Today shows the programme meanwhile.
func TestAddToPlanWithStorageFull(t *testing.T) {
	p := newPage(t)
	injectScript(p, quotaFull)
	p.open("/routines/shared?r=" + url.QueryEscape(sixSteps(t)))
	p.click("#shared-follow")
	p.waitJS(`document.getElementById("shared-save-note").textContent.includes("lasts until you close Limber")`)
	if s := p.text("#shared-follow"); s != "In your plan" {
		t.Errorf("the button reads %q after adding", s)
	}
	p.goTo("/")
	p.waitJS(`document.querySelector("#today-home .home-programme") !== null`)
	noPanic(t, p)
}

package redflag

import (
	"strings"

	"limber/app/i18n"
)

// NumberPlaceholder marks where the UI puts the person's emergency number.
// It can appear in any text field of a Result; Result.WithNumber fills it in.
// The texts below spell it out inside their literals, so each is one whole
// sentence for translators, who keep {number} where their language needs it.
const NumberPlaceholder = "{number}"

// Disclaimer is shown with the checklist and every result.
// It is English (marked for the catalogue): translate it where it is shown.
var Disclaimer = i18n.Mark("This check does not diagnose anything. It only helps you decide how soon to get help. If you are unsure or worried, contact a health professional.")

// Answers maps a question ID to true when the answer is yes.
type Answers map[string]bool

// Result says what to do after the checklist.
type Result struct {
	Tier    Tier
	Matched []Question // every yes answer, most urgent first
	Title   string     // short heading
	Action  string     // the one thing to do; may contain NumberPlaceholder
	Contact string     // who to contact; empty for AllClear
	When    string     // how soon
	Advice  []string   // extra plain steps, most important first
}

// Evaluate turns answers into a result, in the current language. The highest tier among yes answers
// wins; unknown IDs are ignored so old stored answers cannot break it.
func Evaluate(a Answers) Result {
	tier := AllClear
	var matched []Question
	for _, q := range Questions {
		if a[q.ID] {
			matched = append(matched, q)
			tier = max(tier, q.Tier)
		}
	}
	r := resultFor(tier)
	r.Matched = matched
	return r
}

// WithNumber returns a copy of r with NumberPlaceholder replaced by number.
// An invalid or empty number becomes a general phrase rather than a wrong one.
func (r Result) WithNumber(number string) Result {
	with := i18n.T("your local emergency number")
	if ValidEmergencyNumber(number) {
		with = number
	}
	fill := func(s string) string { return strings.ReplaceAll(s, NumberPlaceholder, with) }
	r.Title, r.Action, r.Contact, r.When = fill(r.Title), fill(r.Action), fill(r.Contact), fill(r.When)
	advice := make([]string, len(r.Advice))
	for i, s := range r.Advice {
		advice[i] = fill(s)
	}
	r.Advice = advice
	return r
}

// resultFor builds the fixed wording of a tier in the current language.
// Slices are fresh each call so callers may change them freely.
func resultFor(t Tier) Result {
	switch t {
	case Emergency:
		return emergencyResult()
	case Urgent:
		return urgentResult()
	case SeeProfessional:
		return professionalResult()
	}
	return allClearResult()
}

func emergencyResult() Result {
	return Result{
		Tier:    Emergency,
		Title:   i18n.T("Get emergency help now"),
		Action:  i18n.T("Call {number} or go to an emergency department now."),
		Contact: i18n.T("Emergency services on {number}, or the nearest emergency department."),
		When:    i18n.T("Now. Don't wait to see if it passes."),
		Advice: []string{
			i18n.T("Stop exercising."),
			i18n.T("These signs need checking straight away, even if the pain is mild."),
			i18n.T("Don't drive yourself. Ask someone to take you, or call for an ambulance."),
			i18n.T("Tell them which of these signs you have."),
		},
	}
}

func urgentResult() Result {
	return Result{
		Tier:    Urgent,
		Title:   i18n.T("Get medical advice today"),
		Action:  i18n.T("Contact a doctor or an urgent-care line today or tomorrow."),
		Contact: i18n.T("Your doctor, or an urgent-care phone line (in the UK, for example, NHS 111)."),
		When:    i18n.T("Today, or tomorrow at the latest."),
		Advice: []string{
			i18n.T("Pause your stretching until you have spoken to someone."),
			i18n.T("Tell them which of these signs you have."),
			i18n.T("If any emergency sign appears, call {number} straight away."),
		},
	}
}

func professionalResult() Result {
	return Result{
		Tier:    SeeProfessional,
		Title:   i18n.T("Book a check-up soon"),
		Action:  i18n.T("Book an appointment with a physiotherapist, GP or chiropractor."),
		Contact: i18n.T("A physiotherapist, a GP (family doctor) or a chiropractor."),
		When:    i18n.T("Soon. Try to book in the next few days."),
		Advice: []string{
			i18n.T("Meanwhile, keep moving gently, within what feels comfortable."),
			i18n.T("Skip any stretch that makes the pain worse."),
			i18n.T("Go through this check again if anything changes."),
		},
	}
}

func allClearResult() Result {
	return Result{
		Tier:   AllClear,
		Title:  i18n.T("No warning signs"),
		Action: i18n.T("You can exercise. Keep it gentle and listen to your body."),
		When:   i18n.T("Check again in 7 days, or sooner if anything changes."),
		Advice: stopRules(),
	}
}

// stopRules is a fresh copy of StopRules in the current language.
func stopRules() []string {
	out := make([]string, len(StopRules))
	for i, s := range StopRules {
		out[i] = i18n.T(s)
	}
	return out
}

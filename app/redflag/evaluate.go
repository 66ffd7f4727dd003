package redflag

import "strings"

// NumberPlaceholder marks where the UI puts the person's emergency number.
// It can appear in any text field of a Result; Result.WithNumber fills it in.
const NumberPlaceholder = "{number}"

// Disclaimer is shown with the checklist and every result.
const Disclaimer = "This check does not diagnose anything. It only helps you " +
	"decide how soon to get help. If you are unsure or worried, contact a " +
	"health professional."

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

// Evaluate turns answers into a result. The highest tier among yes answers
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
	with := "your local emergency number"
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

// resultFor builds the fixed wording of a tier. Slices are fresh each call so
// callers may change them freely.
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
		Title:   "Get emergency help now",
		Action:  "Call " + NumberPlaceholder + " or go to an emergency department now.",
		Contact: "Emergency services on " + NumberPlaceholder + ", or the nearest emergency department.",
		When:    "Now. Don't wait to see if it passes.",
		Advice: []string{
			"Stop exercising.",
			"These signs need checking straight away, even if the pain is mild.",
			"Don't drive yourself. Ask someone to take you, or call for an ambulance.",
			"Tell them which of these signs you have.",
		},
	}
}

func urgentResult() Result {
	return Result{
		Tier:    Urgent,
		Title:   "Get medical advice today",
		Action:  "Contact a doctor or an urgent-care line today or tomorrow.",
		Contact: "Your doctor, or an urgent-care phone line (in the UK, for example, NHS 111).",
		When:    "Today, or tomorrow at the latest.",
		Advice: []string{
			"Pause your stretching until you have spoken to someone.",
			"Tell them which of these signs you have.",
			"If any emergency sign appears, call " + NumberPlaceholder + " straight away.",
		},
	}
}

func professionalResult() Result {
	return Result{
		Tier:    SeeProfessional,
		Title:   "Book a check-up soon",
		Action:  "Book an appointment with a physiotherapist, GP or chiropractor.",
		Contact: "A physiotherapist, a GP (family doctor) or a chiropractor.",
		When:    "Soon. Try to book in the next few days.",
		Advice: []string{
			"Meanwhile, keep moving gently, within what feels comfortable.",
			"Skip any stretch that makes the pain worse.",
			"Go through this check again if anything changes.",
		},
	}
}

func allClearResult() Result {
	return Result{
		Tier:   AllClear,
		Title:  "No warning signs",
		Action: "You can exercise. Keep it gentle and listen to your body.",
		When:   "Check again in 7 days, or sooner if anything changes.",
		Advice: append([]string(nil), StopRules...),
	}
}

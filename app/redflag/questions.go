package redflag

import "strings"

// Question is one yes/no item of the checklist. Each is asked alongside back
// or leg pain, so the text does not repeat "together with back pain".
type Question struct {
	ID   string // stable and URL-safe; answers are stored under it
	Tier Tier   // how urgent a "yes" is
	Text string // the short yes/no question
	Hint string // one line of plain explanation; may be empty
}

// Sign is the question as a statement, for lists of warning signs such as
// "get help now if your back pain comes with any of these". It is built
// from the English Text, so it is always English: the catalogue has every
// Sign as a key (tools/catalogue), and whoever shows it translates it
// (i18n.T, or a view helper that does).
func (q Question) Sign() string {
	s := strings.TrimSuffix(q.Text, "?")
	for from, to := range map[string]string{
		"Did the pain start after ": "Pain that started after ",
		"Lost control of ":          "Loss of control of ",
		"Have you ":                 "",
		"Are you ":                  "",
		"Is the pain ":              "Pain ",
		"Does the pain ":            "Pain that ",
	} {
		if rest, ok := strings.CutPrefix(s, from); ok {
			s = to + rest
			break
		}
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Questions is the whole checklist, most urgent first. Facts that bundle
// things a person would answer differently are split into separate items.
// Text and Hint are English, catalogue keys by way of tools/catalogue's
// walk over this data: translate them where they are shown.
var Questions = []Question{
	// Emergency: any one of these is enough, since there is no fixed pattern.
	{"saddle-numbness", Emergency,
		"Numbness, tingling or loss of feeling around your genitals, bottom or inner thighs?",
		"The area that would touch a bicycle saddle."},
	{"peeing-difficulty", Emergency,
		"New trouble peeing?",
		"For example, you can't start or stop, or you don't notice you need to go."},
	{"bladder-bowel-control", Emergency,
		"Lost control of your bladder or bowels?",
		"Leaking pee or poo that you can't hold back."},
	{"sexual-function", Emergency,
		"New loss of sexual function?",
		"For example, new trouble with erections, or less feeling during sex."},
	{"both-legs", Emergency,
		"Pain, tingling, weakness or numbness in both legs?",
		"Both legs at once, not just one."},
	{"leg-getting-worse", Emergency,
		"Weakness or numbness in a leg that is severe or getting worse?",
		"For example, a foot that drags or a leg that gives way."},
	{"trouble-walking", Emergency,
		"New trouble walking?",
		"Walking feels weak, unsteady or different from usual."},
	{"major-trauma", Emergency,
		"Did the pain start after a serious accident, a bad fall or another major injury?",
		"For example, a car crash or a fall from a height."},
	{"chest-pain", Emergency,
		"Chest pain as well as the back pain?",
		""},

	// Urgent: get advice the same day or the next.
	{"fever", Urgent,
		"A high temperature, fever or shivering?",
		"Feeling hot, sweaty or shivery."},
	{"weight-loss", Urgent,
		"Losing weight without trying?",
		""},
	{"back-lump", Urgent,
		"A lump or swelling on your back?",
		""},
	{"back-shape", Urgent,
		"Has the shape of your back changed?",
		"For example, a new curve or hump."},
	{"pain-at-rest", Urgent,
		"Pain that doesn't ease when you rest?",
		"Lying down or keeping still doesn't help."},
	{"pain-at-night", Urgent,
		"Pain that is worse at night?",
		""},
	{"cough-sneeze", Urgent,
		"Pain that gets worse when you sneeze, cough or go to the toilet?",
		""},
	{"upper-back", Urgent,
		"Is the pain in your upper back, between the shoulder blades?",
		"Rather than in your lower back."},
	{"cancer-history", Urgent,
		"Have you ever had cancer?",
		""},
	{"weak-immunity", Urgent,
		"Is your immune system weakened?",
		"For example, by an illness or by medicines that lower your defences."},
	{"recent-infection", Urgent,
		"Have you had a bacterial infection recently?",
		"For example, one treated with antibiotics."},
	{"injected-drugs", Urgent,
		"Have you ever injected drugs?",
		"Including in the past."},
	{"fragile-bones-strain", Urgent,
		"Did a minor fall or strain start this, and do you have osteoporosis or take steroids long term?",
		"Answer yes only if both are true. Osteoporosis means thin, fragile bones."},
	{"first-pain-age", Urgent,
		"Is this your first back pain, and are you under 20 or over 50?",
		"Answer yes only if both are true."},

	// See a professional: book an appointment soon.
	{"severe-pain", SeeProfessional,
		"Is the pain severe, long-lasting or getting worse?",
		""},
	{"one-leg-numbness", SeeProfessional,
		"Numbness, tingling or weakness in one leg or foot?",
		"In both legs, or severe or getting worse, is an emergency sign."},
	{"after-injury", SeeProfessional,
		"Did the tightness or pain start after an injury?",
		"For example, a strain or twist during sport."},
	{"no-relief", SeeProfessional,
		"No better after several weeks of regular home care?",
		"Stretching, moving and resting haven't helped."},
	{"daily-activities", SeeProfessional,
		"Does the pain stop you doing normal daily things?",
		"Like work, housework, getting dressed or getting about."},
	{"struggling-to-cope", SeeProfessional,
		"Are you worried about it, or struggling to cope?",
		"That alone is a good reason to talk to someone."},
}

// QuestionsFor returns the questions of one tier, in checklist order.
func QuestionsFor(t Tier) []Question {
	var qs []Question
	for _, q := range Questions {
		if q.Tier == t {
			qs = append(qs, q)
		}
	}
	return qs
}

// PreStartQuestions is the short check before a session: only the signs that
// mean getting help today rather than stretching.
func PreStartQuestions() []Question {
	var qs []Question
	for _, q := range Questions {
		if q.Tier >= Urgent {
			qs = append(qs, q)
		}
	}
	return qs
}

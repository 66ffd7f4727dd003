package redflag

import (
	"strings"
	"testing"
)

func TestEachQuestionAloneGivesItsTier(t *testing.T) {
	for _, q := range Questions {
		t.Run(q.ID, func(t *testing.T) {
			r := Evaluate(Answers{q.ID: true})
			if r.Tier != q.Tier {
				t.Errorf("tier %v, want %v", r.Tier, q.Tier)
			}
			if len(r.Matched) != 1 || r.Matched[0] != q {
				t.Errorf("matched %v, want only %s", r.Matched, q.ID)
			}
		})
	}
}

func TestPairsGiveHigherTier(t *testing.T) {
	tiers := []Tier{SeeProfessional, Urgent, Emergency}
	for _, a := range tiers {
		for _, b := range tiers {
			qa, qb := QuestionsFor(a)[0], QuestionsFor(b)[len(QuestionsFor(b))-1]
			r := Evaluate(Answers{qa.ID: true, qb.ID: true})
			if want := max(a, b); r.Tier != want {
				t.Errorf("%v + %v: got %v, want %v", a, b, r.Tier, want)
			}
			if r.Matched[0].Tier != max(a, b) {
				t.Errorf("%v + %v: most urgent match not first", a, b)
			}
		}
	}
}

func TestNoYesGivesAllClear(t *testing.T) {
	allNo := Answers{}
	for _, q := range Questions {
		allNo[q.ID] = false
	}
	for name, a := range map[string]Answers{
		"nil":     nil,
		"empty":   {},
		"all no":  allNo,
		"unknown": {"not-a-question": true, "": true},
	} {
		r := Evaluate(a)
		if r.Tier != AllClear || len(r.Matched) != 0 {
			t.Errorf("%s: tier %v, matched %d", name, r.Tier, len(r.Matched))
		}
	}
}

func TestUnknownIDsIgnored(t *testing.T) {
	r := Evaluate(Answers{"fever": true, "made-up": true})
	if r.Tier != Urgent || len(r.Matched) != 1 {
		t.Errorf("tier %v, matched %d", r.Tier, len(r.Matched))
	}
}

func TestResultWording(t *testing.T) {
	for _, tier := range Tiers {
		r := resultFor(tier)
		if r.Tier != tier || r.Title == "" || r.Action == "" || r.When == "" || len(r.Advice) == 0 {
			t.Errorf("%v: incomplete result %+v", tier, r)
		}
		if tier != AllClear && r.Contact == "" {
			t.Errorf("%v: no contact", tier)
		}
	}
	if !strings.Contains(resultFor(Emergency).Action, NumberPlaceholder) {
		t.Error("emergency action has no number placeholder")
	}
	if !strings.Contains(resultFor(AllClear).When, "7 days") {
		t.Error("all-clear result does not say when to check again")
	}
}

func TestWithNumber(t *testing.T) {
	for _, tc := range []struct{ number, want string }{
		{"999", "Call 999 or"},
		{"", "Call your local emergency number or"},
		{"12a", "Call your local emergency number or"},
	} {
		r := Evaluate(Answers{"chest-pain": true}).WithNumber(tc.number)
		if !strings.HasPrefix(r.Action, tc.want) {
			t.Errorf("WithNumber(%q): action %q", tc.number, r.Action)
		}
		all := strings.Join(append([]string{r.Title, r.Action, r.Contact, r.When}, r.Advice...), " ")
		if strings.Contains(all, NumberPlaceholder) {
			t.Errorf("WithNumber(%q) left a placeholder", tc.number)
		}
	}
}

func TestResultsDoNotShareSlices(t *testing.T) {
	r := Evaluate(nil)
	r.Advice[0] = "changed"
	if StopRules[0] == "changed" || Evaluate(nil).Advice[0] == "changed" {
		t.Error("result advice aliases shared data")
	}
	e := Evaluate(Answers{"fever": true})
	_ = e.WithNumber("112")
	if !strings.Contains(strings.Join(e.Advice, " "), NumberPlaceholder) {
		t.Error("WithNumber changed the original result")
	}
}

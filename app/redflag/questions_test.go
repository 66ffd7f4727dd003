package redflag

import (
	"regexp"
	"strings"
	"testing"
)

var urlSafe = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestQuestionIDsUniqueAndURLSafe(t *testing.T) {
	seen := map[string]bool{}
	for _, q := range Questions {
		if !urlSafe.MatchString(q.ID) {
			t.Errorf("ID %q is not URL-safe", q.ID)
		}
		if seen[q.ID] {
			t.Errorf("ID %q is duplicated", q.ID)
		}
		seen[q.ID] = true
	}
}

func TestQuestionsHaveText(t *testing.T) {
	for _, q := range Questions {
		if q.Text == "" || q.Text[len(q.Text)-1] != '?' {
			t.Errorf("%s: text %q should be a question", q.ID, q.Text)
		}
	}
}

// Counts follow groups 1-3 of safety-facts.md, after splitting combined facts.
func TestTierCounts(t *testing.T) {
	for _, tc := range []struct {
		tier Tier
		min  int
	}{
		{Emergency, 5},
		{Urgent, 9},
		{SeeProfessional, 5},
	} {
		if n := len(QuestionsFor(tc.tier)); n < tc.min {
			t.Errorf("%v: %d questions, want at least %d", tc.tier, n, tc.min)
		}
	}
	if n := len(QuestionsFor(AllClear)); n != 0 {
		t.Errorf("AllClear has %d questions, want 0", n)
	}
}

func TestQuestionsGroupedMostUrgentFirst(t *testing.T) {
	for i := 1; i < len(Questions); i++ {
		if Questions[i].Tier > Questions[i-1].Tier {
			t.Errorf("%s (%v) comes after %s (%v)", Questions[i].ID, Questions[i].Tier,
				Questions[i-1].ID, Questions[i-1].Tier)
		}
	}
}

func TestPreStartQuestions(t *testing.T) {
	want := append(QuestionsFor(Emergency), QuestionsFor(Urgent)...)
	got := PreStartQuestions()
	if len(got) != len(want) {
		t.Fatalf("got %d questions, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("item %d: got %s, want %s", i, got[i].ID, want[i].ID)
		}
	}
}

func TestTierNames(t *testing.T) {
	slugs := map[string]bool{}
	for _, tier := range Tiers {
		if tier.String() == "Unknown" || !urlSafe.MatchString(tier.Slug()) {
			t.Errorf("tier %d: String %q, Slug %q", tier, tier.String(), tier.Slug())
		}
		if slugs[tier.Slug()] {
			t.Errorf("tier %d: slug %q is taken by another tier", tier, tier.Slug())
		}
		slugs[tier.Slug()] = true
	}
	if !(AllClear < SeeProfessional && SeeProfessional < Urgent && Urgent < Emergency) {
		t.Error("tiers are not ordered by urgency")
	}
}

// The emergency signs are listed on /help as statements.
func TestSignsReadAsStatements(t *testing.T) {
	for _, q := range QuestionsFor(Emergency) {
		s := q.Sign()
		if strings.HasSuffix(s, "?") || s == "" || strings.ToUpper(s[:1]) != s[:1] || strings.HasPrefix(s, "Did ") {
			t.Errorf("%s: sign %q doesn't read as a statement", q.ID, s)
		}
	}
	if got := (Question{Text: "Did the pain start after a bad fall?"}).Sign(); got != "Pain that started after a bad fall" {
		t.Errorf("Sign = %q", got)
	}
}

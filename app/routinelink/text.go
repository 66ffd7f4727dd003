package routinelink

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxCombining caps runs of combining marks in shown text: real scripts
// need a few, "zalgo" text stacks dozens that draw over the rest of the page.
const maxCombining = 4

// textField is a free-text field as Problems name it.
type textField struct {
	step   int    // Problem.Step; 0 for the routine as a whole
	what   string // "The name", "The note on step 3"
	plural bool   // "The instructions were …"
	limit  int    // in runes
}

var (
	suitsField        = textField{what: "The line on who the routine suits", limit: MaxSuitsRunes}
	instructionsField = textField{what: "The instructions", plural: true, limit: MaxInstructionsRunes}
)

func noteField(step int) textField {
	return textField{step: step, what: fmt.Sprintf("The note on step %d", step), limit: MaxNoteRunes}
}

// clean makes s safe and tidy to show and cuts it to the field's limit.
// It is idempotent, which the round-trip guarantee depends on. Changes
// to whitespace alone are not reported.
func (f textField) clean(s string) (string, []Problem) {
	var problems []Problem
	report := func(format string, args ...any) {
		problems = append(problems, Problem{Step: f.step, Message: fmt.Sprintf(format, args...)})
	}
	clean := collapseMarks(strings.Map(hiddenRune, strings.ToValidUTF8(s, "")))
	clean = strings.Join(strings.Fields(clean), " ")
	if clean != strings.Join(strings.Fields(s), " ") {
		report("%s contained hidden or unusual characters; they were removed.", f.what)
	}
	if utf8.RuneCountInString(clean) > f.limit {
		// Trimming after the cut keeps a second clean from changing it.
		clean = strings.TrimSpace(string([]rune(clean)[:f.limit]))
		was, it := "was", "it was"
		if f.plural {
			was, it = "were", "they were"
		}
		report("%s %s longer than %d characters; %s shortened.", f.what, was, f.limit, it)
	}
	return clean, problems
}

// cleanName cleans a routine's name; an empty name gets DefaultName.
func cleanName(s string) (string, []Problem) {
	clean, problems := textField{what: "The name", limit: MaxNameRunes}.clean(s)
	if clean == "" {
		clean = DefaultName
	}
	return clean, problems
}

// hiddenRune turns control characters into spaces and drops invisible
// characters that could disguise or reorder the visible text.
func hiddenRune(r rune) rune {
	switch {
	case unicode.IsControl(r):
		return ' '
	case unicode.Is(unicode.Bidi_Control, r):
		return -1
	case r == '\u200b', r == '\u2060', r == '\ufeff', r == '\u00ad':
		return -1
	}
	return r
}

// collapseMarks keeps at most maxCombining combining marks in a row.
func collapseMarks(s string) string {
	var b strings.Builder
	run := 0
	for _, r := range s {
		if !unicode.Is(unicode.Mn, r) {
			run = 0
			b.WriteRune(r)
			continue
		}
		run++
		if run <= maxCombining {
			b.WriteRune(r)
		}
	}
	return b.String()
}

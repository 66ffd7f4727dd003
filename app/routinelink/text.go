package routinelink

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"limber/app/i18n"
)

// maxCombining caps runs of combining marks in shown text: real scripts
// need a few, "zalgo" text stacks dozens that draw over the rest of the page.
const maxCombining = 4

// textField is a free-text field as Problems name it. Its two messages
// are whole sentences naming the field (marked for the catalogue), with
// {step} for a step's note and {limit} for the length.
type textField struct {
	step   int    // Problem.Step; 0 for the routine as a whole
	hidden string // "The name contained hidden or unusual characters; …"
	long   string // "The name was longer than {limit} characters; …"
	limit  int    // in runes
	lines  int    // lines kept (0: one line; line breaks become spaces)
}

var (
	nameField = textField{
		hidden: i18n.Mark("The name contained hidden or unusual characters; they were removed."),
		long:   i18n.Mark("The name was longer than {limit} characters; it was shortened."),
		limit:  MaxNameRunes,
	}
	suitsField = textField{
		hidden: i18n.Mark("The line on who the routine suits contained hidden or unusual characters; they were removed."),
		long:   i18n.Mark("The line on who the routine suits was longer than {limit} characters; it was shortened."),
		limit:  MaxSuitsRunes,
	}
	instructionsField = textField{
		hidden: i18n.Mark("The instructions contained hidden or unusual characters; they were removed."),
		long:   i18n.Mark("The instructions were longer than {limit} characters; they were shortened."),
		limit:  MaxInstructionsRunes, lines: MaxInstructionLines,
	}
)

func noteField(step int) textField {
	return textField{
		step:   step,
		hidden: i18n.Mark("The note on step {step} contained hidden or unusual characters; they were removed."),
		long:   i18n.Mark("The note on step {step} was longer than {limit} characters; it was shortened."),
		limit:  MaxNoteRunes,
	}
}

// clean makes s safe and tidy to show and cuts it to the field's limit.
// It is idempotent, which the round-trip guarantee depends on. Changes
// to whitespace alone are not reported.
func (f textField) clean(s string) (string, []Problem) {
	var problems []Problem
	report := func(message string) {
		problems = append(problems, Problem{Step: f.step, Message: i18n.F(message, "step", itoa(f.step), "limit", itoa(f.limit))})
	}
	clean, tidy := f.tidy(s, func(line string) string { return collapseMarks(strings.Map(hiddenRune, strings.ToValidUTF8(line, ""))) }),
		f.tidy(s, func(line string) string { return line })
	if clean != tidy {
		report(f.hidden)
	}
	if utf8.RuneCountInString(clean) > f.limit {
		// Trimming after the cut keeps a second clean from changing it.
		clean = strings.TrimSpace(string([]rune(clean)[:f.limit]))
		report(f.long)
	}
	return clean, problems
}

// tidy runs each line of s through fix and collapses its whitespace. A
// one-line field is one line; a field with lines keeps up to that many
// non-empty lines (a prescriber's "Morning:" and "Evening:"), the rest
// joined to the last.
func (f textField) tidy(s string, fix func(string) string) string {
	words := func(line string) string { return strings.Join(strings.Fields(fix(line)), " ") }
	if f.lines == 0 {
		return words(s)
	}
	var kept []string
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if w := words(line); w != "" {
			kept = append(kept, w)
		}
	}
	if len(kept) > f.lines {
		kept = append(kept[:f.lines-1], strings.Join(kept[f.lines-1:], " "))
	}
	return strings.Join(kept, "\n")
}

// cleanName cleans a routine's name; an empty name gets DefaultName.
func cleanName(s string) (string, []Problem) {
	clean, problems := nameField.clean(s)
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

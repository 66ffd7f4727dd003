package content

import "strings"

// Matches reports whether every word of query appears, as the start of a
// word, in the exercise's name, kind, body areas, equipment or summary,
// ignoring case: "strap" finds the strap stretches, "glute" the glute
// bridges and stretches. An empty query matches everything.
func (e Exercise) Matches(query string) bool {
	words := strings.Fields(searchable(query))
	if len(words) == 0 {
		return true
	}
	hay := e.Name + " " + string(e.Kind) + " " + strings.Join(e.Equipment, " ") + " " + e.Summary
	for _, r := range e.Regions {
		hay += " " + string(r)
	}
	hay = " " + searchable(hay)
	for _, w := range words {
		if !strings.Contains(hay, " "+w) {
			return false
		}
	}
	return true
}

// searchable lowercases text and turns punctuation into spaces, so
// "Bird-dog" and "bird dog" meet.
func searchable(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '-', '(', ')', ',', '/', '.', ':', ';', '\'', '"':
			return ' '
		}
		return r
	}, strings.ToLower(s))
}

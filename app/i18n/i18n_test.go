package i18n

import (
	"testing"
	"time"
)

func TestPaths(t *testing.T) {
	defer Use(English, nil)
	Use(Spanish, map[string]string{"Exercises": "Ejercicios"})
	cases := map[string]string{"/": "/es", "/exercises": "/es/exercises", "/web/app.css": "/web/app.css", "#main": "#main", "https://x.org/": "https://x.org/", "//x": "//x"}
	for in, want := range cases {
		if got := Path(in); got != want {
			t.Errorf("Path(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]struct {
		l Lang
		p string
	}{"/es": {Spanish, "/"}, "/es/": {Spanish, "/"}, "/de/faq": {German, "/faq"}, "/faq": {English, "/faq"}, "/esx": {English, "/esx"}, "/estimates": {English, "/estimates"}} {
		l, p := Split(in)
		if l != want.l || p != want.p {
			t.Errorf("Split(%q) = %s %q, want %s %q", in, l, p, want.l, want.p)
		}
	}
}

func TestTranslateFallsBackToEnglish(t *testing.T) {
	defer Use(English, nil)
	Use(German, map[string]string{"Week {week} of {weeks}": "Woche {week} von {weeks}", "Empty": ""})
	if got := F("Week {week} of {weeks}", "week", "2", "weeks", "6"); got != "Woche 2 von 6" {
		t.Errorf("F = %q", got)
	}
	if got := T("Not translated"); got != "Not translated" {
		t.Errorf("a missing key gave %q", got)
	}
	if got := T("Empty"); got != "Empty" {
		t.Errorf("an empty translation gave %q, want the English", got)
	}
	Use(German, map[string]string{"Who:": "Für wen:"})
	if got := T("Who: "); got != "Für wen: " {
		t.Errorf("a key with a trailing space gave %q", got)
	}
	if got := Number(1.5, 1); got != "1,5" {
		t.Errorf("Number = %q", got)
	}
}

func TestParse(t *testing.T) {
	for in, want := range map[string]Lang{"es-MX": Spanish, "de": German, "DE-at": German, "en-US": English, "fr": English} {
		if got, _ := Parse(in); got != want {
			t.Errorf("Parse(%q) = %s, want %s", in, got, want)
		}
	}
	if _, ok := Parse("fr-FR"); ok {
		t.Error("Parse found French")
	}
	_ = time.Now
}

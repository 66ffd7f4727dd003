package redflag

import "testing"

func TestDefaultEmergencyNumber(t *testing.T) {
	for _, tc := range []struct{ lang, want string }{
		{"en-GB", "999"},
		{"en-US", "911"},
		{"en-AU", "000"},
		{"en-NZ", "111"},
		{"en-CA", "911"},
		{"fr-CA", "911"},
		{"fr-FR", "112"},
		{"de-DE", "112"},
		{"en-IE", "112"},
		{"en", "112"},
		{"", "112"},
		{"garbage!!", "112"},
		{"en-gb", "999"},
		{"en_GB", "999"},
		{"EN-GB", "999"},
		{" en-GB ", "999"},
		{"en_GB.UTF-8", "999"},
		{"zh-Hant-TW", "119"},
		{"zh-yue-HK", "999"},
		{"es-419", "112"},
		{"en-US-u-ca-gregory", "911"},
		{"en-u-rg-gbzzzz", "112"},
		{"-GB", "112"},
		{"en--GB", "112"},
		{"x-GB", "112"},
	} {
		if got := DefaultEmergencyNumber(tc.lang); got != tc.want {
			t.Errorf("DefaultEmergencyNumber(%q) = %q, want %q", tc.lang, got, tc.want)
		}
	}
}

func TestValidEmergencyNumber(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"112", true},
		{"000", true},
		{"10177", true},
		{"15", true},
		{"123456", true},
		{"1", false},
		{"1234567", false},
		{"", false},
		{" 112", false},
		{"11 2", false},
		{"+44", false},
		{"９９９", false}, // full-width digits
		{"abc", false},
	} {
		if got := ValidEmergencyNumber(tc.s); got != tc.want {
			t.Errorf("ValidEmergencyNumber(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestTableNumbersValid(t *testing.T) {
	for _, n := range CommonNumbers {
		if !ValidEmergencyNumber(n.Number) || n.Where == "" {
			t.Errorf("bad common number %+v", n)
		}
	}
	for r, n := range regionNumbers {
		if !ValidEmergencyNumber(n) || len(r) != 2 {
			t.Errorf("bad region entry %s: %s", r, n)
		}
	}
	if !ValidEmergencyNumber(fallbackNumber) {
		t.Error("fallback number invalid")
	}
}

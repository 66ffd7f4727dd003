package redflag

import (
	"strings"

	"limber/app/i18n"
)

// EmergencyNumber is a well-known emergency number and where it works.
type EmergencyNumber struct {
	Number string
	Where  string
}

// CommonNumbers is shown so a person can pick or check their number. Where
// is English (marked for the catalogue): translate it where it is shown.
var CommonNumbers = []EmergencyNumber{
	{"112", i18n.Mark("EU and most of the world")},
	{"999", i18n.Mark("UK")},
	{"911", i18n.Mark("US and Canada")},
	{"000", i18n.Mark("Australia")},
	{"111", i18n.Mark("New Zealand")},
}

// MobileNote reminds people of the number that works across many networks.
// It is English (marked for the catalogue): translate it where it is shown.
var MobileNote = i18n.Mark("112 also works from mobile phones in many countries.")

// fallbackNumber is used when the region is unknown: it is the EU number and
// is routed from mobile phones in many other countries too.
const fallbackNumber = "112"

// regionNumbers holds the regions whose medical emergency number is not 112.
// Ireland (IE) accepts both 112 and 999, so it is left to the fallback.
var regionNumbers = map[string]string{
	"GB": "999", "UK": "999", "IM": "999", "JE": "999", "GG": "999",
	"HK": "999", "MO": "999", "MY": "999",
	"US": "911", "CA": "911", "PR": "911", "GU": "911", "VI": "911",
	"AS": "911", "MP": "911", "MX": "911", "PH": "911",
	"AU": "000",
	"NZ": "111",
	"JP": "119", "KR": "119", "TW": "119",
	"CN": "120",
	"SG": "995",
	"BR": "192",
	"IL": "101",
	"ZA": "10177",
}

// DefaultEmergencyNumber guesses the emergency number from a language tag such
// as navigator.language ("en-GB", "zh-Hant-TW", "en_US.UTF-8"). Only the
// region decides; anything without a known region gives 112.
func DefaultEmergencyNumber(lang string) string {
	if n, ok := regionNumbers[region(lang)]; ok {
		return n
	}
	return fallbackNumber
}

// region extracts the upper-case two-letter region of a language tag, or "".
// It is lenient about case, "_" separators and POSIX suffixes, because the
// tag may come from a browser, a setting or an environment variable.
func region(tag string) string {
	tag, _, _ = strings.Cut(strings.TrimSpace(tag), ".")
	tag, _, _ = strings.Cut(tag, "@")
	parts := strings.Split(strings.ReplaceAll(tag, "_", "-"), "-")
	if !isLetters(parts[0], 2, 8) {
		return ""
	}
	for _, p := range parts[1:] {
		switch {
		case isLetters(p, 2, 2):
			return strings.ToUpper(p)
		case isLetters(p, 3, 4):
			continue // extended language or script, e.g. "yue" or "Hant"
		default:
			return "" // a numeric region, variant or extension: no country
		}
	}
	return ""
}

// isLetters reports whether s is lo to hi ASCII letters.
func isLetters(s string, lo, hi int) bool {
	if len(s) < lo || len(s) > hi {
		return false
	}
	for _, c := range s {
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}

// ValidEmergencyNumber checks a number the person types in: 2 to 6 digits,
// nothing else, so it can go straight into a tel: link.
func ValidEmergencyNumber(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

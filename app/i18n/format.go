package i18n

import (
	"strconv"
	"strings"
	"time"
)

// F is T for a message with named placeholders: F("Week {week} of {weeks}",
// "week", "2", "weeks", "6"). Translations keep the same placeholders in
// the order their language needs.
func F(s string, pairs ...string) string {
	out := T(s)
	for i := 0; i+1 < len(pairs); i += 2 {
		out = strings.ReplaceAll(out, "{"+pairs[i]+"}", pairs[i+1])
	}
	return out
}

// N is F with one number, {n}.
func N(s string, n int) string { return F(s, "n", strconv.Itoa(n)) }

// Number writes a decimal the way the current language does (1.5 / 1,5).
func Number(v float64, decimals int) string {
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if Current() != English {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// The names are marked for the catalogue (tools/catalogue) and
// translated when shown.
var (
	weekdays = [...]string{Mark("Sunday"), Mark("Monday"), Mark("Tuesday"), Mark("Wednesday"), Mark("Thursday"), Mark("Friday"), Mark("Saturday")}
	months   = [...]string{Mark("January"), Mark("February"), Mark("March"), Mark("April"), Mark("May"), Mark("June"), Mark("July"), Mark("August"), Mark("September"), Mark("October"), Mark("November"), Mark("December")}
)

// shortWeekdays are the days' short names, marked here once.
var shortWeekdays = [...]string{Mark("Sun"), Mark("Mon"), Mark("Tue"), Mark("Wed"), Mark("Thu"), Mark("Fri"), Mark("Sat")}

// ShortWeekday is the day's short name: "Mon", "lun", "Mo".
func ShortWeekday(d time.Weekday) string { return T(shortWeekdays[d]) }

// ShortMonth is the month's name cut to three letters: "Jan", "ene",
// "Mär" (the usual short form in all three languages).
func ShortMonth(m time.Month) string {
	r := []rune(Month(m))
	return string(r[:min(3, len(r))])
}

// Weekday is the day's name in the current language.
func Weekday(d time.Weekday) string { return T(weekdays[d]) }

// Month is the month's name in the current language.
func Month(m time.Month) string { return T(months[m-1]) }

// Date is a day as people write it: "Monday 7 December" in English,
// "lunes, 7 de diciembre" and "Montag, 7. Dezember" in the others.
func Date(t time.Time) string {
	return F("{weekday} {day} {month}", "weekday", Weekday(t.Weekday()), "day", strconv.Itoa(t.Day()), "month", Month(t.Month()))
}

// ShortDate is a day without its weekday: "7 December".
func ShortDate(t time.Time) string {
	return F("{day} {month}", "day", strconv.Itoa(t.Day()), "month", Month(t.Month()))
}

// Clock is a time of day, 24-hour as all three languages write it here.
func Clock(t time.Time) string {
	return t.Format("15:04")
}

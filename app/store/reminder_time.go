package store

import (
	"strconv"
	"strings"
)

// AllDays is RemindDays with every weekday on.
const AllDays = 1<<7 - 1

// ClockTime reads "HH:MM" (24-hour) as hour and minute.
func ClockTime(s string) (hour, minute int, ok bool) {
	h, m, found := strings.Cut(s, ":")
	if !found || len(h) != 2 || len(m) != 2 {
		return 0, 0, false
	}
	hour, err1 := strconv.Atoi(h)
	minute, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hour < 0 || hour > 23 || minute < 0 || minute > 59 {
		return 0, 0, false
	}
	return hour, minute, true
}

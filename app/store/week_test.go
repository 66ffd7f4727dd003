package store

import (
	"testing"
	"time"
	_ "time/tzdata" // tests only: the app's wasm binary must not carry tzdata
)

func TestWeekSummaryDST(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skipf("no tzdata: %v", err)
	}
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, london) }
	session := func(start time.Time, secs int, done bool) Session {
		return Session{ID: start.String(), Started: start.UTC(), ActiveSeconds: secs, Completed: done}
	}

	t.Run("spring forward", func(t *testing.T) {
		// Clocks went forward at 01:00 GMT on Sunday 30 March 2025, so that
		// day had 23 hours. 24 hours before 00:30 on the 31st is the 29th.
		now := at(2025, 3, 31, 0, 30)
		history := []Session{
			session(at(2025, 3, 24, 23, 59), 999, true), // too old
			session(at(2025, 3, 25, 0, 0), 60, true),
			session(at(2025, 3, 30, 0, 30), 100, true),   // GMT
			session(at(2025, 3, 30, 23, 30), 200, false), // BST, still the 30th
			session(at(2025, 3, 31, 0, 10), 300, true),   // the 30th in UTC
			session(at(2025, 4, 1, 9, 0), 999, true),     // future
		}
		days := WeekSummary(history, now, london)
		want := []Day{
			{Date: at(2025, 3, 25, 0, 0), Sessions: 1, Completed: 1, ActiveSeconds: 60},
			{Date: at(2025, 3, 26, 0, 0)},
			{Date: at(2025, 3, 27, 0, 0)},
			{Date: at(2025, 3, 28, 0, 0)},
			{Date: at(2025, 3, 29, 0, 0)},
			{Date: at(2025, 3, 30, 0, 0), Sessions: 2, Completed: 1, ActiveSeconds: 300},
			{Date: at(2025, 3, 31, 0, 0), Sessions: 1, Completed: 1, ActiveSeconds: 300},
		}
		checkDays(t, days, want)
		if got := days[6].Date.Sub(days[5].Date); got != 23*time.Hour {
			t.Errorf("30 March lasted %v", got)
		}
	})

	t.Run("fall back", func(t *testing.T) {
		// Clocks went back at 02:00 BST on Sunday 26 October 2025: 01:30
		// happened twice and the day had 25 hours.
		now := at(2025, 10, 26, 23, 59)
		first := time.Date(2025, 10, 26, 0, 30, 0, 0, time.UTC)  // 01:30 BST
		second := time.Date(2025, 10, 26, 1, 30, 0, 0, time.UTC) // 01:30 GMT
		history := []Session{
			session(at(2025, 10, 26, 0, 15), 10, true), // 25 Oct 23:15 UTC
			session(first, 20, true),
			session(second, 30, true),
			session(at(2025, 10, 20, 0, 0), 40, true),
		}
		days := WeekSummary(history, now.UTC(), london)
		if d := days[6]; !d.Date.Equal(at(2025, 10, 26, 0, 0)) || d.Sessions != 3 || d.ActiveSeconds != 60 {
			t.Errorf("26 Oct = %+v", d)
		}
		if d := days[0]; !d.Date.Equal(at(2025, 10, 20, 0, 0)) || d.Sessions != 1 {
			t.Errorf("20 Oct = %+v", d)
		}
		if got := at(2025, 10, 27, 0, 0).Sub(days[6].Date); got != 25*time.Hour {
			t.Errorf("26 October lasted %v", got)
		}
	})

	t.Run("nil location and empty history", func(t *testing.T) {
		days := WeekSummary(nil, time.Now(), nil)
		if len(days) != 7 || days[6].Date.After(time.Now()) {
			t.Errorf("days = %+v", days)
		}
	})
}

func checkDays(t *testing.T, got, want []Day) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d days, want %d", len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if !g.Date.Equal(w.Date) || g.Sessions != w.Sessions || g.Completed != w.Completed || g.ActiveSeconds != w.ActiveSeconds {
			t.Errorf("day %d = %+v\nwant %+v", i, g, w)
		}
	}
}

package main

import (
	"fmt"
	"strconv"
	"testing"
	"time"

	progresspage "limber/app/progress"
	"limber/app/store"
)

// progressTarget is the most /progress may take to work out and draw.
const progressTarget = 50 * time.Millisecond

// progressBench times everything /progress computes and draws for two
// years of daily sessions, each with pain and stiffness before and after.
func progressBench() section {
	start := time.Date(2025, 1, 6, 8, 0, 0, 0, time.UTC)
	var history []store.Session
	var checkIns []store.CheckIn
	for i := range 730 {
		at := start.AddDate(0, 0, i)
		history = append(history, store.Session{ID: "s" + strconv.Itoa(i), Started: at, Completed: true})
		for j, m := range []string{store.MeasurePain, store.MeasureStiffness, store.MeasurePain, store.MeasureStiffness} {
			checkIns = append(checkIns, store.CheckIn{ID: fmt.Sprint(i, j), At: at.Add(time.Duration(j) * time.Minute), Measure: m, Value: (i + j) % 11})
		}
	}
	now := start.AddDate(0, 0, 730)
	r := testing.Benchmark(func(b *testing.B) {
		for b.Loop() {
			progresspage.Page(history, checkIns, now, time.UTC, 5)
		}
	})
	per := time.Duration(r.NsPerOp())
	verdict := "meets"
	if per > progressTarget {
		verdict = "MISSES"
	}
	return section{
		Title: "Progress page, two years of daily data",
		Note:  "progress.Page (series, trends, concerns, weeks and the SVG charts) for 730 sessions and 2,920 check-ins, in Go on this machine; the wasm build in a phone's browser is several times slower, hence the margin.",
		Rows: [][]string{
			{"work", "time per render", "target"},
			{"progress.Page", per.Round(time.Microsecond).String(), fmt.Sprintf("%s %v", verdict, progressTarget)},
		},
	}
}

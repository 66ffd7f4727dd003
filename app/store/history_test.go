package store

import (
	"strings"
	"testing"
	"time"
)

func TestSortHistoryOldestFirstAndStable(t *testing.T) {
	t0 := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
	h := []Session{{ID: "c", Started: t0.Add(2 * time.Hour)}, {ID: "a", Started: t0}, {ID: "b1", Started: t0.Add(time.Hour)}, {ID: "b2", Started: t0.Add(time.Hour)}}
	SortHistory(h)
	var got []string
	for _, s := range h {
		got = append(got, s.ID)
	}
	if strings.Join(got, ",") != "a,b1,b2,c" {
		t.Errorf("order = %v, want a,b1,b2,c", got)
	}
}

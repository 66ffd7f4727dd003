package main

import "fmt"

// budget is one limit from issue 7 and what this run measured against it.
type budget struct {
	Name     string
	Measured string // empty when this run could not measure it
	Limit    string
	Pass     bool
	Why      string // for a miss: by how much and why, briefly
}

// unmeasured is a budget this run could not check, with the reason.
func unmeasured(name, limit string, err error) budget {
	return budget{Name: name, Limit: limit, Why: fmt.Sprintf("not measured: %v", err)}
}

func budgetSection(bs []budget) section {
	rows := [][]string{{"budget", "limit", "measured", "result", "note"}}
	for _, b := range bs {
		result := "pass"
		switch {
		case b.Measured == "":
			result = "not measured"
		case !b.Pass:
			result = "**FAIL**"
		}
		rows = append(rows, []string{b.Name, b.Limit, b.Measured, result, b.Why})
	}
	return section{
		Title: "Budgets",
		Note:  "Each budget from issue 7 against the figures above, from the same run.",
		Rows:  rows,
	}
}

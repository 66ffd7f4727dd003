package main

import (
	"fmt"
	"strings"
)

const lighthouseRuns = 3

func lighthouseBench(limberURL, helloURL string) (section, []budget) {
	budgets := []budget{
		{Name: "Lighthouse mobile performance", Limit: "≥ 90"},
		{Name: "Lighthouse accessibility", Limit: "100"},
		{Name: "Lighthouse best practices", Limit: "100"},
		{Name: "Lighthouse SEO", Limit: "100"},
	}
	s, err := measureLighthouse(limberURL, helloURL, budgets)
	if err != nil {
		for i := range budgets {
			budgets[i] = unmeasured(budgets[i].Name, budgets[i].Limit, err)
		}
		return failed("Lighthouse", err), budgets
	}
	return s, budgets
}

func measureLighthouse(limberURL, helloURL string, budgets []budget) (section, error) {
	progress("installing Lighthouse %s into %s if needed", lighthouseVersion, lighthouseDir)
	cli, err := ensureLighthouse()
	if err != nil {
		return section{}, err
	}
	audit := func(url string) (lighthouseRun, error) {
		var runs []lighthouseRun
		for i := range lighthouseRuns {
			progress("Lighthouse %s, run %d of %d", url, i+1, lighthouseRuns)
			r, err := runLighthouse(cli, url+"/")
			if err != nil {
				// Lighthouse sometimes loses its own trace (NO_NAVSTART)
				// and asks to be run again: one more try, then give up.
				progress("Lighthouse failed (%v); trying that run again", err)
				if r, err = runLighthouse(cli, url+"/"); err != nil {
					return lighthouseRun{}, err
				}
			}
			runs = append(runs, r)
		}
		return medianRun(runs), nil
	}
	l, err := audit(limberURL)
	if err != nil {
		return section{}, err
	}
	h, err := audit(helloURL)
	if err != nil {
		return section{}, err
	}
	for i, c := range lighthouseCategories {
		floor := 100.0
		if c == "performance" {
			floor = 90
		}
		budgets[i].Measured = fmt.Sprintf("%.0f", l.Scores[c])
		budgets[i].Pass = l.Scores[c] >= floor
		if !budgets[i].Pass {
			budgets[i].Why = fmt.Sprintf("%.0f below; failing audits: %s", floor-l.Scores[c], strings.Join(l.Failing[c], "; "))
			if c == "performance" {
				budgets[i].Why += fmt.Sprintf(" (TBT %s, hello's %s: compiling and starting app.wasm and the first render run on the main thread)",
					ms(l.Metrics["total-blocking-time"]), ms(h.Metrics["total-blocking-time"]))
			}
		}
	}
	row := func(name string, r lighthouseRun) []string {
		m := r.Metrics
		return []string{name,
			fmt.Sprintf("%.0f", r.Scores["performance"]), fmt.Sprintf("%.0f", r.Scores["accessibility"]),
			fmt.Sprintf("%.0f", r.Scores["best-practices"]), fmt.Sprintf("%.0f", r.Scores["seo"]),
			ms(m["first-contentful-paint"]), ms(m["largest-contentful-paint"]), ms(m["total-blocking-time"]),
			fmt.Sprintf("%.3f", m["cumulative-layout-shift"]), ms(m["speed-index"])}
	}
	return section{
		Title: "Lighthouse",
		Note: fmt.Sprintf("Lighthouse %s (npm, installed by the bench in `%s`), mobile form factor with its default simulated throttling, Debian's Chromium with `--headless=new --no-sandbox`, home page on loopback; median of %d runs each.",
			lighthouseVersion, lighthouseDir, lighthouseRuns),
		Rows: [][]string{
			{"app", "performance", "accessibility", "best practices", "SEO", "FCP", "LCP", "TBT", "CLS", "speed index"},
			row("Limber", l),
			row("hello (reference)", h),
		},
	}, nil
}

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// Lighthouse is pinned and installed by the bench itself into .cache/, so
// every run scores with the same audits.
const (
	lighthouseVersion = "12.2.3"
	lighthouseDir     = ".cache/lighthouse"
)

var lighthouseCategories = []string{"performance", "accessibility", "best-practices", "seo"}

// ensureLighthouse installs the pinned Lighthouse with npm unless it is
// there already, and returns the path of its CLI.
func ensureLighthouse() (string, error) {
	cli := filepath.Join(lighthouseDir, "node_modules", "lighthouse", "cli", "index.js")
	var pkg struct{ Version string }
	if b, err := os.ReadFile(filepath.Join(lighthouseDir, "node_modules", "lighthouse", "package.json")); err == nil {
		json.Unmarshal(b, &pkg)
	}
	if pkg.Version == lighthouseVersion {
		return cli, nil
	}
	if err := os.MkdirAll(lighthouseDir, 0o755); err != nil {
		return "", err
	}
	cmd := exec.Command("npm", "install", "--prefix", lighthouseDir, "--no-audit", "--no-fund", "--loglevel=error", "lighthouse@"+lighthouseVersion)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("npm install lighthouse@%s: %v: %s", lighthouseVersion, err, out)
	}
	return cli, nil
}

// lighthouseRun is one report: category scores (0–100) and the metrics and
// failing audits that explain them.
type lighthouseRun struct {
	Scores  map[string]float64
	Metrics map[string]float64 // ms, CLS unitless
	Failing map[string][]string
}

// runLighthouse audits url once with the mobile defaults in headless
// Chromium.
func runLighthouse(cli, url string) (lighthouseRun, error) {
	out, err := os.CreateTemp("", "lighthouse-*.json")
	if err != nil {
		return lighthouseRun{}, err
	}
	out.Close()
	defer os.Remove(out.Name())
	cmd := exec.Command("node", cli, url,
		"--output=json", "--output-path="+out.Name(), "--quiet",
		"--form-factor=mobile",
		"--only-categories="+strings.Join(lighthouseCategories, ","),
		`--chrome-flags=--headless=new --no-sandbox`,
	)
	cmd.Env = append(os.Environ(), "CHROME_PATH=/usr/bin/chromium")
	if b, err := cmd.CombinedOutput(); err != nil {
		return lighthouseRun{}, fmt.Errorf("lighthouse: %v: %s", err, tail(b, 600))
	}
	b, err := os.ReadFile(out.Name())
	if err != nil {
		return lighthouseRun{}, err
	}
	return parseLighthouse(b)
}

type lhReport struct {
	RuntimeError *struct{ Code, Message string } `json:"runtimeError"`
	Categories   map[string]struct {
		Score     *float64 `json:"score"`
		AuditRefs []struct {
			ID     string  `json:"id"`
			Weight float64 `json:"weight"`
		} `json:"auditRefs"`
	} `json:"categories"`
	Audits map[string]struct {
		Title            string   `json:"title"`
		Score            *float64 `json:"score"`
		ScoreDisplayMode string   `json:"scoreDisplayMode"`
		NumericValue     float64  `json:"numericValue"`
	} `json:"audits"`
}

func parseLighthouse(b []byte) (lighthouseRun, error) {
	var r lhReport
	if err := json.Unmarshal(b, &r); err != nil {
		return lighthouseRun{}, fmt.Errorf("reading the lighthouse report: %w", err)
	}
	if r.RuntimeError != nil && r.RuntimeError.Code != "" {
		return lighthouseRun{}, fmt.Errorf("lighthouse: %s: %s", r.RuntimeError.Code, r.RuntimeError.Message)
	}
	run := lighthouseRun{Scores: map[string]float64{}, Metrics: map[string]float64{}, Failing: map[string][]string{}}
	for _, c := range lighthouseCategories {
		cat, ok := r.Categories[c]
		if !ok || cat.Score == nil {
			return lighthouseRun{}, fmt.Errorf("lighthouse report has no %s score", c)
		}
		run.Scores[c] = *cat.Score * 100
		for _, ref := range cat.AuditRefs {
			a := r.Audits[ref.ID]
			if ref.Weight > 0 && a.Score != nil && *a.Score < 1 && (a.ScoreDisplayMode == "binary" || a.ScoreDisplayMode == "numeric" || a.ScoreDisplayMode == "metricSavings") {
				run.Failing[c] = append(run.Failing[c], a.Title)
			}
		}
	}
	for _, m := range []string{"first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index", "interactive"} {
		run.Metrics[m] = r.Audits[m].NumericValue
	}
	return run, nil
}

// medianRun takes the median of each score and metric over the runs, and
// the failing audits of the run with the median performance score.
func medianRun(runs []lighthouseRun) lighthouseRun {
	out := lighthouseRun{Scores: map[string]float64{}, Metrics: map[string]float64{}, Failing: map[string][]string{}}
	for _, c := range lighthouseCategories {
		out.Scores[c] = median(collect(runs, func(r lighthouseRun) float64 { return r.Scores[c] }))
	}
	for m := range runs[0].Metrics {
		out.Metrics[m] = median(collect(runs, func(r lighthouseRun) float64 { return r.Metrics[m] }))
	}
	sorted := append([]lighthouseRun(nil), runs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Scores["performance"] < sorted[j].Scores["performance"] })
	out.Failing = sorted[len(sorted)/2].Failing
	return out
}

func collect(runs []lighthouseRun, f func(lighthouseRun) float64) []float64 {
	var v []float64
	for _, r := range runs {
		v = append(v, f(r))
	}
	return v
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return strings.TrimSpace(string(b))
}

// Command bench measures Limber and writes docs/BENCHMARKS.md: timer
// accuracy in headless Chromium (visible and hidden), and the size of
// app.wasm. Run it with `make bench`, which builds app.wasm first.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	out := flag.String("out", "docs/BENCHMARKS.md", "where to write the report")
	only := flag.String("only", "", "comma-separated parts to run (timing,size,browser,lighthouse,load); the report then goes to stdout only")
	flag.Parse()
	if *only != "" {
		parts = map[string]bool{}
		for _, p := range strings.Split(*only, ",") {
			parts[strings.TrimSpace(p)] = true
		}
		*out = ""
	}
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// section is one titled table in the report.
type section struct {
	Title string
	Note  string
	Rows  [][]string // first row is the header
}

func run(out string) error {
	srv, err := startServer("web")
	if err != nil {
		return err
	}
	defer srv.Close()

	var sections []section
	if want("timing") {
		timing, err := timingBench(srv.URL)
		if err != nil {
			return fmt.Errorf("timing: %w", err)
		}
		sections = append(sections, timing...)
	}
	if want("progress") {
		sections = append(sections, progressBench())
	}
	hosting, err := hostingBench(srv.URL)
	if err != nil {
		return fmt.Errorf("hosting: %w", err)
	}
	sections = append(sections, hosting...)

	report := render(sections)
	fmt.Print(report)
	if out == "" {
		return nil
	}
	return os.WriteFile(out, []byte(report+keptSection(out)), 0o644)
}

// costsHeading starts the hand-kept part of the report: what each
// capability added to app.wasm, measured when it landed. A new run keeps it.
const costsHeading = "## What each capability costs"

// keptSection is the hand-kept part of the existing report, if any.
func keptSection(path string) string {
	old, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	if i := strings.Index(string(old), costsHeading); i >= 0 {
		return "\n" + string(old[i:])
	}
	return ""
}

// parts limits a run to some of the benchmarks while working on them; nil
// runs everything, as make bench does.
var parts map[string]bool

func want(part string) bool { return parts == nil || parts[part] }

func render(sections []section) string {
	var b strings.Builder
	b.WriteString("# Benchmarks\n\n")
	fmt.Fprintf(&b, "Written by `make bench` on %s (%s). Every figure below was measured in that one run.\n\n", time.Now().UTC().Format("2006-01-02 15:04 UTC"), machine())
	for _, s := range sections {
		fmt.Fprintf(&b, "## %s\n\n", s.Title)
		if s.Note != "" {
			b.WriteString(s.Note + "\n\n")
		}
		for i, row := range s.Rows {
			b.WriteString("| " + strings.Join(row, " | ") + " |\n")
			if i == 0 {
				b.WriteString("|" + strings.Repeat(" --- |", len(row)) + "\n")
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func machine() string {
	host, _ := os.Hostname()
	if n, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(n), "\n") {
			if strings.HasPrefix(line, "model name") {
				return strings.TrimSpace(strings.SplitN(line, ":", 2)[1])
			}
		}
	}
	return host
}

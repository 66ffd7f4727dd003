// Command illustrations writes every exercise's drawing from the figure
// model (app/figure): web/illustrations/<slug>.svg (start and end side by
// side, for cards, print and previews) and docs/figures/contact-sheet.svg.
// With -preview DIR it also writes each key pose and the pair of the
// named slugs (or all) as PNGs there, for looking at while posing.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"limber/app/figure"
	"limber/content"
)

func main() {
	preview := flag.String("preview", "", "write PNGs of every key pose into this folder")
	flag.Parse()
	if err := run("web/illustrations", "docs/figures", *preview, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "illustrations:", err)
		os.Exit(1)
	}
}

func run(web, docs, preview string, only []string) error {
	if err := os.MkdirAll(docs, 0o755); err != nil {
		return err
	}
	var sheet strings.Builder
	moves := figure.All()
	cols, cellW, cellH := 3, 330, 230
	rows := (len(moves) + cols - 1) / cols
	fmt.Fprintf(&sheet, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" font-family="sans-serif" font-size="13"><rect width="100%%" height="100%%" fill="#fff"/>`, cols*cellW, rows*cellH)
	for i, m := range moves {
		ill, ok := content.IllustrationFor(m.Slug)
		if !ok {
			return fmt.Errorf("%s: no illustration entry in content", m.Slug)
		}
		// A preview run writes only the previews, so people posing
		// different moves side by side don't rewrite each other's files.
		if preview == "" {
			if err := os.WriteFile(filepath.Join(web, m.Slug+".svg"), []byte(figure.File(m, ill.Alt)), 0o644); err != nil {
				return err
			}
		}
		x, y := (i%cols)*cellW, (i/cols)*cellH
		fmt.Fprintf(&sheet, `<text x="%d" y="%d">%s</text><svg x="%d" y="%d" width="320" height="200" viewBox="0 0 320 200">%s</svg>`,
			x+8, y+18, m.Slug, x+5, y+24, inner(m.Pair(figure.Options{})))
		if preview != "" && (len(only) == 0 || contains(only, m.Slug)) {
			if err := previewMove(preview, m); err != nil {
				return err
			}
		}
	}
	sheet.WriteString(`</svg>`)
	if preview != "" {
		return nil
	}
	return os.WriteFile(filepath.Join(docs, "contact-sheet.svg"), []byte(sheet.String()), 0o644)
}

// inner is a drawing's content, for nesting in a sheet.
func inner(svg string) string {
	return `<g stroke-linecap="round" stroke-linejoin="round">` + svg[strings.Index(svg, ">")+1:strings.LastIndex(svg, "</svg>")] + `</g>`
}

func chromium() string {
	if c := os.Getenv("CHROMIUM"); c != "" {
		return c
	}
	return "/usr/bin/chromium"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// previewMove writes one PNG with the pair and every key pose in a row.
func previewMove(dir string, m *figure.Move) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	n := len(m.Poses) + 1
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d 200" width="%d" height="400"><rect width="100%%" height="100%%" fill="#fff"/>`, n*320, n*640)
	fmt.Fprintf(&b, `<svg x="0" width="320" height="200" viewBox="0 0 320 200">%s</svg>`, inner(m.Pair(figure.Options{})))
	for i := range m.Poses {
		fmt.Fprintf(&b, `<svg x="%d" width="320" height="200" viewBox="0 0 320 200">%s</svg>`, (i+1)*320, inner(m.PoseSVG(i, figure.Options{})))
	}
	b.WriteString(`</svg>`)
	src := filepath.Join(dir, m.Slug+".svg")
	if err := os.WriteFile(src, []byte(b.String()), 0o644); err != nil {
		return err
	}
	abs, err := filepath.Abs(src)
	if err != nil {
		return err
	}
	png, err := filepath.Abs(filepath.Join(dir, m.Slug+".png"))
	if err != nil {
		return err
	}
	out, err := exec.Command(chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
		"--screenshot="+png, fmt.Sprintf("--window-size=%d,400", n*640), "file://"+abs).CombinedOutput()
	if err != nil {
		return fmt.Errorf("chromium: %v: %s", err, out)
	}
	return nil
}

// Command previews draws the 1200x630 link-preview card of every exercise
// (web/previews/<slug>.png): its illustration, its name and Limber's mark.
// Link previewers rarely render SVG, so the cards are PNGs, made with
// rsvg-convert (Debian's librsvg2-bin) and committed; rerun it with
// `make previews` after changing an illustration or a name.
package main

import (
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"limber/content"
)

func main() {
	if err := run("web"); err != nil {
		fmt.Fprintln(os.Stderr, "previews:", err)
		os.Exit(1)
	}
}

func run(web string) error {
	if _, err := exec.LookPath("rsvg-convert"); err != nil {
		return fmt.Errorf("rsvg-convert not found: apt-get install librsvg2-bin")
	}
	tmp, err := os.MkdirTemp("", "previews")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.MkdirAll(filepath.Join(web, "previews"), 0o755); err != nil {
		return err
	}
	icon, err := inner(filepath.Join(web, "icons", "icon.svg"))
	if err != nil {
		return err
	}
	for _, e := range content.Exercises {
		ill, err := inner(filepath.Join(web, "illustrations", e.Slug+".svg"))
		if err != nil {
			return err
		}
		svg := filepath.Join(tmp, e.Slug+".svg")
		if err := os.WriteFile(svg, []byte(card(e, ill, icon)), 0o644); err != nil {
			return err
		}
		out := filepath.Join(web, "previews", e.Slug+".png")
		if b, err := exec.Command("rsvg-convert", "-w", "1200", "-h", "630", svg, "-o", out).CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v: %s", e.Slug, err, b)
		}
		fmt.Println("wrote", out)
	}
	return nil
}

var svgRoot = regexp.MustCompile(`(?s)<svg[^>]*>(.*)</svg>`)

// inner returns what is inside a drawing's root <svg>, to nest it.
func inner(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	m := svgRoot.FindSubmatch(b)
	if m == nil {
		return "", fmt.Errorf("%s: no <svg> root", path)
	}
	// The drawing's round caps and joins are set on its root, which the
	// card does not keep.
	return `<g stroke-linecap="round" stroke-linejoin="round">` + string(m[1]) + `</g>`, nil
}

func card(e content.Exercise, ill, icon string) string {
	lines := wrap(e.Name, 15)
	var title strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&title, `<text x="70" y="%d" font-family="DejaVu Sans, sans-serif" font-size="60" font-weight="700" fill="#17292c">%s</text>`, 240+i*74, html.EscapeString(l))
	}
	return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#f5f7f6"/>
<rect x="620" y="60" width="540" height="510" rx="36" fill="#eaf1f0"/>
<svg x="630" y="140" width="520" height="325" viewBox="0 0 320 200">` + ill + `</svg>
<svg x="70" y="70" width="84" height="84" viewBox="0 0 512 512">` + icon + `</svg>
<text x="172" y="128" font-family="DejaVu Sans, sans-serif" font-size="44" font-weight="700" fill="#1f6f78">Limber</text>
` + title.String() + `
<text x="70" y="540" font-family="DejaVu Sans, sans-serif" font-size="32" fill="#4a5d60">` + html.EscapeString(dose(e)) + `</text>
</svg>`
}

func dose(e content.Exercise) string {
	d := e.Dosage
	side := ""
	if d.PerSide {
		side = " each side"
	}
	if d.HoldMin > 0 {
		return fmt.Sprintf("Hold %d–%d s%s", d.HoldMin, d.HoldMax, side)
	}
	return fmt.Sprintf("%d–%d reps%s", d.RepsMin, d.RepsMax, side)
}

// wrap breaks a name into lines of about width characters.
func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

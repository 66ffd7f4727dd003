package qrcode

import (
	"errors"
	"image"
	"image/color"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	gzqr "github.com/makiuchi-d/gozxing/qrcode"
	"rsc.io/qr/coding"
)

const base = "https://limber.example/routines/shared?r=2"

// link returns base followed by n pseudo-random base64url characters.
func link(n int) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	r := rand.New(rand.NewPCG(1, 2))
	b := []byte(base)
	for range n {
		b = append(b, alphabet[r.IntN(len(alphabet))])
	}
	return string(b)
}

// raster draws a module grid (quiet zone included) at 4 px per module.
func raster(n int, dark func(x, y int) bool) *image.Gray {
	const px = 4
	img := image.NewGray(image.Rect(0, 0, n*px, n*px))
	for y := range n * px {
		for x := range n * px {
			c := color.Gray{255}
			if dark(x/px, y/px) {
				c.Y = 0
			}
			img.SetGray(x, y, c)
		}
	}
	return img
}

// decode reads img with ZXing's detector, or when pure with the code assumed
// to fill the image, which checks the modules without detector heuristics.
func decode(t *testing.T, img image.Image, pure bool) string {
	t.Helper()
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	var hints map[gozxing.DecodeHintType]any
	if pure {
		hints = map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_PURE_BARCODE: true}
	}
	res, err := gzqr.NewQRCodeReader().Decode(bmp, hints)
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	return res.GetText()
}

var (
	viewBoxRE = regexp.MustCompile(`viewBox="0 0 (\d+) (\d+)"`)
	pathRE    = regexp.MustCompile(`<path fill="#000" d="([^"]*)"/>`)
	runRE     = regexp.MustCompile(`([Mm])(\d+),(\d+)h(\d+)v1h-(\d+)z`)
)

// parseSVG rebuilds the module grid (quiet zone included) from the SVG path,
// proving the string itself, not just the matrix, encodes the text.
func parseSVG(t *testing.T, svg string) (int, [][]bool) {
	t.Helper()
	vb := viewBoxRE.FindStringSubmatch(svg)
	pm := pathRE.FindStringSubmatch(svg)
	if vb == nil || pm == nil || vb[1] != vb[2] {
		t.Fatalf("unexpected SVG shape: %.200s", svg)
	}
	n, _ := strconv.Atoi(vb[1])
	grid := make([][]bool, n)
	for i := range grid {
		grid[i] = make([]bool, n)
	}
	d := pm[1]
	if rest := runRE.ReplaceAllString(d, ""); rest != "" {
		t.Fatalf("unparsed path data: %.80q", rest)
	}
	x0, y0 := 0, 0 // start of the last subpath, where "z" leaves the pen
	for _, m := range runRE.FindAllStringSubmatch(d, -1) {
		a, _ := strconv.Atoi(m[2])
		b, _ := strconv.Atoi(m[3])
		w, _ := strconv.Atoi(m[4])
		if m[4] != m[5] || w < 1 {
			t.Fatalf("bad run %q", m[0])
		}
		if m[1] == "m" {
			a, b = x0+a, y0+b
		}
		x0, y0 = a, b
		for x := a; x < a+w; x++ {
			if grid[b][x] {
				t.Fatalf("overlapping run %q", m[0])
			}
			grid[b][x] = true
		}
	}
	return n, grid
}

// roundTrip checks SVG and Matrix agree and both decode back to text.
func roundTrip(t *testing.T, text string, pure bool) (size int) {
	t.Helper()
	svg, err := SVG(text, "QR code")
	if err != nil {
		t.Fatal(err)
	}
	size, dark, err := Matrix(text)
	if err != nil {
		t.Fatal(err)
	}
	n, grid := parseSVG(t, svg)
	if n != size+2*quiet {
		t.Fatalf("viewBox %d, want %d", n, size+2*quiet)
	}
	for y := range n {
		for x := range n {
			if grid[y][x] != dark(x-quiet, y-quiet) {
				t.Fatalf("SVG module (%d,%d) differs from matrix", x, y)
			}
		}
	}
	if got := decode(t, raster(n, func(x, y int) bool { return grid[y][x] }), pure); got != text {
		t.Fatalf("SVG decoded to %.60q…, want %.60q…", got, text)
	}
	quietDark := func(x, y int) bool { return dark(x-quiet, y-quiet) }
	if got := decode(t, raster(n, quietDark), pure); got != text {
		t.Fatalf("matrix decoded to %.60q…, want %.60q…", got, text)
	}
	return size
}

func TestRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		level coding.Level
	}{
		{"short", "https://limber.example/", coding.M},
		{"routine link", link(120), coding.M},
		{"2100 chars", link(2100 - len(base)), coding.M},
		{"2900 chars needs L", link(2900 - len(base)), coding.L},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, l, err := fit(tc.text)
			if err != nil || l != tc.level {
				t.Fatalf("fit = v%d %v %v, want level %v", v, l, err, tc.level)
			}
			size := roundTrip(t, tc.text, false)
			t.Logf("%d chars: version %d level %v, %d modules", len(tc.text), v, l, size)
		})
	}
}

// TestEveryVersion fills each version to capacity, checking the encoder's
// layout tables for all sizes a link may need. It decodes in pure mode:
// ZXing's finder search can lock onto finder-like data in big codes.
func TestEveryVersion(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for v := coding.Version(1); v <= coding.MaxVersion; v++ {
		n := (v.DataBytes(coding.M)*8 - coding.String("").Bits(v)) / 8
		text := link(max(0, n-len(base)))[:n]
		if got, l, _ := fit(text); got != v || l != coding.M {
			t.Fatalf("%d chars fit v%d %v, want v%d M", n, got, l, v)
		}
		roundTrip(t, text, true)
	}
}

func TestEveryMask(t *testing.T) {
	text := link(120)
	v, l, _ := fit(text)
	for m := coding.Mask(0); m < 8; m++ {
		_, c, err := encodeMask(text, v, l, m)
		if err != nil {
			t.Fatal(err)
		}
		img := raster(c.Size+2*quiet, func(x, y int) bool { return c.Black(x-quiet, y-quiet) })
		if got := decode(t, img, true); got != text {
			t.Fatalf("mask %d decoded to %q", m, got)
		}
	}
}

// TestRemask checks that scoring masks by flipping mask 0's data modules
// matches a real plan for each mask everywhere but the format modules.
func TestRemask(t *testing.T) {
	text := link(120)
	v, l, _ := fit(text)
	p, c0, _ := encodeMask(text, v, l, 0)
	rows, cols := newGrid(c0.Size), newGrid(c0.Size)
	for m := coding.Mask(0); m < 8; m++ {
		_, c, _ := encodeMask(text, v, l, m)
		remask(c0, p, m, rows, cols)
		for y := range c.Size {
			for x := range c.Size {
				if rows[y][x] != cols[x][y] ||
					rows[y][x] != c.Black(x, y) && p.Pixel[y][x].Role() != coding.Format {
					t.Fatalf("mask %d: module (%d,%d) differs", m, x, y)
				}
			}
		}
	}
}

func TestFinderHits(t *testing.T) {
	for line, want := range map[string]string{
		"1011101":       "..###..",
		"010111010":     "...###...",
		"10110100":      "..##....",
		"1011110100":    "..####....",
		"10111110100":   "...........", // centre too wide
		"11011101":      "........",    // outer run too wide
		"0010111010111": "....###......",
	} {
		bits, hit := make([]bool, len(line)), make([]bool, len(line))
		for i := range line {
			bits[i] = line[i] == '1'
		}
		finderHits(bits, hit)
		got := ""
		for _, h := range hit {
			got += map[bool]string{true: "#", false: "."}[h]
		}
		if got != want {
			t.Errorf("finderHits(%s) = %s, want %s", line, got, want)
		}
	}
}

func TestTooLong(t *testing.T) {
	svg, err := SVG(strings.Repeat("x", 3000), "QR code")
	if !errors.Is(err, ErrTooLong) || svg != "" {
		t.Fatalf("SVG = %q, %v; want ErrTooLong", svg, err)
	}
	if _, _, err := Matrix(strings.Repeat("x", 3000)); !errors.Is(err, ErrTooLong) {
		t.Fatalf("Matrix err = %v", err)
	}
	t.Log(err)
}

func TestLabelEscaped(t *testing.T) {
	svg, err := SVG("https://limber.example/", `"><script>alert(1)</script>&'`+"\x00")
	if err != nil {
		t.Fatal(err)
	}
	want := `aria-label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39; "`
	if !strings.Contains(svg, want) {
		t.Fatalf("label not escaped: %s", svg[:200])
	}
	if strings.Contains(svg, "<script") || strings.Count(svg, "<") != 4 {
		t.Fatalf("unexpected markup: %.300s", svg)
	}
}

func TestSVGShape(t *testing.T) {
	svg, err := SVG("https://limber.example/", "Scan")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 33 33"`,
		`role="img"`, `shape-rendering="crispEdges"`, `fill="#fff"`, `fill="#000"`,
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("missing %s in %.200s", want, svg)
		}
	}
	if open := svg[:strings.Index(svg, ">")]; strings.Contains(open, "width=") || strings.Contains(open, "height=") {
		t.Errorf("svg element has a size: %s", open)
	}
	if !strings.HasSuffix(svg, "</svg>") || strings.Count(svg, "<path") != 1 {
		t.Errorf("want one path in one svg: %.200s", svg)
	}
}

func TestDeterministic(t *testing.T) {
	text := link(600)
	a, _ := SVG(text, "x")
	b, _ := SVG(text, "x")
	if a != b {
		t.Fatal("SVG output differs between calls")
	}
}

func BenchmarkSVG600(b *testing.B) {
	text := link(600 - len(base))
	for b.Loop() {
		if _, err := SVG(text, "QR code"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSVG2100(b *testing.B) {
	text := link(2100 - len(base))
	for b.Loop() {
		if _, err := SVG(text, "QR code"); err != nil {
			b.Fatal(err)
		}
	}
}

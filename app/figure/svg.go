package figure

import (
	"strconv"
	"strings"
)

// Colours of the drawing style (web/illustrations/README.md).
const (
	nearColour  = "#1f6f78"
	farColour   = "#5b9aa0"
	ghostNear   = "#8fb9bd"
	ghostFar    = "#b9d5d8"
	floorColour = "#c9d3d6"
	matColour   = "#f4d2b0"
	benchColour = "#eeb47f"
	greyColour  = "#b8c2c6"
)

// w writes SVG markup with numbers rounded to a tenth.
type w struct{ strings.Builder }

func (b *w) s(parts ...string) {
	for _, p := range parts {
		b.WriteString(p)
	}
}

func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		return "0"
	}
	return s
}

func (b *w) n(v float64) { b.WriteString(num(v)) }

func (b *w) pt(p Point) {
	b.n(p.X)
	b.WriteByte(' ')
	b.n(p.Y)
}

// polyline is "M x y L x y …" through the points.
func polyline(pts ...Point) string {
	var b w
	for i, p := range pts {
		if i == 0 {
			b.WriteByte('M')
		} else {
			b.WriteByte('L')
		}
		b.pt(p)
	}
	return b.String()
}

// curve is a smooth trunk through three points: a quadratic whose
// control point makes it pass through the middle one.
func curve(a, mid, c Point) string {
	ctrl := mid.scale(2).sub(lerpPt(a, c, 0.5))
	var b w
	b.WriteByte('M')
	b.pt(a)
	b.WriteByte('Q')
	b.pt(ctrl)
	b.WriteByte(' ')
	b.pt(c)
	return b.String()
}

// strconvRound writes a fraction or duration to a thousandth.
func strconvRound(v float64) string {
	s := strconv.FormatFloat(v, 'f', 3, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

package figure

import (
	"math"
	"strconv"
	"strings"
)

// Options are what a caller adds to a drawing: its text alternative (empty
// hides it from screen readers, for a drawing beside its own name) and a
// class for the page's styles.
type Options struct {
	Label string
	Class string
	// Tight crops the drawing to the figure and its props (keeping the
	// box's 16:10 shape), for small boxes such as the player's.
	Tight bool
}

// shape is one stroke of the figure, redrawn from each posed skeleton.
type shape struct {
	colour, ghost string
	width         float64
	fill          bool
	d             func(sk *skeleton) string
}

func limb(a, b, c Seg) func(sk *skeleton) string {
	return func(sk *skeleton) string { return polyline(sk.start[a], sk.end[a], sk.end[b], sk.end[c]) }
}

func arm(a, b Seg) func(sk *skeleton) string {
	return func(sk *skeleton) string { return polyline(sk.start[a], sk.end[a], sk.end[b]) }
}

func trunk(sk *skeleton) string {
	if sk.view == Front {
		return polyline(sk.start[Thorax], sk.end[Thorax])
	}
	return curve(sk.start[Lumbar], sk.end[Lumbar], sk.end[Thorax])
}

func neck(sk *skeleton) string { return polyline(sk.start[Neck], sk.end[Neck]) }

func shoulders(sk *skeleton) string { return polyline(sk.start[FarUpperArm], sk.start[NearUpperArm]) }

func head(sk *skeleton) string {
	c := sk.end[Head]
	var b w
	b.WriteByte('M')
	b.pt(Point{c.X - HeadR, c.Y})
	b.s("a", num(HeadR), " ", num(HeadR), " 0 1 0 ", num(2*HeadR), " 0a", num(HeadR), " ", num(HeadR), " 0 1 0 ", num(-2*HeadR), " 0")
	return b.String()
}

// shapes lists the figure's strokes back to front: far limbs, trunk and
// head, then near limbs with a white halo so they read in front.
func (m *Move) shapes() []shape {
	farArm := shape{farColour, ghostFar, LimbW, false, arm(FarUpperArm, FarForearm)}
	farLeg := shape{farColour, ghostFar, LimbW, false, limb(FarThigh, FarShin, FarFoot)}
	nearArm := arm(NearUpperArm, NearForearm)
	nearLeg := limb(NearThigh, NearShin, NearFoot)
	body := []shape{
		{nearColour, ghostNear, TrunkW, false, trunk},
		{nearColour, ghostNear, LimbW, false, neck},
		{nearColour, ghostNear, 0, true, head},
	}
	halo := func(d func(*skeleton) string) shape { return shape{"#fff", "#fff", HaloW, false, d} }
	var out []shape
	if m.View == Front {
		body[0].width = TrunkW * 1.6
		out = append(out, farLeg, halo(nearLeg), shape{nearColour, ghostNear, LimbW, false, nearLeg})
		out = append(out, body...)
		out = append(out, shape{nearColour, ghostNear, LimbW + 2, false, shoulders}, farArm)
	} else {
		out = append(out, farArm, farLeg)
		out = append(out, body...)
		out = append(out, halo(nearLeg), shape{nearColour, ghostNear, LimbW, false, nearLeg})
	}
	out = append(out, halo(nearArm), shape{nearColour, ghostNear, LimbW, false, nearArm})
	for _, p := range m.Props {
		d := attached(p, m)
		switch {
		case d == nil:
		case p.Kind == Band:
			// A band comes from the far side, behind the body.
			out = append([]shape{{propFill, propFill, 3.5, false, d}}, out...)
		default:
			out = append(out, shape{propFill, propFill, 3.5, false, d})
		}
	}
	return out
}

// attached draws a strap or band from the hands, or nil for a fixed prop.
func attached(p Prop, m *Move) func(sk *skeleton) string {
	switch p.Kind {
	case Strap:
		return func(sk *skeleton) string {
			// Round the sole: the foot's own direction in this frame, turned
			// a quarter towards the sole.
			u := sk.end[NearFoot].sub(sk.start[NearFoot]).scale(1 / sideBody[NearFoot].length)
			foot := lerpPt(sk.start[NearFoot], sk.end[NearFoot], 0.7).add(Point{-u.Y, u.X}.scale(LimbW / 2))
			return polyline(sk.end[NearForearm], foot)
		}
	case Band:
		return func(sk *skeleton) string {
			return polyline(Point{p.X, m.floorTop() - p.H}, sk.end[NearForearm])
		}
	}
	return nil
}

// open starts a drawing; view is the part of the scene it shows (the
// drawn box: lo, hi after the group's transform).
func (b *w) open(o Options, lo, hi Point) {
	b.s(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="`, viewBox(o.Tight, lo, hi), `" stroke-linecap="round" stroke-linejoin="round"`)
	if o.Class != "" {
		b.s(` class="`, escape(o.Class), `"`)
	}
	if o.Label == "" {
		b.s(` aria-hidden="true">`)
		return
	}
	b.s(` role="img" aria-label="`, escape(o.Label), `">`)
}

// escape makes text safe inside an attribute value (a strings.Replacer
// costs app.wasm a few KB more).
// viewBox is the whole 320×200 box, or with tight the figure's box with
// a margin and the floor, widened or heightened to 16:10.
func viewBox(tight bool, lo, hi Point) string {
	if !tight {
		return "0 0 320 200"
	}
	const margin = 6
	x0, x1 := math.Max(0, lo.X-margin), math.Min(320, hi.X+margin)
	y0, y1 := math.Max(0, lo.Y-margin), Floor+3
	width, height := x1-x0, y1-y0
	if width/height < 1.6 {
		x0 -= (height*1.6 - width) / 2
		width = height * 1.6
	} else {
		y0 -= width/1.6 - height
		height = width / 1.6
	}
	var b w
	b.s(num(x0), " ", num(y0), " ", num(width), " ", num(height))
	return b.String()
}

func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (m *Move) ground(b *w) {
	if m.Above {
		b.s(`<rect x="14" y="16" width="292" height="170" rx="10" fill="`, matColour, `"/>`)
		return
	}
	b.s(`<path d="M12 186H308" stroke="`, floorColour, `" stroke-width="3" fill="none"/>`)
	if m.Mat {
		b.s(`<rect x="14" y="179.5" width="292" height="5" rx="2.5" fill="`, matColour, `"/>`)
	}
}

// fixedProps draws the equipment that stays put.
func (m *Move) fixedProps(b *w) {
	base := m.floorTop()
	for _, p := range m.Props {
		switch p.Kind {
		case Step, Bench:
			fill := propFill
			if p.Kind == Bench {
				fill = benchColour
			}
			b.s(`<rect x="`, num(p.X), `" y="`, num(base-p.H), `" width="`, num(p.W), `" height="`, num(p.H), `" rx="3" fill="`, fill, `"/>`)
		case Chair:
			seat := base - p.H
			b.s(`<path d="M`, num(p.X), " ", num(seat-chairBack), "V", num(base), "M", num(p.X+p.W), " ", num(seat), "V", num(base),
				`" stroke="`, greyColour, `" stroke-width="4" fill="none"/>`)
			b.s(`<rect x="`, num(p.X), `" y="`, num(seat), `" width="`, num(p.W), `" height="5" rx="2" fill="`, greyColour, `"/>`)
		case Wall:
			b.s(`<rect x="`, num(p.X), `" y="30" width="10" height="`, num(base-30), `" fill="#dfe5e7"/>`)
		case Roller, Ball:
			b.s(`<circle cx="`, num(p.X), `" cy="`, num(base-p.R), `" r="`, num(p.R), `" fill="`, propFill, `"/>`)
		case Band:
			b.s(`<rect x="`, num(p.X-4), `" y="`, num(base-p.H-40), `" width="8" height="`, num(p.H+40), `" rx="3" fill="`, greyColour, `"/>`)
		}
	}
}

// bounds is the box around skeletons and props, with the strokes' reach.
func (m *Move) bounds(sks ...skeleton) (lo, hi Point) {
	lo, hi = Point{math.Inf(1), math.Inf(1)}, Point{math.Inf(-1), math.Inf(-1)}
	grow := func(p Point, r float64) {
		lo.X, lo.Y = math.Min(lo.X, p.X-r), math.Min(lo.Y, p.Y-r)
		hi.X, hi.Y = math.Max(hi.X, p.X+r), math.Max(hi.Y, p.Y+r)
	}
	for i := range sks {
		for s := range sks[i].end {
			r := LimbW / 2
			if Seg(s) == Head {
				r = HeadR
			}
			grow(sks[i].start[s], r)
			grow(sks[i].end[s], r)
		}
	}
	base := m.floorTop()
	for _, p := range m.Props {
		switch p.Kind {
		case Step, Bench, Chair:
			grow(Point{p.X, base - p.H}, 0)
			grow(Point{p.X + p.W, base}, 0)
		case Roller, Ball:
			grow(Point{p.X, base - p.R}, p.R)
		case Band:
			grow(Point{p.X, base - p.H}, 4)
		}
	}
	return lo, hi
}

// fit is the scale (at most 1) that fits a scene into width units and
// keeps its top inside the box; scenes shrink about the floor.
func fit(lo, hi Point, width float64) float64 {
	s := 1.0
	if hi.X-lo.X > width {
		s = width / (hi.X - lo.X)
	}
	if top := Floor - (Floor-lo.Y)*s; top < 8 {
		s *= (Floor - 8) / (Floor - top)
	}
	return math.Floor(s*1000) / 1000
}

// framed is where frame puts a scene's box.
func framed(lo, hi Point, cx, s float64) (Point, Point) {
	tx, ty := cx-(lo.X+hi.X)/2*s, Floor*(1-s)
	return Point{tx + lo.X*s, ty + lo.Y*s}, Point{tx + hi.X*s, ty + hi.Y*s}
}

// frame is the transform that scales a scene by s and centres it on cx.
func frame(lo, hi Point, cx, s float64) string {
	var b w
	b.s("translate(", num(cx-(lo.X+hi.X)/2*s), " ", num(Floor*(1-s)), ")")
	if s != 1 {
		b.s(" scale(", strconv.FormatFloat(s, 'f', -1, 64), ")")
	}
	return b.String()
}

func (m *Move) figure(b *w, sk *skeleton, ghost bool) {
	for _, sh := range m.shapes() {
		colour := sh.colour
		if ghost {
			colour = sh.ghost
		}
		b.s(`<path d="`, sh.d(sk), `"`)
		if sh.fill {
			b.s(` fill="`, colour, `"/>`)
			continue
		}
		b.s(` stroke="`, colour, `" stroke-width="`, num(sh.width), `" fill="none"/>`)
	}
}

// openScene starts a drawing of one figure centred in the box, whatever
// its skeletons reach: the ground, then the group with the fixed props,
// left open for the figure.
func (m *Move) openScene(b *w, o Options, sks ...skeleton) {
	lo, hi := m.bounds(sks...)
	s := fit(lo, hi, 300)
	vlo, vhi := framed(lo, hi, 160, s)
	b.open(o, vlo, vhi)
	m.ground(b)
	b.s(`<g transform="`, frame(lo, hi, 160, s), `">`)
	m.fixedProps(b)
}

// Still draws the move's still pose (a hold, or the end of the movement).
func (m *Move) StillSVG(o Options) string { return m.PoseSVG(m.Still, o) }

// PoseSVG draws one key pose alone, centred.
func (m *Move) PoseSVG(i int, o Options) string {
	sk := m.place(&m.Poses[i])
	var b w
	m.openScene(&b, o, sk)
	m.figure(&b, &sk, false)
	b.s(`</g></svg>`)
	return b.String()
}

// Pair draws the start pose (pale) and the still pose side by side with
// an arrow between: the drawing for print, previews, cards and people who
// ask for reduced motion.
func (m *Move) Pair(o Options) string {
	sks := [2]skeleton{m.place(&m.Poses[0]), m.place(&m.Poses[m.Still])}
	var lo, hi [2]Point
	s := 1.0
	for k := range sks {
		lo[k], hi[k] = m.bounds(sks[k])
		s = math.Min(s, fit(lo[k], hi[k], 134))
	}
	var b w
	a0, a1 := framed(lo[0], hi[0], 80, s)
	b0, b1 := framed(lo[1], hi[1], 240, s)
	b.open(o, Point{a0.X, math.Min(a0.Y, b0.Y)}, Point{b1.X, math.Max(a1.Y, b1.Y)})
	m.ground(&b)
	for k := range sks {
		b.s(`<g transform="`, frame(lo[k], hi[k], 80+160*float64(k), s), `">`)
		m.fixedProps(&b)
		m.figure(&b, &sks[k], k == 0)
		b.s(`</g>`)
	}
	// The arrow sits halfway up the figures, whether they stand or lie.
	y := (math.Min(a0.Y, b0.Y) + math.Max(a1.Y, b1.Y)) / 2
	b.s(`<path d="M150 `, num(y), `H170M164 `, num(y-5), `l6 5-6 5M156 `, num(y-5), `l-6 5 6 5" stroke="`, propFill, `" stroke-width="3.5" fill="none"/>`)
	b.s(`</svg>`)
	return b.String()
}

// File is the static drawing written to web/illustrations: the pair, with
// a comment naming it.
func File(m *Move, alt string) string {
	svg := m.Pair(Options{Label: alt})
	i := len(`<svg`)
	_ = i
	return svg + "\n"
}

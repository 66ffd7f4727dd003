package figure

import "math"

// PropKind is a piece of equipment in a drawing.
type PropKind int

const (
	Step   PropKind = iota // a low box on the floor: X is its left edge, W wide, H high
	Bench                  // a bench or sofa seat, drawn like a step in a lighter tone
	Chair                  // a chair seen side-on: seat H high, back on the left
	Wall                   // a wall whose face is at X
	Roller                 // a foam roller lying on the floor at X, radius R
	Ball                   // a massage ball on the floor at X, radius R
	Strap                  // from the near hand round the near foot's sole
	Band                   // a band from a post at (X, H above the floor) to the hands
)

// Prop is one piece of equipment; fixed props have a place, Strap and
// Band follow the hands.
type Prop struct {
	Kind    PropKind
	X, W, H float64
	R       float64
}

// Floor is the top of the floor line; a mat raises the surface a little.
const (
	Floor    = 186.0
	matTop   = 179.5
	propFill = "#e08a3c"
	// chairBack is how far a chair's back rises above its seat.
	chairBack = 46
)

func (m *Move) floorTop() float64 {
	if m.Mat {
		return matTop
	}
	return Floor - 1.5
}

// surfaceBelow is the highest surface under x at or below y (within a
// little): the floor, or the top of a step, bench, chair seat, roller or
// ball.
func (m *Move) surfaceBelow(x, y float64) float64 {
	top := m.floorTop()
	for _, p := range m.Props {
		s, ok := m.propTop(p, x)
		if ok && s < top && s >= y-4 {
			top = s
		}
	}
	return top
}

func (m *Move) propTop(p Prop, x float64) (float64, bool) {
	base := m.floorTop()
	switch p.Kind {
	case Step, Bench, Chair:
		if x >= p.X && x <= p.X+p.W {
			return base - p.H, true
		}
	case Roller, Ball:
		dx := x - p.X
		if math.Abs(dx) <= p.R {
			return base - p.R - math.Sqrt(p.R*p.R-dx*dx), true
		}
	}
	return 0, false
}

// gap is how far a part's outline is from the nearest surface: the floor,
// a prop's top or a roller's curve (negative when it sinks in).
func (m *Move) gap(c Point, reach float64) float64 {
	best := math.Abs(m.floorTop() - (c.Y + reach))
	signed := m.floorTop() - (c.Y + reach)
	try := func(g float64) {
		if math.Abs(g) < best {
			best, signed = math.Abs(g), g
		}
	}
	base := m.floorTop()
	for _, p := range m.Props {
		switch p.Kind {
		case Step, Bench, Chair:
			if c.X >= p.X-reach && c.X <= p.X+p.W+reach {
				try(base - p.H - (c.Y + reach))
			}
			if p.Kind == Chair && math.Abs(c.X-p.X) <= reach+2 {
				try(base - p.H - chairBack - (c.Y + reach)) // a hand on the back
			}
		case Wall:
			try(p.X - (c.X + reach))
		case Roller, Ball:
			centre := Point{p.X, base - p.R}
			try(c.dist(centre) - p.R - reach)
		}
	}
	return signed
}

// sunk is how deep a segment (a to b, with its stroke's reach) goes into
// a roller, ball, step or bench: 0 when it stays outside.
func (m *Move) sunk(a, b Point, reach float64) float64 {
	base := m.floorTop()
	deepest := 0.0
	for _, p := range m.Props {
		switch p.Kind {
		case Roller, Ball:
			c := Point{p.X, base - p.R}
			ab := b.sub(a)
			t := 0.0
			if l := ab.X*ab.X + ab.Y*ab.Y; l > 0 {
				t = math.Max(0, math.Min(1, ((c.X-a.X)*ab.X+(c.Y-a.Y)*ab.Y)/l))
			}
			deepest = math.Max(deepest, p.R+reach-c.dist(a.add(ab.scale(t))))
		case Step, Bench:
			for _, q := range []Point{a, b, lerpPt(a, b, 0.5)} {
				if q.X > p.X+reach && q.X < p.X+p.W-reach {
					deepest = math.Max(deepest, q.Y+reach-(base-p.H))
				}
			}
		}
	}
	return deepest
}

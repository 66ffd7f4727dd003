package figure

import "math"

// Point is a position in the drawing's 320×200 box (y grows downwards).
type Point struct{ X, Y float64 }

// Part names a point of the body that can rest on something or stay put.
type Part int

const (
	Hip Part = iota // the hip joint (the root)
	Waist
	NeckBase // base of the neck, between the shoulders
	HeadTop  // the back or top of the head, on its outline
	NearKnee
	NearHeel
	NearToe
	FarKnee
	FarHeel
	FarToe
	NearElbow
	NearHand
	FarElbow
	FarHand
	Seat      // under the hip joint, on the buttock's outline
	UpperBack // between the shoulder blades, on the trunk's back outline
)

// Pose is one key position of a move: every segment's direction, the part
// that stays put and where, and the parts that must touch a surface.
type Pose struct {
	A Angles
	// Anchor stays at At; when At.Y is 0 it rests on the surface below it.
	Anchor Part
	At     Point
	// Touch lists other parts that rest on a surface (floor, mat or prop).
	Touch []Part
	// Hold is how long the move stays here, in seconds (0: it passes
	// through).
	Hold float64
	// Short foreshortens segments that turn towards or away from the
	// viewer, out of the drawing's plane: 0 is full length, 0.5 half (a
	// knee dropping out to the side, arms pressing towards the viewer).
	Short Angles
}

// Move is an exercise as data: its key poses, from start to end and back
// as the loop needs, and how long each transition takes.
type Move struct {
	Slug string
	View View
	// Above: the Front view of a person lying down, seen from above; the
	// mat is then the background and there is no floor line.
	Above bool
	Mat   bool
	Props []Prop
	Poses []Pose
	// Tempo is the seconds one transition from a pose to the next takes.
	Tempo float64
	// Loop closes the cycle by going back through the poses in reverse
	// (start → end → start); otherwise the last pose returns to the first.
	Loop bool
	// Still is the pose shown when the move is still: a hold's pose, or
	// the end of the movement. Start and Still make the pair.
	Still int
}

// skeleton is a posed body: each segment's start and end.
type skeleton struct {
	view       View
	start, end [numSegs]Point
}

func dir(deg float64) Point {
	r := deg * math.Pi / 180
	return Point{math.Cos(r), math.Sin(r)}
}

func (p Point) add(q Point) Point        { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) sub(q Point) Point        { return Point{p.X - q.X, p.Y - q.Y} }
func (p Point) scale(k float64) Point    { return Point{p.X * k, p.Y * k} }
func (p Point) dist(q Point) float64     { return math.Hypot(p.X-q.X, p.Y-q.Y) }
func lerp(a, b, t float64) float64       { return a + (b-a)*t }
func lerpPt(a, b Point, t float64) Point { return Point{lerp(a.X, b.X, t), lerp(a.Y, b.Y, t)} }

// pose places the body with its root at the origin.
func pose(v View, a, short *Angles) skeleton {
	body := bodyOf(v)
	sk := skeleton{view: v}
	for i := range body {
		s := body[i]
		var base Point
		if s.parent >= 0 {
			p := s.parent
			base = lerpPt(sk.start[p], sk.end[p], s.at)
			if s.across != 0 {
				base = base.add(dir(a[p] + 90).scale(s.across))
			}
		} else if s.across != 0 {
			base = dir(a[i] + 90).scale(s.across)
		}
		sk.start[i] = base
		sk.end[i] = base.add(dir(a[i]).scale(s.length * (1 - short[i])))
	}
	return sk
}

func (sk *skeleton) move(d Point) {
	for i := range sk.start {
		sk.start[i] = sk.start[i].add(d)
		sk.end[i] = sk.end[i].add(d)
	}
}

// point is where a part is, and how far its outline reaches beyond it.
func (sk *skeleton) point(p Part) (Point, float64) {
	switch p {
	case Hip:
		return sk.start[NearThigh], LimbW / 2
	case Waist:
		return sk.end[Lumbar], TrunkW / 2
	case NeckBase:
		return sk.end[Thorax], TrunkW / 2
	case HeadTop:
		return sk.end[Head], HeadR
	case NearKnee:
		return sk.end[NearThigh], LimbW / 2
	case NearHeel:
		return sk.start[NearFoot], LimbW / 2
	case NearToe:
		return sk.end[NearFoot], LimbW / 2
	case FarKnee:
		return sk.end[FarThigh], LimbW / 2
	case FarHeel:
		return sk.start[FarFoot], LimbW / 2
	case FarToe:
		return sk.end[FarFoot], LimbW / 2
	case NearElbow:
		return sk.end[NearUpperArm], LimbW / 2
	case NearHand:
		return sk.end[NearForearm], LimbW / 2
	case FarElbow:
		return sk.end[FarUpperArm], LimbW / 2
	case FarHand:
		return sk.end[FarForearm], LimbW / 2
	case Seat:
		return sk.start[Lumbar], TrunkW / 2
	case UpperBack:
		return lerpPt(sk.start[Thorax], sk.end[Thorax], 0.5), TrunkW / 2
	}
	return Point{}, 0
}

// place poses the body so its anchor is where the pose says.
func (m *Move) place(p *Pose) skeleton {
	sk := pose(m.View, &p.A, &p.Short)
	at, reach := sk.point(p.Anchor)
	want := p.At
	if want.Y == 0 {
		want.Y = m.surfaceBelow(want.X, at.Y) - reach
	}
	sk.move(want.sub(at))
	return sk
}

// between interpolates two poses at t (0..1): segment directions turn the
// short way round, so limbs keep their length, and the anchor glides from
// one place to the other, so a planted foot stays planted.
func (m *Move) between(a, b *Pose, t float64) skeleton {
	var ang, short Angles
	for i := range ang {
		ang[i] = a.A[i] + wrap180(b.A[i]-a.A[i])*t
		short[i] = lerp(a.Short[i], b.Short[i], t)
	}
	sa, sb := m.place(a), m.place(b)
	// Where a's anchor is in each pose, blended: the anchor part of the
	// first pose is followed through the motion.
	pa, _ := sa.point(a.Anchor)
	pb, _ := sb.point(a.Anchor)
	sk := pose(m.View, &ang, &short)
	now, _ := sk.point(a.Anchor)
	sk.move(lerpPt(pa, pb, t).sub(now))
	return sk
}

// wrap180 is an angle difference turned the short way: -180 to 180.
func wrap180(d float64) float64 {
	for d > 180 {
		d -= 360
	}
	for d <= -180 {
		d += 360
	}
	return d
}

// ease is a smooth start and stop (cubic), as a person moves.
func ease(t float64) float64 { return t * t * (3 - 2*t) }

// Package figure draws Limber's exercise figures: one human model, posed by
// the direction of each body segment, rendered as SVG (a still, a start →
// end pair, or a looped animation). It has no UI import, so the server,
// `make illustrations` and app.wasm draw from the same data.
package figure

// Seg names a body segment. A pose gives each one a direction in degrees:
// 0 points the way the figure faces (right), 90 down, 180 behind, -90 up.
type Seg int

// The side view's segments. Near limbs are on the viewer's side.
const (
	Lumbar Seg = iota // hip joint to waist: the pelvis and lower back
	Thorax            // waist to the base of the neck
	Neck
	Head // from the top of the neck to the centre of the head
	NearThigh
	NearShin
	NearFoot // ankle to toes
	FarThigh
	FarShin
	FarFoot
	NearUpperArm
	NearForearm // elbow to the middle of the hand
	FarUpperArm
	FarForearm
	numSegs
)

// The front view (used where a side view hides the movement) reuses the
// slots: Near is the figure's left, Far its right.
const (
	Spine = Thorax // the front view's trunk is one segment
)

// Angles is a pose's segment directions, in degrees.
type Angles [numSegs]float64

// View is the plane a move is drawn in.
type View int

const (
	Side  View = iota // seen from the person's left, facing right
	Front             // seen from the front or, lying down, from above
)

// segment is one bone of a body: where it starts on its parent (fraction
// along it and a sideways offset, so hips and shoulders sit apart in the
// front view) and how long it is.
type segment struct {
	parent Seg // -1: starts at the root (the hip joint, or the pelvis centre)
	at     float64
	across float64
	length float64
}

// Proportions of a 140-unit standing person (after Drillis and Contini):
// the head is a seventh of the height; the hip joint is at 53 %.
const (
	HeadR       = 10.4
	LimbW       = 8.3
	TrunkW      = 15.3
	HaloW       = 12.3
	ankleHeight = 5.5
)

var sideBody = [numSegs]segment{
	Lumbar:       {-1, 0, 0, 17},
	Thorax:       {Lumbar, 1, 0, 24},
	Neck:         {Thorax, 1, 0, 8},
	Head:         {Neck, 1, 0, HeadR},
	NearThigh:    {-1, 0, 0, 34},
	NearShin:     {NearThigh, 1, 0, 34},
	NearFoot:     {NearShin, 1, 0, 16},
	FarThigh:     {-1, 0, 0, 34},
	FarShin:      {FarThigh, 1, 0, 34},
	FarFoot:      {FarShin, 1, 0, 16},
	NearUpperArm: {Thorax, 0.92, 0, 26},
	NearForearm:  {NearUpperArm, 1, 0, 30},
	FarUpperArm:  {Thorax, 0.92, 0, 26},
	FarForearm:   {FarUpperArm, 1, 0, 30},
}

// frontBody: Lumbar is unused (length 0), Thorax is the whole trunk, hips
// and shoulders sit either side of the midline.
var frontBody = [numSegs]segment{
	Lumbar:       {-1, 0, 0, 0},
	Thorax:       {-1, 0, 0, 41},
	Neck:         {Thorax, 1, 0, 8},
	Head:         {Neck, 1, 0, HeadR},
	NearThigh:    {Thorax, 0, 9, 34},
	NearShin:     {NearThigh, 1, 0, 34},
	NearFoot:     {NearShin, 1, 0, 10},
	FarThigh:     {Thorax, 0, -9, 34},
	FarShin:      {FarThigh, 1, 0, 34},
	FarFoot:      {FarShin, 1, 0, 10},
	NearUpperArm: {Thorax, 0.95, 17, 26},
	NearForearm:  {NearUpperArm, 1, 0, 30},
	FarUpperArm:  {Thorax, 0.95, -17, 26},
	FarForearm:   {FarUpperArm, 1, 0, 30},
}

func bodyOf(v View) *[numSegs]segment {
	if v == Front {
		return &frontBody
	}
	return &sideBody
}

package figure

import "math"

// joint is a pair of segments and the range of their relative angle a
// healthy adult reaches (degrees, generous to allow for drawing).
type joint struct {
	name         string
	parent, seg  Seg
	offset       float64 // added so standing upright reads 0
	lo, hi       float64
	frontViewToo bool
}

// joints are checked by the tests: flexion positive. Sources: typical
// active ranges (hip flexion about 120–140°, extension 20–30°; knee
// flexion about 140–155°; shoulder flexion about 180°).
var joints = []joint{
	{"spine", Lumbar, Thorax, 0, -35, 60, false},
	{"neck", Thorax, Neck, 0, -60, 75, true},
	{"head", Neck, Head, 0, -45, 45, true},
	{"near hip", Lumbar, NearThigh, 180, -35, 145, false},
	{"far hip", Lumbar, FarThigh, 180, -35, 145, false},
	{"near knee", NearThigh, NearShin, 0, -5, 160, false},
	{"far knee", FarThigh, FarShin, 0, -5, 160, false},
	{"near ankle", NearShin, NearFoot, 90, -40, 60, false},
	{"far ankle", FarShin, FarFoot, 90, -40, 60, false},
	{"near shoulder", Thorax, NearUpperArm, 180, -65, 190, false},
	{"far shoulder", Thorax, FarUpperArm, 180, -65, 190, false},
	{"near elbow", NearUpperArm, NearForearm, 0, -8, 155, true},
	{"far elbow", FarUpperArm, FarForearm, 0, -8, 155, true},
}

// bend is a joint's flexion in a pose (see joints for the sign).
func (j joint) bend(a *Angles) float64 {
	switch j.seg {
	case NearThigh, FarThigh, NearUpperArm, FarUpperArm:
		// Flexion brings the limb forward, against the trunk's direction.
		b := j.offset - mod360(a[j.seg]-a[j.parent])
		if b < -180 {
			b += 360 // an arm just past overhead
		}
		return b
	case NearShin, FarShin:
		return wrap180(a[j.seg] - a[j.parent])
	case NearFoot, FarFoot:
		return wrap180(a[j.seg]-a[j.parent]) + j.offset
	case NearForearm, FarForearm:
		return wrap180(a[j.parent] - a[j.seg])
	}
	return wrap180(a[j.seg] - a[j.parent])
}

func mod360(v float64) float64 {
	v = math.Mod(v, 360)
	if v < 0 {
		v += 360
	}
	return v
}

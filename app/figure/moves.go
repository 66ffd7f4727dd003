package figure

// For returns the move drawn for an exercise slug.
func For(slug string) (*Move, bool) {
	for _, list := range [][]Move{stretchMoves, mobilityMoves, strengthMoves, releaseMoves} {
		for i := range list {
			if list[i].Slug == slug {
				return &list[i], true
			}
		}
	}
	return nil, false
}

// All lists every move, for `make illustrations` and the tests.
func All() []*Move {
	var out []*Move
	for _, list := range [][]Move{stretchMoves, mobilityMoves, strengthMoves, releaseMoves} {
		for i := range list {
			out = append(out, &list[i])
		}
	}
	return out
}

// Standing, seen from the left, facing right: the angles most poses start
// from.
var standing = Angles{
	Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
	NearThigh: 90, NearShin: 90, NearFoot: 0,
	FarThigh: 90, FarShin: 90, FarFoot: 0,
	NearUpperArm: 92, NearForearm: 88, FarUpperArm: 92, FarForearm: 88,
}

// with returns a copy of base with some segments changed.
func with(base Angles, changes ...func(*Angles)) Angles {
	for _, c := range changes {
		c(&base)
	}
	return base
}

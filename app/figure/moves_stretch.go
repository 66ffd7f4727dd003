package figure

// stretchMoves are the held stretches for hamstrings, hips and back.
var stretchMoves = []Move{
	{
		Slug:  "standing-hamstring-stretch",
		Props: []Prop{{Kind: Step, X: 196, W: 60, H: 24}},
		Tempo: 1.6, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -90, Thorax: -89, Neck: -86, Head: -90,
				NearThigh: 28, NearShin: 28, NearFoot: -55,
				FarThigh: 90, FarShin: 90, FarFoot: 0,
				NearUpperArm: 118, NearForearm: 20, FarUpperArm: 118, FarForearm: 20,
			}, Anchor: FarHeel, At: Point{X: 120}, Touch: []Part{FarToe, NearHeel}},
			{A: Angles{
				Lumbar: -52, Thorax: -48, Neck: -42, Head: -40,
				NearThigh: 28, NearShin: 28, NearFoot: -55,
				FarThigh: 94, FarShin: 90, FarFoot: 0,
				NearUpperArm: 150, NearForearm: 60, FarUpperArm: 150, FarForearm: 60,
			}, Anchor: FarHeel, At: Point{X: 120}, Touch: []Part{FarToe, NearHeel}, Hold: 2},
		},
	},
}

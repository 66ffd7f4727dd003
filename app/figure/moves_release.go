package figure

// releaseMoves are the foam-roller and ball releases.
var releaseMoves = []Move{
	{
		Slug:  "foam-roll-hamstrings",
		Props: []Prop{{Kind: Roller, X: 160, R: 11}},
		Tempo: 2.5, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -108, Thorax: -100, Neck: -88, Head: -89,
				NearThigh: -14, NearShin: -14, NearFoot: -80,
				FarThigh: -22, FarShin: 54, FarFoot: 0,
				NearUpperArm: 116, NearForearm: 102, FarUpperArm: 116, FarForearm: 102,
			}, Anchor: NearHand, At: Point{X: 104}, Touch: []Part{NearKnee, FarHeel, FarToe, FarHand}, Hold: 1},
			{A: Angles{
				Lumbar: -126, Thorax: -125, Neck: -113, Head: -101.5,
				NearThigh: -14, NearShin: -14, NearFoot: -70,
				FarThigh: -24, FarShin: 85, FarFoot: 0,
				NearUpperArm: 111, NearForearm: 114, FarUpperArm: 111, FarForearm: 114,
			}, Anchor: NearHand, At: Point{X: 104}, Touch: []Part{Seat, FarHeel, FarToe, FarHand}, Hold: 1},
		},
	},
	{
		// Sitting on the roller, leaning onto the near buttock, the near
		// hand behind on the floor: the near ankle crosses over the far
		// knee, the near knee turned out towards the viewer (its thigh and
		// shin shorten); the hips rock a little over the roller.
		Slug:  "foam-roll-glutes",
		Props: []Prop{{Kind: Roller, X: 160, R: 11}},
		Tempo: 1.5, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -126, Thorax: -128, Neck: -116, Head: -103,
				NearThigh: -60, NearShin: -4, NearFoot: -60,
				FarThigh: -15, FarShin: 77, FarFoot: 0,
				NearUpperArm: 91, NearForearm: 90, FarUpperArm: 52, FarForearm: -23.4,
			}, Anchor: NearHand, At: Point{X: 132}, Touch: []Part{Seat, FarHeel, FarToe}, Hold: 0.5,
				Short: Angles{NearThigh: 0.5, NearShin: 0.28, NearFoot: 0.5}},
			{A: Angles{
				Lumbar: -127, Thorax: -129, Neck: -117, Head: -103.5,
				NearThigh: -61, NearShin: -5, NearFoot: -61,
				FarThigh: -16, FarShin: 91, FarFoot: 0,
				NearUpperArm: 98, NearForearm: 99, FarUpperArm: 49, FarForearm: -24.4,
			}, Anchor: NearHand, At: Point{X: 132}, Touch: []Part{Seat, FarHeel, FarToe}, Hold: 0.5,
				Short: Angles{NearThigh: 0.5, NearShin: 0.28, NearFoot: 0.5}},
		},
	},
	{
		Slug:  "piriformis-release",
		Props: []Prop{{Kind: Ball, X: 160, R: 5}},
		Tempo: 2, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -105, Thorax: -108, Neck: -96, Head: -93,
				NearThigh: -34, NearShin: 72, NearFoot: 0,
				FarThigh: -32, FarShin: 66, FarFoot: 0,
				NearUpperArm: 127, NearForearm: 95, FarUpperArm: 127, FarForearm: 95,
			}, Anchor: NearHand, At: Point{X: 128}, Touch: []Part{Seat, NearHeel, NearToe, FarHeel, FarToe, FarHand}, Hold: 0.5},
			{A: Angles{
				Lumbar: -109, Thorax: -112, Neck: -100, Head: -95,
				NearThigh: -36, NearShin: 79, NearFoot: 0,
				FarThigh: -34, FarShin: 73, FarFoot: 0,
				NearUpperArm: 129, NearForearm: 97, FarUpperArm: 129, FarForearm: 97,
			}, Anchor: NearHand, At: Point{X: 128}, Touch: []Part{Seat, NearHeel, NearToe, FarHeel, FarToe, FarHand}, Hold: 2.5},
		},
	},
	{
		Slug:  "foam-roll-erectors",
		Props: []Prop{{Kind: Roller, X: 140, R: 11}},
		Tempo: 2, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -149, Thorax: -149, Neck: -127, Head: -117,
				NearThigh: -53, NearShin: 64, NearFoot: 0,
				FarThigh: -57, FarShin: 70, FarFoot: 0,
				NearUpperArm: -4, NearForearm: -152, FarUpperArm: -9, FarForearm: -155,
			}, Anchor: NearHeel, At: Point{X: 215}, Touch: []Part{Seat, UpperBack, NearToe, FarHeel, FarToe}, Hold: 1},
			{A: Angles{
				Lumbar: -152, Thorax: -152, Neck: -130, Head: -120,
				NearThigh: -33, NearShin: 62, NearFoot: 0,
				FarThigh: -37, FarShin: 69, FarFoot: 0,
				NearUpperArm: -7, NearForearm: -155, FarUpperArm: -12, FarForearm: -158,
			}, Anchor: NearHeel, At: Point{X: 215}, Touch: []Part{UpperBack, NearToe, FarHeel, FarToe}, Hold: 1},
		},
	},
}

package figure

// crookLying is lying on the back, head to the left, knees bent and feet flat
// (crook lying), arms resting by the sides.
var crookLying = Angles{
	Lumbar: 180, Thorax: 180, Neck: 180, Head: -165,
	NearThigh: -55, NearShin: 67.4, NearFoot: 0,
	FarThigh: -55, FarShin: 67.4, FarFoot: 0,
	NearUpperArm: 4, NearForearm: 4, FarUpperArm: 4, FarForearm: 4,
}

// stretchMoves are the held stretches for hamstrings, hips and back.
var stretchMoves = []Move{
	{
		// Heel on a low step, hands on the hips; fold from the hips with a
		// long back.
		Slug:  "standing-hamstring-stretch",
		Props: []Prop{{Kind: Step, X: 160, W: 56, H: 24}},
		Tempo: 1.8, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 36, NearShin: 44, NearFoot: -70,
				FarThigh: 88, FarShin: 92, FarFoot: 0,
				NearUpperArm: 145, NearForearm: 20, FarUpperArm: 143, FarForearm: 18,
			}, Anchor: FarHeel, At: Point{X: 120}, Touch: []Part{FarToe, NearHeel}},
			{A: Angles{
				Lumbar: -52, Thorax: -50, Neck: -44, Head: -40,
				NearThigh: 36, NearShin: 44, NearFoot: -70,
				FarThigh: 84, FarShin: 94, FarFoot: 0,
				NearUpperArm: 183, NearForearm: 58, FarUpperArm: 181, FarForearm: 56,
			}, Anchor: FarHeel, At: Point{X: 120}, Touch: []Part{FarToe, NearHeel}, Hold: 2.5},
		},
	},
	{
		// Sitting on the mat, the left leg straight, the right knee bent out
		// with its foot by the inner thigh; lean forward from the hips.
		Slug:  "seated-hamstring-stretch",
		Mat:   true,
		Props: []Prop{{Kind: Bench, X: 94, W: 46, H: 13}},
		Tempo: 1.8, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -86, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 14.1, NearShin: 14.1, NearFoot: -75,
				FarThigh: -6, FarShin: 154, FarFoot: 27,
				NearUpperArm: 100, NearForearm: 22, FarUpperArm: 98, FarForearm: 20,
			}, Anchor: Seat, At: Point{X: 120}, Touch: []Part{NearHeel}},
			{A: Angles{
				Lumbar: -42, Thorax: -36, Neck: -30, Head: -26,
				NearThigh: 14.1, NearShin: 14.1, NearFoot: -75,
				FarThigh: -6, FarShin: 154, FarFoot: 27,
				NearUpperArm: 68, NearForearm: 22, FarUpperArm: 66, FarForearm: 20,
			}, Anchor: Seat, At: Point{X: 120}, Touch: []Part{NearHeel}, Hold: 2.5},
		},
	},
	{
		// Lying on the back, a strap round the left foot: the leg straightens
		// and rises towards the ceiling.
		Slug:  "supine-hamstring-strap-stretch",
		Mat:   true,
		Props: []Prop{{Kind: Strap}},
		Tempo: 2, Loop: true, Still: 1,
		Poses: []Pose{
			{A: with(crookLying, func(a *Angles) {
				a[NearThigh], a[NearShin], a[NearFoot] = -90, 0, -120
				a[NearUpperArm], a[NearForearm] = -45, -65
				a[FarUpperArm], a[FarForearm] = -47, -67
			}), Anchor: UpperBack, At: Point{X: 120}, Touch: []Part{Seat, HeadTop, FarHeel}},
			{A: with(crookLying, func(a *Angles) {
				a[NearThigh], a[NearShin], a[NearFoot] = -75, -73, -165
				a[NearUpperArm], a[NearForearm] = -55, -60
				a[FarUpperArm], a[FarForearm] = -57, -62
			}), Anchor: UpperBack, At: Point{X: 120}, Touch: []Part{Seat, HeadTop, FarHeel}, Hold: 2.5},
		},
	},
	{
		// Lying on the back, the left knee lifts and both hands draw it in
		// towards the chest.
		Slug:  "knee-to-chest",
		Mat:   true,
		Tempo: 1.6, Loop: true, Still: 2,
		Poses: []Pose{
			{A: crookLying, Anchor: UpperBack, At: Point{X: 120}, Touch: []Part{Seat, HeadTop, NearHeel, FarHeel}},
			{A: with(crookLying, func(a *Angles) {
				a[NearThigh], a[NearShin], a[NearFoot] = -90, 10, -40
			}), Anchor: UpperBack, At: Point{X: 120}, Touch: []Part{Seat, HeadTop, FarHeel}},
			{A: with(crookLying, func(a *Angles) {
				a[Lumbar] = 176
				a[NearThigh], a[NearShin], a[NearFoot] = -109, 18, -45
				a[NearUpperArm], a[NearForearm] = -16, -66
				a[FarUpperArm], a[FarForearm] = -18, -68
			}), Anchor: UpperBack, At: Point{X: 120}, Touch: []Part{HeadTop, FarHeel}, Hold: 2.5},
		},
	},
	{
		// Sitting back on the heels, then folding forward: hands walk out
		// along the mat and the forehead rests down.
		Slug:  "childs-pose",
		Mat:   true,
		Tempo: 2, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -88, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 35, NearShin: 192, NearFoot: 155,
				FarThigh: 35, FarShin: 192, FarFoot: 155,
				NearUpperArm: 95, NearForearm: 20, FarUpperArm: 95, FarForearm: 20,
			}, Anchor: NearKnee, At: Point{X: 150}, Touch: []Part{NearToe}},
			{A: Angles{
				Lumbar: -5, Thorax: 24, Neck: 10, Head: 20,
				NearThigh: 35, NearShin: 192, NearFoot: 155,
				FarThigh: 35, FarShin: 192, FarFoot: 155,
				NearUpperArm: 25, NearForearm: 0, FarUpperArm: 24, FarForearm: -1,
			}, Anchor: NearKnee, At: Point{X: 150}, Touch: []Part{NearToe, HeadTop, NearHand}, Hold: 3},
		},
	},
	{
		// Seen from above (a side view hides it): lying on the back, arms out,
		// both bent knees lower together to the right (down in the drawing).
		Slug:  "supine-spinal-twist",
		View:  Front,
		Mat:   true,
		Tempo: 2, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Thorax: 180, Neck: 180, Head: 180,
				NearThigh: 0, NearShin: 175, NearFoot: 0,
				FarThigh: 0, FarShin: 185, FarFoot: 0,
				NearUpperArm: -92, NearForearm: -84, FarUpperArm: 92, FarForearm: 84,
			}, Anchor: Hip, At: Point{X: 150, Y: 92}},
			{A: Angles{
				Thorax: 180, Neck: 180, Head: 180,
				NearThigh: 62, NearShin: -20, NearFoot: 0,
				FarThigh: 68, FarShin: -14, FarFoot: 0,
				NearUpperArm: -92, NearForearm: -84, FarUpperArm: 92, FarForearm: 84,
			}, Anchor: Hip, At: Point{X: 150, Y: 92}, Hold: 2.5},
		},
	},
	{
		// Half-kneeling on the left knee: tuck the pelvis and ease the hips
		// forward.
		Slug:  "kneeling-hip-flexor-stretch",
		Mat:   true,
		Tempo: 1.8, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 90, NearShin: 195, NearFoot: 147,
				FarThigh: 0, FarShin: 90, FarFoot: 0,
				NearUpperArm: 110, NearForearm: 18, FarUpperArm: 108, FarForearm: 16,
			}, Anchor: NearKnee, At: Point{X: 130}, Touch: []Part{NearToe, FarHeel, FarToe}},
			{A: Angles{
				Lumbar: -100, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 105, NearShin: 195, NearFoot: 147,
				FarThigh: 0, FarShin: 105, FarFoot: 0,
				NearUpperArm: 110, NearForearm: 18, FarUpperArm: 108, FarForearm: 16,
			}, Anchor: NearKnee, At: Point{X: 130}, Touch: []Part{NearToe, FarHeel, FarToe}, Hold: 2.5},
		},
	},
}

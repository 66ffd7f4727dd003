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
		// Sitting on the mat, the left leg straight, the right knee dropped
		// out to the side (its thigh and shin turn away from the viewer, so
		// they shorten) with the sole by the inner thigh; lean forward from
		// the hips with a long back.
		Slug:  "seated-hamstring-stretch",
		Mat:   true,
		Tempo: 1.3, Loop: true, Still: 2,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -86, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 3, NearShin: 3, NearFoot: -80,
				FarThigh: -22, FarShin: 133.5, FarFoot: 10,
				NearUpperArm: 94, NearForearm: 94, FarUpperArm: 92, FarForearm: 92,
			}, Anchor: Seat, At: Point{X: 120}, Touch: []Part{NearHeel, FarHeel, NearHand},
				Short: Angles{
					FarThigh: 0.2, FarShin: 0.44, FarFoot: 0.7,
					NearUpperArm: 0.2, NearForearm: 0.25, FarUpperArm: 0.2, FarForearm: 0.25,
				}},
			{A: Angles{
				Lumbar: -78, Thorax: -80, Neck: -76, Head: -78,
				NearThigh: 3, NearShin: 3, NearFoot: -80,
				FarThigh: -22, FarShin: 133.5, FarFoot: 10,
				NearUpperArm: 20, NearForearm: 14, FarUpperArm: 18, FarForearm: 12,
			}, Anchor: Seat, At: Point{X: 120}, Touch: []Part{NearHeel, FarHeel},
				Short: Angles{FarThigh: 0.2, FarShin: 0.44, FarFoot: 0.7}},
			{A: Angles{
				Lumbar: -57, Thorax: -44, Neck: -36, Head: -30,
				NearThigh: 3, NearShin: 3, NearFoot: -80,
				FarThigh: -22, FarShin: 133.5, FarFoot: 10,
				NearUpperArm: 40, NearForearm: 20, FarUpperArm: 38, FarForearm: 18,
			}, Anchor: Seat, At: Point{X: 120}, Touch: []Part{NearHeel, FarHeel}, Hold: 2.5,
				Short: Angles{FarThigh: 0.2, FarShin: 0.44, FarFoot: 0.7}},
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
		// Seen from above (a side view hides it), head to the left: lying on
		// the back, arms out in a T, knees bent up and feet flat (thighs and
		// shins point up from the mat, so they shorten); both knees lower
		// together to the right (down in the drawing), the left leg resting
		// on the right, while both shoulders stay flat.
		Slug:  "supine-spinal-twist",
		View:  Front,
		Above: true,
		Mat:   true,
		Tempo: 2, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Thorax: 180, Neck: 180, Head: 180,
				NearThigh: -12, NearShin: 10, NearFoot: 0,
				FarThigh: 12, FarShin: -10, FarFoot: 0,
				NearUpperArm: -90, NearForearm: -90, FarUpperArm: 90, FarForearm: 90,
			}, Anchor: Hip, At: Point{X: 150, Y: 91},
				Short: Angles{NearThigh: 0.45, NearShin: 0.6, FarThigh: 0.45, FarShin: 0.6}},
			{A: Angles{
				Thorax: 180, Neck: 180, Head: 180,
				NearThigh: 62, NearShin: -43, NearFoot: 0,
				FarThigh: 45, FarShin: -63, FarFoot: 0,
				NearUpperArm: -90, NearForearm: -90, FarUpperArm: 90, FarForearm: 90,
			}, Anchor: Hip, At: Point{X: 150, Y: 91}, Hold: 2.5,
				Short: Angles{FarThigh: 0.1, NearShin: 0.2, FarShin: 0.25, NearFoot: 0.3, FarFoot: 0.3}},
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

package figure

// mobilityMoves are the mobility and warm-up moves.
var mobilityMoves = []Move{
	{
		// Standing tall on the far (right) leg, far hand on a chair back;
		// the near (left) leg swings back and forward like a pendulum.
		Slug:  "leg-swings",
		Props: []Prop{{Kind: Chair, X: 185, W: 40, H: 30}},
		Tempo: 1, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 120, NearShin: 150, NearFoot: 50,
				FarThigh: 88, FarShin: 96, FarFoot: 0,
				NearUpperArm: 92, NearForearm: 88, FarUpperArm: 57.4, FarForearm: 17.4,
			}, Anchor: FarHeel, At: Point{X: 140}, Touch: []Part{FarToe}},
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 25, NearShin: 50, NearFoot: -50,
				FarThigh: 88, FarShin: 96, FarFoot: 0,
				NearUpperArm: 92, NearForearm: 88, FarUpperArm: 57.4, FarForearm: 17.4,
			}, Anchor: FarHeel, At: Point{X: 140}, Touch: []Part{FarToe}},
		},
	},
	{
		// On hands and knees: cow (tummy sinks, head lifts) then cat
		// (back rounds up, head drops).
		Slug:  "cat-cow",
		Mat:   true,
		Tempo: 1.6, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -10, Thorax: -44, Neck: -50, Head: -40,
				NearThigh: 90, NearShin: 190, NearFoot: 156,
				FarThigh: 90, FarShin: 190, FarFoot: 156,
				NearUpperArm: 79.5, NearForearm: 63, FarUpperArm: 79.5, FarForearm: 63,
			}, Anchor: NearKnee, At: Point{X: 110}, Touch: []Part{FarKnee, NearToe, NearHand, FarHand}, Hold: 0.4},
			{A: Angles{
				Lumbar: -50, Thorax: -12, Neck: 40, Head: 70,
				NearThigh: 90, NearShin: 190, NearFoot: 156,
				FarThigh: 90, FarShin: 190, FarFoot: 156,
				NearUpperArm: 83, NearForearm: 59, FarUpperArm: 83, FarForearm: 59,
			}, Anchor: NearKnee, At: Point{X: 110}, Touch: []Part{FarKnee, NearToe, NearHand, FarHand}, Hold: 0.4},
		},
	},
	{
		// Lying on the back, knees bent and feet flat: the small arch under
		// the lower back, then the pelvis rocks so the back presses flat.
		Slug:  "pelvic-tilts",
		Mat:   true,
		Tempo: 1.2, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: 195, Thorax: 170, Neck: 190, Head: 190,
				NearThigh: -57, NearShin: 70, NearFoot: 0,
				FarThigh: -57, FarShin: 70, FarFoot: 0,
				NearUpperArm: 4, NearForearm: 4, FarUpperArm: 4, FarForearm: 4,
			}, Anchor: Seat, At: Point{X: 170}, Touch: []Part{NearHeel, NearToe, HeadTop, NearHand}, Hold: 0.3},
			{A: Angles{
				Lumbar: 180, Thorax: 180, Neck: 190, Head: 190,
				NearThigh: -57, NearShin: 70, NearFoot: 0,
				FarThigh: -57, FarShin: 70, FarFoot: 0,
				NearUpperArm: 4, NearForearm: 4, FarUpperArm: 4, FarForearm: 4,
			}, Anchor: Seat, At: Point{X: 170}, Touch: []Part{NearHeel, NearToe, HeadTop, NearHand, UpperBack}, Hold: 0.3},
		},
	},
	{
		// Standing on the far leg, far hand on a chair back: the near knee,
		// lifted in front, circles out (the foot lifting out and up), draws
		// back behind and lowers beside the standing leg. A side view cannot
		// foreshorten the thigh, so the circle shows as front → back.
		Slug:  "hip-cars",
		Props: []Prop{{Kind: Chair, X: 185, W: 40, H: 30}},
		Tempo: 1.2, Still: 2,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: -5, NearShin: 85, NearFoot: 5,
				FarThigh: 88, FarShin: 94, FarFoot: 0,
				NearUpperArm: 100, NearForearm: 96, FarUpperArm: 53.2, FarForearm: 19.8,
			}, Anchor: FarHeel, At: Point{X: 140}, Touch: []Part{FarToe}},
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 35, NearShin: 160, NearFoot: 80,
				FarThigh: 88, FarShin: 94, FarFoot: 0,
				NearUpperArm: 100, NearForearm: 96, FarUpperArm: 53.2, FarForearm: 19.8,
			}, Anchor: FarHeel, At: Point{X: 140}, Touch: []Part{FarToe}},
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 112, NearShin: 200, NearFoot: 80,
				FarThigh: 88, FarShin: 94, FarFoot: 0,
				NearUpperArm: 100, NearForearm: 96, FarUpperArm: 53.2, FarForearm: 19.8,
			}, Anchor: FarHeel, At: Point{X: 140}, Touch: []Part{FarToe}},
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 88, NearShin: 96, NearFoot: 0,
				FarThigh: 88, FarShin: 94, FarFoot: 0,
				NearUpperArm: 100, NearForearm: 96, FarUpperArm: 53.2, FarForearm: 19.8,
			}, Anchor: FarHeel, At: Point{X: 140}, Touch: []Part{FarToe, NearHeel, NearToe}},
		},
	},
	{
		// Walking lunges with the hips kept mid-frame (the planted foot
		// slides back, as when a camera follows a walker): stand, lunge on
		// the near leg, rise passing the back leg through, lunge on the far
		// leg, pass the near leg through and stand.
		Slug:  "walking-lunges",
		Tempo: 0.9, Still: 1,
		Poses: []Pose{
			{A: standing, Anchor: FarHeel, At: Point{X: 145.3}, Touch: []Part{FarToe, NearHeel, NearToe}, Hold: 0.3},
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 3, NearShin: 90, NearFoot: 0,
				FarThigh: 108, FarShin: 200, FarFoot: 74,
				NearUpperArm: 100, NearForearm: 95, FarUpperArm: 80, FarForearm: 72,
			}, Anchor: NearHeel, At: Point{X: 184}, Touch: []Part{NearToe, FarToe}, Hold: 0.4},
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 92, NearShin: 96, NearFoot: 0,
				FarThigh: 60, FarShin: 125, FarFoot: 20,
				NearUpperArm: 92, NearForearm: 88, FarUpperArm: 92, FarForearm: 88,
			}, Anchor: NearToe, At: Point{X: 161.3}, Touch: []Part{NearHeel}},
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				FarThigh: 3, FarShin: 90, FarFoot: 0,
				NearThigh: 108, NearShin: 200, NearFoot: 74,
				FarUpperArm: 100, FarForearm: 95, NearUpperArm: 80, NearForearm: 72,
			}, Anchor: FarHeel, At: Point{X: 184}, Touch: []Part{FarToe, NearToe}, Hold: 0.4},
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				FarThigh: 92, FarShin: 96, FarFoot: 0,
				NearThigh: 60, NearShin: 125, NearFoot: 20,
				NearUpperArm: 92, NearForearm: 88, FarUpperArm: 92, FarForearm: 88,
			}, Anchor: FarHeel, At: Point{X: 145.3}, Touch: []Part{FarToe}},
		},
	},
	{
		// On hands and knees, back flat: the near arm reaches forward and
		// the far leg back, both level with the trunk.
		Slug:  "bird-dog",
		Mat:   true,
		Tempo: 1.2, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -28, Thorax: -28, Neck: 5, Head: 30,
				NearThigh: 90, NearShin: 190, NearFoot: 156,
				FarThigh: 90, FarShin: 190, FarFoot: 156,
				NearUpperArm: 84, NearForearm: 62, FarUpperArm: 84, FarForearm: 62,
			}, Anchor: NearKnee, At: Point{X: 110}, Touch: []Part{FarKnee, NearToe, NearHand, FarHand}},
			{A: Angles{
				Lumbar: -28, Thorax: -28, Neck: 5, Head: 30,
				NearThigh: 90, NearShin: 190, NearFoot: 156,
				FarThigh: 175, FarShin: 180, FarFoot: 100,
				NearUpperArm: -14, NearForearm: -14, FarUpperArm: 84, FarForearm: 62,
			}, Anchor: NearKnee, At: Point{X: 110}, Touch: []Part{NearToe, FarHand}, Hold: 1.5},
		},
	},
}

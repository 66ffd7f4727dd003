package figure

// mobilityMoves are the mobility and warm-up moves.
var mobilityMoves = []Move{
	{
		// Standing tall on the far (right) leg, far hand on the back of a chair beside them (the arm reaches out to the side, so it is drawn shortened);
		// the near (left) leg swings back and forward like a pendulum.
		Slug:  "leg-swings",
		Props: []Prop{{Kind: Chair, X: 146, W: 40, H: 30}},
		Tempo: 1, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 120, NearShin: 150, NearFoot: 50,
				FarThigh: 88, FarShin: 96, FarFoot: 0,
				NearUpperArm: 92, NearForearm: 88, FarUpperArm: 85, FarForearm: 80,
			}, Anchor: FarHeel, At: Point{X: 140}, Touch: []Part{FarToe, FarHand},
				Short: Angles{FarUpperArm: 0.445, FarForearm: 0.445}},
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 25, NearShin: 50, NearFoot: -50,
				FarThigh: 88, FarShin: 96, FarFoot: 0,
				NearUpperArm: 92, NearForearm: 88, FarUpperArm: 85, FarForearm: 80,
			}, Anchor: FarHeel, At: Point{X: 140}, Touch: []Part{FarToe, FarHand},
				Short: Angles{FarUpperArm: 0.445, FarForearm: 0.445}},
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
		// Standing on the far leg, far hand on the chair back, near hand on
		// the hip: the near knee lifts in front, opens out to the side (the
		// thigh turns towards the viewer, so it shortens), the hip turns in
		// so the foot lifts out and up, the knee draws back behind and
		// lowers beside the standing leg.
		Slug:  "hip-cars",
		Props: []Prop{{Kind: Chair, X: 145, W: 40, H: 30}},
		Tempo: 1.2, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: -5, NearShin: 85, NearFoot: 5,
				FarThigh: 88, FarShin: 94, FarFoot: 0,
				NearUpperArm: 115, NearForearm: -10, FarUpperArm: 85, FarForearm: 80,
			}, Anchor: FarHeel, At: Point{X: 140}, Touch: []Part{FarToe, FarHand},
				Short: Angles{FarUpperArm: 0.445, FarForearm: 0.445, NearForearm: 0.55}},
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 10, NearShin: 90, NearFoot: 5,
				FarThigh: 88, FarShin: 94, FarFoot: 0,
				NearUpperArm: 115, NearForearm: -10, FarUpperArm: 85, FarForearm: 80,
			}, Anchor: FarHeel, At: Point{X: 140}, Touch: []Part{FarToe, FarHand},
				Short: Angles{FarUpperArm: 0.445, FarForearm: 0.445, NearThigh: 0.6, NearForearm: 0.55}},
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 55, NearShin: 172, NearFoot: 100,
				FarThigh: 88, FarShin: 94, FarFoot: 0,
				NearUpperArm: 115, NearForearm: -10, FarUpperArm: 85, FarForearm: 80,
			}, Anchor: FarHeel, At: Point{X: 140}, Touch: []Part{FarToe, FarHand},
				Short: Angles{FarUpperArm: 0.445, FarForearm: 0.445, NearThigh: 0.5, NearShin: 0.25, NearForearm: 0.55}},
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 112, NearShin: 200, NearFoot: 80,
				FarThigh: 88, FarShin: 94, FarFoot: 0,
				NearUpperArm: 115, NearForearm: -10, FarUpperArm: 85, FarForearm: 80,
			}, Anchor: FarHeel, At: Point{X: 140}, Touch: []Part{FarToe, FarHand},
				Short: Angles{FarUpperArm: 0.445, FarForearm: 0.445, NearForearm: 0.55}},
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 88, NearShin: 96, NearFoot: 0,
				FarThigh: 88, FarShin: 94, FarFoot: 0,
				NearUpperArm: 115, NearForearm: -10, FarUpperArm: 85, FarForearm: 80,
			}, Anchor: FarHeel, At: Point{X: 140}, Touch: []Part{FarToe, FarHand, NearHeel, NearToe},
				Short: Angles{FarUpperArm: 0.445, FarForearm: 0.445, NearForearm: 0.55}},
		},
	},
	{
		// One rep of walking lunges on the near (left) leg: step forward
		// into the lunge and rise back to standing, so each rep beep in the
		// player is one lunge on the side it names (the player mirrors it
		// for the right).
		Slug:  "walking-lunges",
		Tempo: 1, Loop: true, Still: 1,
		Poses: []Pose{
			{A: standing, Anchor: FarHeel, At: Point{X: 145.3}, Touch: []Part{FarToe, NearHeel, NearToe}, Hold: 0.3},
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 3, NearShin: 90, NearFoot: 0,
				FarThigh: 108, FarShin: 200, FarFoot: 74,
				NearUpperArm: 100, NearForearm: 95, FarUpperArm: 80, FarForearm: 72,
			}, Anchor: FarToe, At: Point{X: 161.3}, Touch: []Part{NearHeel, NearToe}, Hold: 0.4},
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
				Lumbar: -28, Thorax: -28, Neck: -15, Head: -10,
				NearThigh: 90, NearShin: 190, NearFoot: 156,
				FarThigh: 90, FarShin: 190, FarFoot: 156,
				NearUpperArm: 84, NearForearm: 62, FarUpperArm: 84, FarForearm: 62,
			}, Anchor: NearKnee, At: Point{X: 110}, Touch: []Part{FarKnee, NearToe, NearHand, FarHand}},
			{A: Angles{
				Lumbar: -28, Thorax: -28, Neck: -15, Head: -10,
				NearThigh: 90, NearShin: 190, NearFoot: 156,
				FarThigh: 175, FarShin: 180, FarFoot: 100,
				NearUpperArm: -24, NearForearm: -24, FarUpperArm: 84, FarForearm: 62,
			}, Anchor: NearKnee, At: Point{X: 110}, Touch: []Part{NearToe, FarHand}, Hold: 1.5},
		},
	},
}

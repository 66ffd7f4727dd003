package figure

// strengthMoves are the strength and core exercises.
var strengthMoves = []Move{
	{
		// Lying on the back, knees bent, heels a hand's length from the
		// bottom; the hips lift until shoulders, hips and knees line up.
		Slug: "glute-bridge", Mat: true,
		Tempo: 1.2, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: 180, Thorax: 180, Neck: 190, Head: 188,
				NearThigh: -52.4, NearShin: 63.5, NearFoot: 0,
				FarThigh: -52.4, FarShin: 63.5, FarFoot: 0,
				NearUpperArm: 4, NearForearm: 3, FarUpperArm: 4, FarForearm: 3,
			}, Anchor: NearHeel, At: Point{X: 190}, Touch: []Part{NearToe, Seat, NeckBase, HeadTop, NearHand}, Hold: 0.3},
			{A: Angles{
				Lumbar: 156.8, Thorax: 156.8, Neck: 185, Head: 185,
				NearThigh: -23.2, NearShin: 76.3, NearFoot: 0,
				FarThigh: -23.2, FarShin: 76.3, FarFoot: 0,
				NearUpperArm: 4, NearForearm: 3, FarUpperArm: 4, FarForearm: 3,
			}, Anchor: NearHeel, At: Point{X: 190}, Touch: []Part{NearToe, NeckBase, HeadTop, NearHand}, Hold: 1},
		},
	},
	{
		// Upper back on a bench edge, feet flat: the hips rise from near
		// the floor until the trunk and thighs are level, shins upright.
		Slug:  "hip-thrust",
		Props: []Prop{{Kind: Bench, X: 70, W: 70, H: 30}},
		Tempo: 1.2, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: 222, Thorax: 222, Neck: 237, Head: 242,
				NearThigh: -33.3, NearShin: 74.5, NearFoot: 0,
				FarThigh: -33.3, FarShin: 74.5, FarFoot: 0,
				NearUpperArm: 57, NearForearm: 30, FarUpperArm: 57, FarForearm: 30,
			}, Anchor: NearHeel, At: Point{X: 200}, Touch: []Part{NearToe, UpperBack}, Hold: 0.2},
			{A: Angles{
				Lumbar: 180, Thorax: 180, Neck: 195, Head: 200,
				NearThigh: 0, NearShin: 90, NearFoot: 0,
				FarThigh: 0, FarShin: 90, FarFoot: 0,
				NearUpperArm: 15, NearForearm: -12, FarUpperArm: 15, FarForearm: -12,
			}, Anchor: NearHeel, At: Point{X: 200}, Touch: []Part{NearToe, UpperBack}, Hold: 1},
		},
	},
	{
		// Hips back and knees bent as if sitting on a chair, heels down,
		// back long, arms forward for balance.
		Slug:  "squat",
		Tempo: 1.4, Loop: true, Still: 1,
		Poses: []Pose{
			{A: with(standing, func(a *Angles) {
				a[NearUpperArm], a[NearForearm], a[FarUpperArm], a[FarForearm] = 0, 0, 2, 2
			}), Anchor: NearHeel, At: Point{X: 150}, Touch: []Part{NearToe, FarHeel, FarToe}, Hold: 0.3},
			{A: Angles{
				Lumbar: -50, Thorax: -48, Neck: -40, Head: -30,
				NearThigh: 10, NearShin: 125, NearFoot: 0,
				FarThigh: 10, FarShin: 125, FarFoot: 0,
				NearUpperArm: -5, NearForearm: -5, FarUpperArm: -3, FarForearm: -3,
			}, Anchor: NearHeel, At: Point{X: 150}, Touch: []Part{NearToe, FarHeel, FarToe}, Hold: 0.4},
		},
	},
	{
		// The hip hinge: soft knees that keep their bend, a flat back, the
		// hips pushed back and the hands sliding down the thighs.
		Slug:  "deadlift",
		Tempo: 1.5, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -90, Thorax: -90, Neck: -86, Head: -90,
				NearThigh: 82, NearShin: 98, NearFoot: 0,
				FarThigh: 82, FarShin: 98, FarFoot: 0,
				NearUpperArm: 96, NearForearm: 80, FarUpperArm: 96, FarForearm: 80,
			}, Anchor: NearHeel, At: Point{X: 150}, Touch: []Part{NearToe, FarHeel, FarToe}, Hold: 0.3},
			{A: Angles{
				Lumbar: -30, Thorax: -30, Neck: -25, Head: -22,
				NearThigh: 68, NearShin: 98, NearFoot: 0,
				FarThigh: 68, FarShin: 98, FarFoot: 0,
				NearUpperArm: 95, NearForearm: 92, FarUpperArm: 95, FarForearm: 92,
			}, Anchor: NearHeel, At: Point{X: 150}, Touch: []Part{NearToe, FarHeel, FarToe}, Hold: 0.4},
		},
	},
	{
		// Face down on the forearms, elbows under the shoulders, toes
		// tucked; the body lifts into one straight line and holds.
		Slug: "plank", Mat: true,
		Tempo: 1.5, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: -30, Thorax: -39.5, Neck: -30, Head: -20,
				NearThigh: 174, NearShin: 204.5, NearFoot: 114.5,
				FarThigh: 174, FarShin: 204.5, FarFoot: 114.5,
				NearUpperArm: 90, NearForearm: 0, FarUpperArm: 90, FarForearm: 0,
			}, Anchor: NearElbow, At: Point{X: 220}, Touch: []Part{NearHand, Seat, NearKnee, NearToe}, Hold: 0.5},
			{A: Angles{
				Lumbar: -5.4, Thorax: -5.4, Neck: -5, Head: 0,
				NearThigh: 174.6, NearShin: 174.6, NearFoot: 84.6,
				FarThigh: 174.6, FarShin: 174.6, FarFoot: 84.6,
				NearUpperArm: 90, NearForearm: 0, FarUpperArm: 90, FarForearm: 0,
			}, Anchor: NearElbow, At: Point{X: 220}, Touch: []Part{NearHand, NearToe}, Hold: 3},
		},
	},
	{
		// On the back, arms to the ceiling, knees over the hips at right
		// angles; the left leg lowers towards the floor as the right arm
		// lowers behind the head, the lower back staying on the mat.
		Slug: "dead-bug", Mat: true,
		Tempo: 1.6, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Lumbar: 180, Thorax: 180, Neck: 190, Head: 188,
				NearThigh: -90, NearShin: 0, NearFoot: -70,
				FarThigh: -90, FarShin: 0, FarFoot: -70,
				NearUpperArm: -90, NearForearm: -90, FarUpperArm: -90, FarForearm: -90,
			}, Anchor: Seat, At: Point{X: 160}, Touch: []Part{NeckBase, HeadTop}, Hold: 0.3},
			{A: Angles{
				Lumbar: 180, Thorax: 180, Neck: 190, Head: 188,
				NearThigh: -10, NearShin: -6, NearFoot: -76,
				FarThigh: -90, FarShin: 0, FarFoot: -70,
				NearUpperArm: -90, NearForearm: -90, FarUpperArm: 186, FarForearm: 186,
			}, Anchor: Seat, At: Point{X: 160}, Touch: []Part{NeckBase, HeadTop}, Hold: 1},
		},
	},
	{
		// Seen from the front (a side view makes the band seem to come from
		// behind): standing square to the viewer, the band's post to the
		// left side (the viewer's right) at chest height, the band running
		// across to the hands. The hands press straight out from the chest
		// towards the viewer (the arms shorten) and back, the body square.
		Slug:  "pallof-press",
		View:  Front,
		Props: []Prop{{Kind: Band, X: 222, H: 103}},
		Tempo: 1.2, Loop: true, Still: 1,
		Poses: []Pose{
			{A: Angles{
				Thorax: -90, Neck: -90, Head: -90,
				NearThigh: 88, NearShin: 92, NearFoot: 0,
				FarThigh: 92, FarShin: 88, FarFoot: 180,
				NearUpperArm: 100, NearForearm: -127, FarUpperArm: 80, FarForearm: -53,
			}, Anchor: NearHeel, At: Point{X: 150}, Touch: []Part{NearToe, FarHeel, FarToe}, Hold: 0.3,
				Short: Angles{
					NearFoot: 0.5, FarFoot: 0.5,
					NearUpperArm: 0.1, NearForearm: 0.46, FarUpperArm: 0.1, FarForearm: 0.46,
				}},
			{A: Angles{
				Thorax: -90, Neck: -90, Head: -90,
				NearThigh: 88, NearShin: 92, NearFoot: 0,
				FarThigh: 92, FarShin: 88, FarFoot: 180,
				NearUpperArm: 158, NearForearm: 158, FarUpperArm: 22, FarForearm: 22,
			}, Anchor: NearHeel, At: Point{X: 150}, Touch: []Part{NearToe, FarHeel, FarToe}, Hold: 1,
				Short: Angles{
					NearFoot: 0.5, FarFoot: 0.5,
					NearUpperArm: 0.71, NearForearm: 0.71, FarUpperArm: 0.71, FarForearm: 0.71,
				}},
		},
	},
}

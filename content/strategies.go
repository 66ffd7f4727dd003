package content

// Strategies are the seven approaches, in the order the guide presents
// them: preparation first, then daily habits.
var Strategies = []Strategy{
	{
		Slug:    "dynamic-warm-up",
		Title:   "Dynamic warm-up",
		Summary: "Moving stretches that get the hamstrings, hips and back ready before you exercise.",
		When:    "Before any activity, from a run to an afternoon of gardening, and before static stretching.",
		How: []string{
			"Start small and let each swing or lunge grow a little as you loosen up.",
			"Keep every movement smooth and controlled: no bouncing, no forcing the end of the range.",
			"Spend about five minutes, or until you feel warmer and move more freely.",
			"Hold on to a wall or chair for balance if you need to, and breathe steadily.",
		},
		Why: "Moving through a range raises blood flow, warms the muscles and gets the joints ready to work. " +
			"You gain range without pulling hard on cold tissue, which is when it is least ready to stretch.",
		Exercises: []string{"leg-swings", "walking-lunges", "cat-cow"},
	},
	{
		Slug:    "static-stretching",
		Title:   "Static stretching",
		Summary: "Holding a stretch still for 20 to 30 seconds to lengthen tight muscles once they are warm.",
		When:    "After exercise, or after a few minutes of light movement. Never on cold muscles.",
		How: []string{
			"Ease in until you feel a gentle pull, never pain, and hold for 20 to 30 seconds.",
			"Breathe slowly and deeply, letting the stretch settle a little on each out-breath.",
			"Cover the hamstrings, hip flexors, glutes and the muscles along the lower back.",
			"Hinge from the hips with a long back rather than rounding over to reach further.",
			"Stop if pain shoots down a leg or you feel numbness or tingling.",
		},
		Why: "A steady, comfortable hold gives a muscle time to relax and lengthen. " +
			"Repeated regularly, it gradually widens how far the hips and back can move.",
		Exercises: []string{
			"standing-hamstring-stretch", "seated-hamstring-stretch", "supine-hamstring-strap-stretch",
			"knee-to-chest", "childs-pose", "supine-spinal-twist", "pelvic-tilts", "kneeling-hip-flexor-stretch",
		},
	},
	{
		Slug:    "myofascial-release",
		Title:   "Foam rolling and release",
		Summary: "Rolling or pressing tight spots with a foam roller or a firm ball (a lacrosse ball works well) to ease knots and tension.",
		When:    "After a warm-up or exercise, or on its own on a rest day.",
		How: []string{
			"Roll slowly, a few centimetres at a time, and pause on tender spots for a few breaths.",
			"Aim for tender but bearable: lighten the pressure if you tense up or hold your breath.",
			"Work the hamstrings, the glutes and the piriformis, deep in the buttock.",
			"For the lower back, go gently on the muscles beside the spine and never roll directly on the spine itself.",
			"Skip anywhere bruised, swollen or numb.",
		},
		Why: "Pressure can ease trigger points (small, tender knots) and tension in the fascia, the connective tissue that wraps each muscle. " +
			"That can help the tissue lengthen more easily and reduce tightness in one spot.",
		Exercises: []string{"foam-roll-hamstrings", "foam-roll-glutes", "piriformis-release", "foam-roll-erectors"},
	},
	{
		Slug:    "strength-for-balance",
		Title:   "Strength for balance",
		Summary: "Strengthening the glutes, core and hip flexors so the hamstrings and back stop doing more than their share.",
		When:    "Two or three times a week after a warm-up, with a rest day in between.",
		How: []string{
			"Glutes: start with glute bridges and hip thrusts, then add squats and deadlifts as you get stronger.",
			"Core: planks, bird-dog, dead bug and anti-rotation work such as the Pallof press train the transverse abdominis and obliques.",
			"Hip flexors: keep them mobile with slow, controlled hip circles (CARs) and the kneeling hip flexor stretch.",
			"Choose control over load: slow reps with good form beat heavy, rushed ones.",
		},
		Why: "Tightness often comes from weakness in the muscles on the other side of the joint. " +
			"Stronger glutes and core help hold the pelvis in a better position and take the extra load off the hamstrings and lower back.",
		Exercises: []string{
			"glute-bridge", "hip-thrust", "squat", "deadlift",
			"plank", "bird-dog", "dead-bug", "pallof-press",
			"hip-cars", "kneeling-hip-flexor-stretch",
		},
	},
	{
		Slug:    "posture-and-ergonomics",
		Title:   "Posture and ergonomics",
		Summary: "Small changes to how you sit, stand and lift, and to how your desk is set up.",
		When:    "Throughout the day, especially if you sit for work.",
		How: []string{
			"Get up and move every 30 to 60 minutes; the Desk break routine takes about five.",
			"Set the screen at eye level, keep your feet flat and let the chair support your lower back so the spine stays neutral.",
			"When standing, spread your weight over both feet rather than sinking into one hip.",
			"Lift by bending at the hips and knees, keeping the load close and your back long.",
		},
		Why: "Staying in one position for a long time is what lets muscles stiffen. " +
			"A neutral spine spreads the load, and frequent breaks stop any one position lasting long enough to set in.",
		Exercises: []string{"standing-hamstring-stretch", "leg-swings", "pelvic-tilts"},
	},
	{
		Slug:    "hydration-and-nutrition",
		Title:   "Hydration and nutrition",
		Summary: "Drinking enough and eating a balanced diet to support supple muscles and recovery.",
		When:    "Every day, with extra fluid in hot weather and when you exercise.",
		How: []string{
			"Drink regularly through the day; pale yellow urine is a simple sign you are getting enough.",
			"Build meals around vegetables, fruit, whole grains, pulses, nuts and oily fish, often called anti-inflammatory foods.",
			"Keep heavily processed food and sugary drinks to a minimum.",
			"Include some protein at each meal to help muscles recover after exercise.",
		},
		Why: "Water helps keep tissues elastic and the joints lubricated. " +
			"A balanced diet supports muscle health and recovery in general. It will not undo tightness by itself, but it helps the other strategies work.",
	},
	{
		Slug:    "mind-body-practice",
		Title:   "Yoga and Pilates",
		Summary: "Classes that build flexibility and core strength while teaching body awareness and breath control.",
		When:    "Once or twice a week, as a class or a short session at home.",
		How: []string{
			"Pick a beginners' or gentle class and tell the teacher about any back trouble.",
			"Let your breathing set the pace and only move as far as is comfortable.",
			"Expect familiar moves: cat-cow and child's pose feature in many yoga classes.",
			"Pilates centres on deep core control, which suits the strength side of this guide.",
		},
		Why: "These practices train several things together: flexibility, core strength, awareness of how you hold yourself and calmer breathing. " +
			"Combined, that can improve muscle balance and ease long-standing tension.",
		Exercises: []string{"cat-cow", "childs-pose", "bird-dog", "dead-bug"},
	},
}

// StrategyBySlug finds a strategy by its URL slug.
func StrategyBySlug(slug string) (Strategy, bool) {
	for _, s := range Strategies {
		if s.Slug == slug {
			return s, true
		}
	}
	return Strategy{}, false
}

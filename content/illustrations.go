package content

// Illustration is the line drawing shown with an exercise.
type Illustration struct {
	Src string // "/web/illustrations/<slug>.svg"
	Alt string // the position(s) shown, in plain words
}

// Illustrations maps an exercise slug to its drawing. The SVG files live in
// web/illustrations/ (see the README there for the drawing style).
var Illustrations = map[string]Illustration{
	"standing-hamstring-stretch": {
		Src: "/web/illustrations/standing-hamstring-stretch.svg",
		Alt: "A person stands tall with hands on hips and one heel resting on a low step, that knee softly bent and toes pointing up. They fold forwards from the hips with a long, flat back, hold, and come back up.",
	},
	"seated-hamstring-stretch": {
		Src: "/web/illustrations/seated-hamstring-stretch.svg",
		Alt: "A person sits tall on a mat with one leg straight and toes pointing up, the other knee bent out to the side with that foot resting against the inner thigh of the straight leg. They reach both hands forwards along the straight leg, leaning from the hips with a long back until the hands rest near the ankle, hold, and sit back up.",
	},
	"supine-hamstring-strap-stretch": {
		Src: "/web/illustrations/supine-hamstring-strap-stretch.svg",
		Alt: "A person lies on their back on a mat with one knee bent and that foot flat, and a strap looped around the other foot. Holding the strap with both hands, they straighten that leg and raise it towards the ceiling, hold, then lower it with the knee bent again.",
	},
	"leg-swings": {
		Src: "/web/illustrations/leg-swings.svg",
		Alt: "A person stands tall on one leg, one hand resting on the back of a chair beside them, and swings the other leg forwards and back like a pendulum with the knee softly bent, while the upper body stays still and upright.",
	},
	"knee-to-chest": {
		Src: "/web/illustrations/knee-to-chest.svg",
		Alt: "A person lies on their back on a mat with knees bent and feet flat. They lift one knee, hold it with both hands just below the knee and draw it gently towards the chest, head and shoulders staying on the mat, then let it go back down.",
	},
	"cat-cow": {
		Src: "/web/illustrations/cat-cow.svg",
		Alt: "A person on hands and knees on a mat lets the tummy sink and lifts the head so the back curves gently down, then rounds the back up towards the ceiling and lets the head drop, moving slowly between the two shapes.",
	},
	"childs-pose": {
		Src: "/web/illustrations/childs-pose.svg",
		Alt: "A person sits back on their heels on a mat, then folds forwards: the back rounds, the arms stretch forwards along the mat and the forehead rests down, with the bottom staying close to the heels.",
	},
	"pelvic-tilts": {
		Src: "/web/illustrations/pelvic-tilts.svg",
		Alt: "A person lies on their back on a mat with knees bent, feet flat and arms by the sides, and slowly rocks the pelvis so the small arch under the lower back flattens gently into the mat, then eases back.",
	},
	"supine-spinal-twist": {
		Src: "/web/illustrations/supine-spinal-twist.svg",
		Alt: "Seen from above: a person lies on their back on a mat with knees bent, feet flat and arms out to the sides at shoulder height. Keeping the knees together, they lower both knees slowly to one side while the shoulders stay flat on the mat, hold, and bring them back to the middle.",
	},
	"walking-lunges": {
		Src: "/web/illustrations/walking-lunges.svg",
		Alt: "A person steps forward into a lunge, front thigh about level and back knee hovering just above the floor, chest up, then rises and brings the feet back together: one lunge on one leg, shown for each rep.",
	},
	"glute-bridge": {
		Src: "/web/illustrations/glute-bridge.svg",
		Alt: "A person lies on their back on a mat with knees bent and feet flat, arms resting on the floor. They slowly lift their hips until shoulders, hips and knees form a straight line, pause, then lower back to the mat.",
	},
	"hip-thrust": {
		Src: "/web/illustrations/hip-thrust.svg",
		Alt: "A person sits on the floor with their upper back resting on the edge of a bench, feet flat and hands at their hips. They press through their heels to raise their hips until the body and thighs are level and the shins upright, then lower until the hips nearly touch the floor.",
	},
	"squat": {
		Src: "/web/illustrations/squat.svg",
		Alt: "A person stands tall with arms reaching forward. They send their hips back and bend their knees as if sitting on a chair, heels down and back long, then push back up to standing.",
	},
	"deadlift": {
		Src: "/web/illustrations/deadlift.svg",
		Alt: "A person stands with knees softly bent and arms hanging in front of the thighs. Keeping the back long and flat, they push the hips backwards so the trunk tips forwards and the hands lower to the knees, then drive the hips forward to stand tall.",
	},
	"plank": {
		Src: "/web/illustrations/plank.svg",
		Alt: "A person lies face down on a mat, propped on their forearms with elbows under the shoulders and toes tucked under. They lift their body into one straight line from head to heels and hold it while breathing steadily.",
	},
	"bird-dog": {
		Src: "/web/illustrations/bird-dog.svg",
		Alt: "A person on hands and knees on a mat, back flat, reaches one arm forward and the opposite leg straight back, pauses, then returns the hand and knee to the floor without letting the hips tilt.",
	},
	"dead-bug": {
		Src: "/web/illustrations/dead-bug.svg",
		Alt: "A person lies on their back on a mat with both arms pointing at the ceiling and knees bent above the hips. Keeping the lower back on the mat, they slowly lower one leg towards the floor and the opposite arm behind the head, then bring them back.",
	},
	"pallof-press": {
		Src: "/web/illustrations/pallof-press.svg",
		Alt: "Seen from the front: a person stands square with soft knees, holding a resistance band at the chest with both hands; the band runs sideways to a post at chest height. They press the hands straight out in front of the chest, hold, and bring them back, keeping the chest and hips facing forwards.",
	},
	"hip-cars": {
		Src: "/web/illustrations/hip-cars.svg",
		Alt: "A person stands on one leg holding the back of a chair, the other hand on the hip. The free knee lifts in front, opens out to the side, turns so the foot lifts out and up, draws back behind the body and lowers beside the standing leg, while the trunk stays upright and still.",
	},
	"kneeling-hip-flexor-stretch": {
		Src: "/web/illustrations/kneeling-hip-flexor-stretch.svg",
		Alt: "A person half-kneels on a mat, back knee down and front foot flat, both knees at about right angles, trunk upright and hands on the front thigh. They tuck the pelvis under and ease the hips gently forwards, then ease back.",
	},
	"foam-roll-hamstrings": {
		Src: "/web/illustrations/foam-roll-hamstrings.svg",
		Alt: "A person sits leaning back on their hands, one leg held straight with a foam roller under the back of the thigh and the other knee bent with the foot flat. With the bottom lifted, the body rolls slowly back and forth so the roller travels from just above the knee to just below the buttock.",
	},
	"foam-roll-glutes": {
		Src: "/web/illustrations/foam-roll-glutes.svg",
		Alt: "A person sits on a foam roller, leaning back on one hand on the floor, with one foot flat and the other ankle crossed over that knee so the crossed knee turns out to the side. The hips rock slowly a few centimetres back and forth over the roller.",
	},
	"piriformis-release": {
		Src: "/web/illustrations/piriformis-release.svg",
		Alt: "A person sits with both knees bent and feet flat, leaning back on their hands, with a small massage ball under one buttock. The hips shift slowly a little over the ball, then rest there.",
	},
	"foam-roll-erectors": {
		Src: "/web/illustrations/foam-roll-erectors.svg",
		Alt: "A person lies back over a foam roller placed across the back just below the shoulder blades, knees bent, feet flat and arms crossed over the chest. Pushing gently through the feet, they roll a short way so the roller moves down towards the bottom of the ribs and back, without arching the lower back.",
	},
}

// IllustrationFor returns the drawing for an exercise slug and whether one exists.
func IllustrationFor(slug string) (Illustration, bool) {
	ill, ok := Illustrations[slug]
	return ill, ok
}

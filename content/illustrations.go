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
		Alt: "A person stands on one leg with the other heel resting on a low step, that leg almost straight, leaning forward from the hips with a flat back and hands resting on the raised leg.",
	},
	"seated-hamstring-stretch": {
		Src: "/web/illustrations/seated-hamstring-stretch.svg",
		Alt: "A person sits on a mat with one leg straight out in front, toes up, and the other knee bent, leaning forward from the hips with a long back and reaching both hands along the straight leg towards the ankle.",
	},
	"supine-hamstring-strap-stretch": {
		Src: "/web/illustrations/supine-hamstring-strap-stretch.svg",
		Alt: "A person lies on their back on a mat with one knee bent and foot flat, the other leg raised straight towards the ceiling, holding a strap looped around the sole of the raised foot.",
	},
	"leg-swings": {
		Src: "/web/illustrations/leg-swings.svg",
		Alt: "A person stands tall with one hand resting on the back of a chair and swings the outside leg like a pendulum: shown swung back (lighter) and swung forward, with curved arrows.",
	},
	"knee-to-chest": {
		Src: "/web/illustrations/knee-to-chest.svg",
		Alt: "A person lies on their back on a mat with head down, one knee bent with the foot flat, hugging the other knee in towards the chest with both hands just below the knee.",
	},
	"cat-cow": {
		Src: "/web/illustrations/cat-cow.svg",
		Alt: "Two positions on hands and knees: on the left (lighter) the tummy sinks and the head lifts so the back curves down (cow); on the right the back rounds up towards the ceiling and the head drops (cat).",
	},
	"childs-pose": {
		Src: "/web/illustrations/childs-pose.svg",
		Alt: "A person kneels on a mat with hips sitting back towards the heels, back rounded forward, forehead resting on the mat and arms stretched forward along the floor.",
	},
	"pelvic-tilts": {
		Src: "/web/illustrations/pelvic-tilts.svg",
		Alt: "A person lies on their back with knees bent and feet flat, arms by the sides. A lighter outline shows the small arch under the lower back; an arrow shows the lower back gently pressing down flat into the mat.",
	},
	"supine-spinal-twist": {
		Src: "/web/illustrations/supine-spinal-twist.svg",
		Alt: "Seen from above: a person lies on their back on a mat with arms out to the sides at shoulder height and both bent knees lowered together to one side, with a curved arrow showing the knees dropping.",
	},
	"walking-lunges": {
		Src: "/web/illustrations/walking-lunges.svg",
		Alt: "Two positions: on the left (lighter) a person stands tall; on the right they have stepped forward into a lunge, front thigh level and shin upright, back knee bent and hovering just above the floor, trunk upright.",
	},
	"glute-bridge": {
		Src: "/web/illustrations/glute-bridge.svg",
		Alt: "Two positions: on the left (lighter) a person lies on their back with knees bent and feet flat; on the right they have lifted their hips so the body forms a straight line from shoulders to knees, arms resting on the floor.",
	},
	"hip-thrust": {
		Src: "/web/illustrations/hip-thrust.svg",
		Alt: "A person rests their upper back on the edge of a bench with feet flat on the floor. Lighter: hips lowered close to the floor. Full colour: hips raised until the body and thighs are level and the shins upright, with an arrow showing the lift.",
	},
	"squat": {
		Src: "/web/illustrations/squat.svg",
		Alt: "Two positions: on the left (lighter) a person stands tall with arms reaching forward; on the right they have sent the hips back and bent the knees into a squat, heels down, back long and arms forward for balance.",
	},
	"deadlift": {
		Src: "/web/illustrations/deadlift.svg",
		Alt: "Two positions: on the left (lighter) a person stands tall with hands in front of the thighs; on the right they hinge forward from the hips with a flat back, knees softly bent and arms hanging down towards the shins.",
	},
	"plank": {
		Src: "/web/illustrations/plank.svg",
		Alt: "A person holds a forearm plank on a mat: elbows under the shoulders, forearms flat on the floor, toes tucked under and the body in one straight line from head to heels.",
	},
	"bird-dog": {
		Src: "/web/illustrations/bird-dog.svg",
		Alt: "Two positions: on the left (lighter) a person is on hands and knees with a flat back; on the right they reach one arm straight forward and the opposite leg straight back, both level with the trunk.",
	},
	"dead-bug": {
		Src: "/web/illustrations/dead-bug.svg",
		Alt: "A person lies on their back on a mat with one arm pointing at the ceiling and one knee bent above the hip (the start position), while the other arm lowers overhead and the opposite leg straightens towards the floor, shown with curved arrows.",
	},
	"pallof-press": {
		Src: "/web/illustrations/pallof-press.svg",
		Alt: "Seen from above: a person stands side-on to a band anchored at chest height. Lighter: hands held at the chest with elbows bent. Full colour: both arms pressed straight out in front while the body keeps facing forward, with an arrow showing the press.",
	},
	"hip-cars": {
		Src: "/web/illustrations/hip-cars.svg",
		Alt: "Seen from the front: a person stands on one leg with one hand on a chair back and the other hand on the hip. The free knee is lifted in front (lighter) and then circled out to the side (full colour), shown with a curved arrow.",
	},
	"kneeling-hip-flexor-stretch": {
		Src: "/web/illustrations/kneeling-hip-flexor-stretch.svg",
		Alt: "A person half-kneels with the back knee on a cushion and the front foot flat, both knees bent at about right angles, trunk upright and hands on the front thigh, with an arrow showing the hips easing forward.",
	},
	"foam-roll-hamstrings": {
		Src: "/web/illustrations/foam-roll-hamstrings.svg",
		Alt: "A person sits leaning back on their hands with a foam roller under the back of one straight thigh, bottom lifted slightly and the other knee bent, with a double arrow showing the slow roll along the thigh.",
	},
	"foam-roll-glutes": {
		Src: "/web/illustrations/foam-roll-glutes.svg",
		Alt: "A person sits on a foam roller, leaning back on one hand, with one foot flat on the floor and the other ankle crossed over that knee in a figure four.",
	},
	"piriformis-release": {
		Src: "/web/illustrations/piriformis-release.svg",
		Alt: "A person sits leaning back on their hands with both knees bent and feet flat, with a small massage ball under one buttock.",
	},
	"foam-roll-erectors": {
		Src: "/web/illustrations/foam-roll-erectors.svg",
		Alt: "A person lies back over a foam roller placed across the middle of the back, hips on the floor, knees bent with feet flat and arms crossed over the chest, with a double arrow showing a short roll.",
	},
}

// IllustrationFor returns the drawing for an exercise slug and whether one exists.
func IllustrationFor(slug string) (Illustration, bool) {
	ill, ok := Illustrations[slug]
	return ill, ok
}

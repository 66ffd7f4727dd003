package content

import "slices"

// Stop rules shared by many exercises. They are constants rather than
// repeated literals so the wording stays identical everywhere and the tests
// can check that every stretch carries them. The names are prefixed because
// other files share this package.
const (
	// exerciseCautionPull is the stretch intensity rule.
	exerciseCautionPull = "A stretch should feel like a mild pull, never a sharp pain: ease off if it hurts."
	// exerciseCautionNerve is the rule to stop when symptoms suggest an irritated nerve.
	exerciseCautionNerve = "Stop straight away if pain shoots down a leg or you notice numbness or tingling, then go through the red-flag check."
	// exerciseCautionWarm keeps static stretching for warm muscles.
	exerciseCautionWarm = "Only stretch warm muscles: do a few minutes of easy movement, such as walking or the warm-up moves, first."
)

// Exercises is the exercise library: every exercise the guide names, grouped
// in the order the guide introduces them.
var Exercises = []Exercise{
	// Hamstring samples.
	{
		Slug:      "standing-hamstring-stretch",
		Name:      "Standing hamstring stretch",
		Kind:      Static,
		Regions:   []Region{Hamstrings},
		Equipment: []string{"Chair or low step"},
		Summary:   "Lengthens the back of one thigh while you stay upright, so it fits easily into a break from sitting.",
		Setup:     "Stand facing a sturdy chair or a low step, close enough to rest one heel on it with that knee almost straight.",
		Steps: []string{
			"Rest one heel on the chair or step, toes pointing up, with a soft bend in the knee.",
			"Stand tall with both hips facing forwards and your hands on your hips.",
			"Fold forwards from the hips, keeping your chest lifted and your spine long, until the back of the raised thigh feels a gentle pull.",
			"Hold and breathe slowly, then come up, lower the leg and swap sides.",
		},
		Cues: []string{
			"Think of pushing your bottom backwards rather than bringing your nose to your knee.",
			"The pull belongs in the middle of the thigh, not behind the knee.",
			"Breathe out slowly and let the stretch ease a little further on each breath.",
		},
		Mistakes: []string{
			"Rounding the back to reach further, which moves the stretch out of the hamstrings.",
			"Pressing the raised knee fully straight or using a surface that is too high.",
		},
		Dosage:   Dosage{HoldMin: 20, HoldMax: 30, PerSide: true, Sets: 2},
		Cautions: []string{exerciseCautionPull, exerciseCautionNerve, exerciseCautionWarm, "Use something stable that will not slide, and keep a hand nearby for balance."},
		Related:  []string{"seated-hamstring-stretch", "supine-hamstring-strap-stretch", "leg-swings"},
		Strategy: "static-stretching",
		Source:   "hamstring-samples",
	},
	{
		Slug:      "seated-hamstring-stretch",
		Name:      "Seated hamstring stretch",
		Kind:      Static,
		Regions:   []Region{Hamstrings},
		Equipment: []string{"Mat"},
		Summary:   "Stretches one hamstring at a time from a supported seated position on the floor.",
		Setup:     "Sit on a mat with one leg out straight in front of you. Bend the other knee and rest that foot against the inside of the straight thigh.",
		Steps: []string{
			"Sit up tall on your sit bones with the toes of the straight leg pointing up.",
			"Reach both hands along the straight leg as you lean forwards from the hips.",
			"Stop as soon as you feel a gentle pull behind the thigh; your hands can rest on your shin, ankle or the floor.",
			"Hold and breathe, then sit up slowly and change legs.",
		},
		Cues: []string{
			"Lead with your chest and keep the spine long rather than curling over.",
			"If your back rounds before you lean, sit on a folded towel to tilt the pelvis forwards.",
		},
		Mistakes: []string{
			"Grabbing the toes at any cost and hunching the upper back.",
			"Locking the straight knee hard; a slight softness is fine.",
		},
		Dosage:   Dosage{HoldMin: 20, HoldMax: 30, PerSide: true, Sets: 2},
		Cautions: []string{exerciseCautionPull, exerciseCautionNerve, exerciseCautionWarm},
		Related:  []string{"standing-hamstring-stretch", "supine-hamstring-strap-stretch", "foam-roll-hamstrings"},
		Strategy: "static-stretching",
		Source:   "hamstring-samples",
	},
	{
		Slug:      "supine-hamstring-strap-stretch",
		Name:      "Lying hamstring stretch with a strap",
		Kind:      Static,
		Regions:   []Region{Hamstrings},
		Equipment: []string{"Strap or towel", "Mat"},
		Summary:   "Stretches one hamstring while lying down, so the floor supports your lower back throughout.",
		Setup:     "Lie on your back on a mat with both knees bent and feet flat. Hold the ends of a strap or towel.",
		Steps: []string{
			"Hook the strap under the ball of one foot, an end in each hand.",
			"Straighten that leg and raise it slowly, using the strap to guide it up.",
			"Stop when the back of the thigh feels a gentle pull; the other leg can stay bent or lie flat.",
			"Hold and breathe, then lower the leg with control and swap sides.",
		},
		Cues: []string{
			"Let your arms do the lifting so the leg muscles can relax.",
			"Keep the back of your pelvis and your lower back resting on the floor in their natural position.",
			"Shoulders and neck stay soft on the mat.",
		},
		Mistakes: []string{
			"Pulling the leg so high that the hips lift or the lower back flattens hard into the floor.",
			"Yanking on the strap instead of easing in gradually.",
		},
		Dosage:   Dosage{HoldMin: 20, HoldMax: 30, PerSide: true, Sets: 2},
		Cautions: []string{exerciseCautionPull, exerciseCautionNerve, exerciseCautionWarm},
		Related:  []string{"standing-hamstring-stretch", "seated-hamstring-stretch", "knee-to-chest"},
		Strategy: "static-stretching",
		Source:   "hamstring-samples",
	},
	{
		Slug:      "leg-swings",
		Name:      "Leg swings",
		Kind:      Dynamic,
		Regions:   []Region{Hamstrings, Hips},
		Equipment: []string{"Wall or sturdy chair"},
		Summary:   "Warms up the hamstrings and hips by moving each leg through a growing, controlled arc.",
		Setup:     "Stand side-on to a wall or the back of a sturdy chair and rest the nearer hand on it.",
		Steps: []string{
			"Stand tall on the leg nearest the support, with a slight bend in that knee.",
			"Swing the outside leg forwards and then back like a pendulum, starting with small swings.",
			"Let each swing go a little higher as the leg loosens, staying in control the whole time.",
			"Finish the set, turn round and repeat with the other leg.",
		},
		Cues: []string{
			"Keep your upper body still and upright while the leg moves.",
			"Swing smoothly; the muscles should guide the leg, not momentum.",
		},
		Mistakes: []string{
			"Kicking as high as possible from the very first swing.",
			"Leaning back or twisting the trunk to get more height.",
		},
		Dosage:   Dosage{RepsMin: 10, RepsMax: 15, PerSide: true, Sets: 1, TempoSeconds: 2},
		Cautions: []string{exerciseCautionPull, exerciseCautionNerve, "Hold on to the support throughout so you cannot lose your balance."},
		Related:  []string{"walking-lunges", "cat-cow", "standing-hamstring-stretch"},
		Strategy: "dynamic-warm-up",
		Source:   "hamstring-samples",
	},

	// Lower-back samples.
	{
		Slug:      "knee-to-chest",
		Name:      "Knee-to-chest stretch",
		Kind:      Static,
		Regions:   []Region{LowerBack, Glutes},
		Equipment: []string{"Mat"},
		Summary:   "Gently lengthens the lower back and the buttock muscles while you lie on your back.",
		Setup:     "Lie on your back on a mat with both knees bent and your feet flat on the floor.",
		Steps: []string{
			"Lift one knee up towards your chest.",
			"Hold the leg with both hands, just below the knee or behind the thigh.",
			"Draw it in gently until you feel a comfortable stretch in the lower back and buttock.",
			"Hold and breathe, then lower the foot and repeat with the other leg.",
			"If that feels easy, you can try drawing both knees in together.",
		},
		Cues: []string{
			"Keep your head and shoulders resting on the floor.",
			"Let your lower back relax into the mat as you breathe out.",
		},
		Mistakes: []string{
			"Hugging the knee in with force rather than easing it in.",
			"Lifting the head to meet the knee, which strains the neck.",
		},
		Dosage: Dosage{HoldMin: 20, HoldMax: 30, PerSide: true, Sets: 2},
		Cautions: []string{exerciseCautionPull, exerciseCautionNerve, exerciseCautionWarm,
			"Hold behind the thigh instead of over the knee if bending the knee fully is uncomfortable."},
		Related:  []string{"childs-pose", "supine-spinal-twist", "pelvic-tilts"},
		Strategy: "static-stretching",
		Source:   "lower-back-samples",
	},
	{
		Slug:      "cat-cow",
		Name:      "Cat-cow",
		Kind:      Mobility,
		Regions:   []Region{LowerBack, Core},
		Equipment: []string{"Mat"},
		Summary:   "Moves the whole spine between arching and rounding in time with your breath, which also makes it a gentle warm-up.",
		Setup:     "Come onto your hands and knees on a mat, hands under your shoulders and knees under your hips.",
		Steps: []string{
			"Start with a flat back and your neck in line with your spine.",
			"Breathing in, let your tummy sink towards the floor and look forwards so your back curves down (cow).",
			"Breathing out, press the floor away and curve your back up towards the ceiling, letting your head drop (cat).",
			"Keep flowing between the two shapes at the pace of your breathing.",
		},
		Cues: []string{
			"Move one section of the spine at a time, starting from the pelvis.",
			"Work within a range that feels easy; it should loosen, not strain.",
			"Arms stay straight without locking the elbows.",
		},
		Mistakes: []string{
			"Rushing, so the movement outruns the breath.",
			"Forcing the arched position and pinching the lower back.",
		},
		Dosage:   Dosage{RepsMin: 6, RepsMax: 10, Sets: 1, TempoSeconds: 4},
		Cautions: []string{exerciseCautionPull, exerciseCautionNerve, "Put a folded towel under your knees if kneeling is uncomfortable."},
		Related:  []string{"childs-pose", "pelvic-tilts", "leg-swings", "walking-lunges"},
		Strategy: "dynamic-warm-up",
		Source:   "lower-back-samples",
	},
	{
		Slug:      "childs-pose",
		Name:      "Child's pose",
		Kind:      Static,
		Regions:   []Region{LowerBack, Hips},
		Equipment: []string{"Mat"},
		Summary:   "A resting, kneeling stretch that lets the back lengthen and the spine relax.",
		Setup:     "Kneel on a mat and bring your big toes together behind you, with your knees spread roughly hip-width or wider.",
		Steps: []string{
			"Lower your bottom back onto, or close to, your heels as far as is comfortable.",
			"Walk your hands forwards along the floor and let your chest lower between your knees.",
			"Rest your forehead on the mat, a cushion or your stacked hands.",
			"Hold and breathe slowly into your back, then walk your hands back in to come up.",
		},
		Cues: []string{
			"Feel your back widen as you breathe in and soften as you breathe out.",
			"Let your arms and shoulders go heavy.",
		},
		Mistakes: []string{
			"Pushing the hips down onto the heels when the knees or hips object.",
			"Holding tension in the shoulders and neck.",
		},
		Dosage: Dosage{HoldMin: 20, HoldMax: 30, Sets: 2},
		Cautions: []string{exerciseCautionPull, exerciseCautionNerve, exerciseCautionWarm,
			"Place a cushion between your hips and heels if your knees dislike the deep bend."},
		Related:  []string{"cat-cow", "knee-to-chest"},
		Strategy: "static-stretching",
		Source:   "lower-back-samples",
	},
	{
		Slug:      "pelvic-tilts",
		Name:      "Pelvic tilts",
		Kind:      Mobility,
		Regions:   []Region{LowerBack, Core},
		Equipment: []string{"Mat"},
		Summary:   "Small, slow rocks of the pelvis that mobilise the lower back and wake up the deep tummy muscles.",
		Setup:     "Lie on your back on a mat with knees bent, feet flat and hip-width apart, and arms by your sides.",
		Steps: []string{
			"Notice the small natural gap between your lower back and the floor.",
			"Tighten your tummy muscles gently and rock your pelvis so your lower back presses softly into the mat.",
			"Relax and let the pelvis roll back the other way so the small gap returns.",
			"Keep rocking slowly between the two positions.",
		},
		Cues: []string{
			"The movement is small and comes from the pelvis, not the legs.",
			"Breathe out as you press the back down and in as you release.",
		},
		Mistakes: []string{
			"Pushing through the feet and lifting the bottom off the floor.",
			"Arching hard on the way back instead of returning to a gentle curve.",
		},
		Dosage:   Dosage{RepsMin: 10, RepsMax: 15, Sets: 2, TempoSeconds: 3},
		Cautions: []string{exerciseCautionNerve, "Keep the range small and comfortable; this should never be painful."},
		Related:  []string{"glute-bridge", "dead-bug", "cat-cow"},
		Strategy: "static-stretching",
		Source:   "lower-back-samples",
	},
	{
		Slug:      "supine-spinal-twist",
		Name:      "Lying spinal twist",
		Kind:      Static,
		Regions:   []Region{LowerBack, Hips},
		Equipment: []string{"Mat"},
		Summary:   "A gentle rotation stretch for the lower back and the sides of the hips, done lying down.",
		Setup:     "Lie on your back on a mat with knees bent, feet flat, and arms out to the sides at shoulder height.",
		Steps: []string{
			"Keeping your knees together, lower them slowly over to one side.",
			"Let them go only as far as your shoulders can stay in contact with the mat.",
			"Turn your head to look the opposite way if your neck is happy with that.",
			"Hold and breathe, bring the knees back to the middle, then repeat on the other side.",
		},
		Cues: []string{
			"Let gravity do the work; there is no need to press the knees down.",
			"Rest the knees on a cushion if they don't reach the floor.",
		},
		Mistakes: []string{
			"Letting the opposite shoulder peel away from the floor to get a deeper twist.",
			"Dropping the knees quickly instead of lowering them with control.",
		},
		Dosage:   Dosage{HoldMin: 20, HoldMax: 30, PerSide: true, Sets: 2},
		Cautions: []string{exerciseCautionPull, exerciseCautionNerve, exerciseCautionWarm},
		Related:  []string{"knee-to-chest", "piriformis-release", "childs-pose"},
		Strategy: "static-stretching",
		Source:   "lower-back-samples",
	},

	// Warm-up.
	{
		Slug:      "walking-lunges",
		Name:      "Walking lunges",
		Kind:      Dynamic,
		Regions:   []Region{Hips, Glutes, Hamstrings},
		Equipment: []string{},
		Summary:   "Stepping lunges that raise your temperature and take the hips and legs through a large range before stretching.",
		Setup:     "Stand tall with feet hip-width apart and a clear path of a few metres in front of you.",
		Steps: []string{
			"Take a long step forwards with one foot.",
			"Bend both knees to lower your body until the back knee hovers a little above the floor.",
			"Push through the front heel to rise, bringing the back foot forwards into the next step.",
			"Carry on, alternating legs, for the set number of steps on each side.",
		},
		Cues: []string{
			"Keep your chest up and your front knee pointing the same way as your toes.",
			"Start with shallow lunges and go deeper as you warm up.",
		},
		Mistakes: []string{
			"Taking steps so short that the front knee shoots far past the toes.",
			"Letting the front knee collapse inwards.",
		},
		Dosage:   Dosage{RepsMin: 6, RepsMax: 10, PerSide: true, Sets: 1},
		Cautions: []string{exerciseCautionPull, exerciseCautionNerve, "Do them on the spot, holding a support, if your balance is unsteady or space is short."},
		Related:  []string{"leg-swings", "cat-cow", "kneeling-hip-flexor-stretch"},
		Strategy: "dynamic-warm-up",
		Source:   "warm-up",
	},

	// Strength for balance.
	{
		Slug:      "glute-bridge",
		Name:      "Glute bridge",
		Kind:      Strength,
		Regions:   []Region{Glutes, Hamstrings, Core},
		Equipment: []string{"Mat"},
		Summary:   "Builds the buttock muscles so they can share work that otherwise falls on the hamstrings and lower back.",
		Setup:     "Lie on your back on a mat with knees bent, feet flat and hip-width apart, heels a hand's length from your bottom.",
		Steps: []string{
			"Tighten your tummy gently and press your heels into the floor.",
			"Squeeze your buttocks and lift your hips until your body forms a straight line from shoulders to knees.",
			"Pause for a breath at the top.",
			"Lower your hips slowly back to the mat.",
		},
		Cues: []string{
			"Feel the effort in your buttocks rather than your lower back.",
			"Keep your knees in line with your hips and feet.",
		},
		Mistakes: []string{
			"Lifting too high and arching the lower back.",
			"Pushing through the toes, which shifts the work to the thighs.",
		},
		Dosage:   Dosage{RepsMin: 10, RepsMax: 15, Sets: 2},
		Cautions: []string{exerciseCautionNerve, "If you feel cramp in the hamstrings, move your feet a little closer to your bottom."},
		Related:  []string{"hip-thrust", "pelvic-tilts", "foam-roll-glutes"},
		Strategy: "strength-for-balance",
		Source:   "strength",
	},
	{
		Slug:      "hip-thrust",
		Name:      "Hip thrust",
		Kind:      Strength,
		Regions:   []Region{Glutes, Hamstrings},
		Equipment: []string{"Bench or sofa"},
		Summary:   "A bigger-range version of the bridge, with your upper back raised, for stronger buttock muscles.",
		Setup:     "Sit on the floor with your upper back against the edge of a stable bench or sofa, knees bent and feet flat.",
		Steps: []string{
			"Rest the lower edge of your shoulder blades on the bench edge.",
			"Press through your heels and squeeze your buttocks to raise your hips.",
			"Stop when your thighs and body are level, with your shins roughly upright.",
			"Pause, then lower your hips under control until they nearly touch the floor.",
		},
		Cues: []string{
			"Keep your chin slightly tucked so your gaze moves with your body.",
			"Finish each lift with your buttocks, not by leaning back into your lower back.",
		},
		Mistakes: []string{
			"Overextending at the top so the ribs flare and the lower back arches.",
			"Using a bench or sofa that slides or tips.",
		},
		Dosage:   Dosage{RepsMin: 8, RepsMax: 12, Sets: 2},
		Cautions: []string{exerciseCautionNerve, "Master the glute bridge first; add weight only when the bodyweight version feels easy."},
		Related:  []string{"glute-bridge", "deadlift", "squat"},
		Strategy: "strength-for-balance",
		Source:   "strength",
	},
	{
		Slug:      "squat",
		Name:      "Bodyweight squat",
		Kind:      Strength,
		Regions:   []Region{Glutes, Hips},
		Equipment: []string{},
		Summary:   "A basic everyday movement that strengthens the buttocks and thighs and practises bending with a steady back.",
		Setup:     "Stand with feet about shoulder-width apart, toes turned out slightly and arms in front of you for balance.",
		Steps: []string{
			"Send your hips back and bend your knees as if sitting down on a chair.",
			"Lower as far as you can while keeping your heels down and your back long.",
			"Push the floor away to stand back up tall.",
		},
		Cues: []string{
			"Knees travel in line with your toes.",
			"Keep your weight spread across the whole foot.",
			"Breathe in on the way down and out on the way up.",
		},
		Mistakes: []string{
			"Letting the knees fall inwards.",
			"Rounding the lower back at the bottom of the squat.",
			"Lifting the heels off the floor.",
		},
		Dosage:   Dosage{RepsMin: 8, RepsMax: 12, Sets: 2},
		Cautions: []string{exerciseCautionNerve, "Squat to a chair and touch it lightly each time if you are unsure of your depth or balance."},
		Related:  []string{"deadlift", "glute-bridge", "walking-lunges"},
		Strategy: "strength-for-balance",
		Source:   "strength",
	},
	{
		Slug:      "deadlift",
		Name:      "Hip hinge (Romanian deadlift)",
		Kind:      Strength,
		Regions:   []Region{Hamstrings, Glutes, LowerBack},
		Equipment: []string{"Light weight (optional)"},
		Summary:   "Teaches you to bend from the hips with a neutral spine while strengthening the hamstrings and buttocks.",
		Setup:     "Stand with feet hip-width apart and knees softly bent, holding nothing or a light weight in front of your thighs.",
		Steps: []string{
			"Brace your tummy gently and keep your spine in its natural, neutral shape.",
			"Push your hips backwards and let your hands slide down the front of your thighs.",
			"Stop when you feel the hamstrings tighten or your back starts to round, whichever comes first.",
			"Drive your hips forwards to return to standing, squeezing your buttocks at the top.",
		},
		Cues: []string{
			"Your back keeps the same shape from start to finish; only the hips move.",
			"Keep any weight close to your legs.",
			"Knees keep the same soft bend throughout.",
		},
		Mistakes: []string{
			"Rounding the back to reach lower.",
			"Turning it into a squat by bending the knees a lot.",
			"Starting with a weight that is too heavy to control.",
		},
		Dosage: Dosage{RepsMin: 8, RepsMax: 10, Sets: 2},
		Cautions: []string{exerciseCautionNerve,
			"Practise with no weight until the hinge feels natural, then add a light one.",
			"If you cannot keep your back neutral, shorten the range rather than forcing it."},
		Related:  []string{"squat", "hip-thrust", "standing-hamstring-stretch"},
		Strategy: "strength-for-balance",
		Source:   "strength",
	},
	{
		Slug:      "plank",
		Name:      "Plank",
		Kind:      Strength,
		Regions:   []Region{Core},
		Equipment: []string{"Mat"},
		Summary:   "A held position that trains the deep tummy muscles to keep the trunk steady.",
		Setup:     "Lie face down on a mat, then prop yourself on your forearms with elbows under your shoulders.",
		Steps: []string{
			"Tuck your toes under and tighten your tummy and buttocks.",
			"Lift your body so it forms one straight line from head to heels.",
			"Hold the position while breathing steadily.",
			"Lower your knees to the floor to finish.",
		},
		Cues: []string{
			"Imagine drawing your belly button gently towards your spine.",
			"Keep your neck long with your eyes looking at the floor.",
		},
		Mistakes: []string{
			"Letting the hips sag, which loads the lower back.",
			"Pushing the hips high like a tent.",
			"Holding your breath.",
		},
		Dosage:   Dosage{HoldMin: 20, HoldMax: 30, Sets: 2},
		Cautions: []string{exerciseCautionNerve, "Start from your knees instead of your toes if the full plank strains your back."},
		Related:  []string{"bird-dog", "dead-bug", "pallof-press"},
		Strategy: "strength-for-balance",
		Source:   "strength",
	},
	{
		Slug:      "bird-dog",
		Name:      "Bird-dog",
		Kind:      Strength,
		Regions:   []Region{Core, LowerBack, Glutes},
		Equipment: []string{"Mat"},
		Summary:   "Trains the back and deep trunk muscles to hold the spine still while the arms and legs move.",
		Setup:     "Come onto your hands and knees on a mat, hands under shoulders and knees under hips, back flat.",
		Steps: []string{
			"Tighten your tummy gently to steady your trunk.",
			"Reach one arm forwards and the opposite leg back until both are level with your body.",
			"Pause for a breath without letting the hips tilt or the back sag.",
			"Return the hand and knee to the floor, then repeat with the other arm and leg.",
		},
		Cues: []string{
			"Picture a cup of tea balanced on your lower back that must not spill.",
			"Reach long rather than high.",
		},
		Mistakes: []string{
			"Lifting the leg too high so the lower back arches.",
			"Rotating the hips open towards the raised leg.",
		},
		Dosage:   Dosage{RepsMin: 6, RepsMax: 10, PerSide: true, Sets: 2},
		Cautions: []string{exerciseCautionNerve, "Move only the leg at first if lifting the arm and leg together is too wobbly."},
		Related:  []string{"dead-bug", "plank", "cat-cow"},
		Strategy: "strength-for-balance",
		Source:   "strength",
	},
	{
		Slug:      "dead-bug",
		Name:      "Dead bug",
		Kind:      Strength,
		Regions:   []Region{Core},
		Equipment: []string{"Mat"},
		Summary:   "Strengthens the deep tummy muscles while your back stays supported on the floor.",
		Setup:     "Lie on your back on a mat. Raise your arms towards the ceiling and lift your knees above your hips, bent at right angles.",
		Steps: []string{
			"Let your lower back settle gently onto the mat and tighten your tummy.",
			"Slowly lower one arm behind your head and the opposite leg towards the floor.",
			"Go only as far as your lower back stays in contact with the mat.",
			"Bring them back to the start and repeat with the other arm and leg.",
		},
		Cues: []string{
			"Breathe out as the arm and leg lower.",
			"Move slowly enough that you could stop at any point.",
		},
		Mistakes: []string{
			"Letting the lower back arch off the floor as the leg lowers.",
			"Rushing through the repetitions.",
		},
		Dosage:   Dosage{RepsMin: 6, RepsMax: 10, PerSide: true, Sets: 2},
		Cautions: []string{exerciseCautionNerve, "Keep the knee bent or move only the legs if keeping your back down is hard."},
		Related:  []string{"bird-dog", "plank", "pelvic-tilts"},
		Strategy: "strength-for-balance",
		Source:   "strength",
	},
	{
		Slug:      "pallof-press",
		Name:      "Pallof press",
		Kind:      Strength,
		Regions:   []Region{Core},
		Equipment: []string{"Resistance band"},
		Summary:   "An anti-rotation exercise: you resist a band's sideways pull, which trains the obliques and deep core.",
		Setup:     "Fix a resistance band to something sturdy at chest height. Stand side-on to it with feet hip-width apart, holding the band at your chest with both hands.",
		Steps: []string{
			"Step away until the band is taut, then soften your knees and tighten your tummy.",
			"Press your hands straight out in front of your chest.",
			"Hold for a breath, resisting the band's pull to twist you towards it.",
			"Bring your hands back to your chest slowly, finish the set, then turn round for the other side.",
		},
		Cues: []string{
			"Your chest and hips keep facing forwards the whole time.",
			"Think of the band trying to turn you and of quietly refusing.",
		},
		Mistakes: []string{
			"Letting the shoulders or hips rotate towards the anchor.",
			"Using a band so strong that you have to lean away to cope.",
		},
		Dosage:   Dosage{RepsMin: 8, RepsMax: 12, PerSide: true, Sets: 2},
		Cautions: []string{exerciseCautionNerve, "Check the band and its anchor for wear and make sure it cannot slip free."},
		Related:  []string{"plank", "bird-dog", "dead-bug"},
		Strategy: "strength-for-balance",
		Source:   "strength",
	},
	{
		Slug:      "hip-cars",
		Name:      "Hip circles (controlled articular rotations)",
		Kind:      Mobility,
		Regions:   []Region{Hips},
		Equipment: []string{},
		Summary:   "Slow, deliberate circles of each hip that take the joint through its full range while the rest of you stays still.",
		Setup:     "Stand tall beside a wall or chair and hold it with one hand.",
		Steps: []string{
			"Tighten your tummy and buttocks slightly so your pelvis and trunk stay still.",
			"Lift the outside knee up in front of you as high as is comfortable.",
			"Open the knee out to the side, then turn the hip inwards so the foot lifts out and up, and draw the knee back behind you.",
			"Bring the knee back down beside the standing leg, then reverse the circle.",
			"Complete the set, then turn round and work the other hip.",
		},
		Cues: []string{
			"Make the biggest circle you can without the pelvis tilting or twisting.",
			"Go slowly: one circle should take several seconds.",
		},
		Mistakes: []string{
			"Swinging the leg instead of steering it.",
			"Leaning the body to make the circle look bigger.",
		},
		Dosage:   Dosage{RepsMin: 3, RepsMax: 5, PerSide: true, Sets: 1},
		Cautions: []string{exerciseCautionNerve, "Keep the circle smaller if any part of it pinches at the front of the hip."},
		Related:  []string{"kneeling-hip-flexor-stretch", "leg-swings", "piriformis-release"},
		Strategy: "strength-for-balance",
		Source:   "strength",
	},
	{
		Slug:      "kneeling-hip-flexor-stretch",
		Name:      "Kneeling hip flexor stretch",
		Kind:      Static,
		Regions:   []Region{Hips},
		Equipment: []string{"Mat"},
		Summary:   "Stretches the front of the hip, which tends to tighten with long spells of sitting.",
		Setup:     "Kneel on one knee on a mat or cushion with the other foot flat on the floor in front, both knees bent at about right angles.",
		Steps: []string{
			"Stand your upper body up tall with your hands on your front thigh or hips.",
			"Tuck your tailbone under slightly and squeeze the buttock of the kneeling leg.",
			"Shift your weight forwards a little until you feel a stretch at the front of the kneeling hip.",
			"Hold and breathe, then swap legs.",
		},
		Cues: []string{
			"The stretch comes from tucking the pelvis, not from lunging far forwards.",
			"Keep your ribs down and avoid arching your lower back.",
		},
		Mistakes: []string{
			"Leaning far forwards and arching the back, which takes the stretch away from the hip.",
			"Kneeling straight on a hard floor.",
		},
		Dosage:   Dosage{HoldMin: 20, HoldMax: 30, PerSide: true, Sets: 2},
		Cautions: []string{exerciseCautionPull, exerciseCautionNerve, exerciseCautionWarm},
		Related:  []string{"hip-cars", "walking-lunges", "glute-bridge"},
		Strategy: "strength-for-balance",
		Source:   "strength",
	},

	// Myofascial release.
	{
		Slug:      "foam-roll-hamstrings",
		Name:      "Foam rolling the hamstrings",
		Kind:      Release,
		Regions:   []Region{Hamstrings},
		Equipment: []string{"Foam roller"},
		Summary:   "Slow rolling along the back of the thigh, which many people find eases tension before stretching.",
		Setup:     "Sit on the floor with the foam roller under one thigh and your hands on the floor behind you.",
		Steps: []string{
			"Lift your bottom slightly so some of your weight rests on the roller.",
			"Roll slowly from just above the knee up to just below the sit bone.",
			"When you find a tender spot, pause there and breathe for a few seconds.",
			"Finish the time on that leg, then switch to the other.",
		},
		Cues: []string{
			"Pressure should feel firm but bearable; support more weight with your hands to lighten it.",
			"Rolling with the foot turned in or out reaches the inner and outer hamstrings.",
		},
		Mistakes: []string{
			"Rolling over the back of the knee.",
			"Rolling fast, which gives the muscle no time to relax.",
		},
		Dosage:   Dosage{HoldMin: 30, HoldMax: 60, PerSide: true, Sets: 1},
		Cautions: []string{exerciseCautionNerve, "Ease off if the pressure turns painful, and avoid bruised or injured areas."},
		Related:  []string{"seated-hamstring-stretch", "supine-hamstring-strap-stretch", "foam-roll-glutes"},
		Strategy: "myofascial-release",
		Source:   "release",
	},
	{
		Slug:      "foam-roll-glutes",
		Name:      "Foam rolling the glutes",
		Kind:      Release,
		Regions:   []Region{Glutes},
		Equipment: []string{"Foam roller"},
		Summary:   "Rolling the buttock muscles, which can feel tight after long periods of sitting.",
		Setup:     "Sit on the foam roller, lean onto one buttock and cross that ankle over the opposite knee.",
		Steps: []string{
			"Support yourself with one hand behind you on the floor.",
			"Roll slowly in short strokes across the fleshy part of the buttock.",
			"Pause on any tender spot and breathe until it eases.",
			"Uncross your legs, lean onto the other side and repeat.",
		},
		Cues: []string{
			"Move a few centimetres at a time.",
			"Put the crossed foot down to lighten the pressure.",
		},
		Mistakes: []string{
			"Rolling onto the bony base of the spine.",
			"Holding your breath while on a tender spot.",
		},
		Dosage:   Dosage{HoldMin: 30, HoldMax: 60, PerSide: true, Sets: 1},
		Cautions: []string{exerciseCautionNerve, "Ease off if the pressure turns painful rather than just firm."},
		Related:  []string{"piriformis-release", "glute-bridge", "foam-roll-hamstrings"},
		Strategy: "myofascial-release",
		Source:   "release",
	},
	{
		Slug:      "piriformis-release",
		Name:      "Piriformis release",
		Kind:      Release,
		Regions:   []Region{Glutes, Hips},
		Equipment: []string{"Massage or lacrosse ball"},
		Summary:   "Targeted pressure with a ball on the small muscle deep in the buttock that helps turn the hip outwards.",
		Setup:     "Sit on the floor and place the ball under one buttock, a little towards the outside, with that knee bent. A foam roller works too if a ball is too intense.",
		Steps: []string{
			"Lean onto the ball and support yourself with your hands behind you.",
			"Make small, slow movements until you find a tender spot in the middle of the buttock.",
			"Rest there and breathe, letting the muscle soften under the ball.",
			"Move the ball to the other side and repeat.",
		},
		Cues: []string{
			"Letting the bent knee fall outwards slightly changes where the ball presses.",
			"Keep the pressure at a level you can relax into.",
		},
		Mistakes: []string{
			"Pressing on one spot hard for a long time.",
			"Digging the ball into the sit bone or the base of the spine.",
		},
		Dosage: Dosage{HoldMin: 30, HoldMax: 60, PerSide: true, Sets: 1},
		Cautions: []string{exerciseCautionNerve,
			"A large nerve runs deep in the buttock: move the ball off any spot that sends pain, tingling or a burning feeling down the leg."},
		Related:  []string{"foam-roll-glutes", "supine-spinal-twist", "hip-cars"},
		Strategy: "myofascial-release",
		Source:   "release",
	},
	{
		Slug:      "foam-roll-erectors",
		Name:      "Foam rolling the back muscles",
		Kind:      Release,
		Regions:   []Region{LowerBack},
		Equipment: []string{"Foam roller"},
		Summary:   "Very gentle rolling of the long muscles that run either side of the spine, always beside it and never on it.",
		Setup:     "Sit on the floor with the foam roller behind you, then lie back so it rests across your back just below the shoulder blades. Bend your knees, keep your feet flat and cross your arms over your chest.",
		Steps: []string{
			"Tilt your body slightly to one side so the roller presses into the muscle beside your spine, not on the bumps of the spine itself.",
			"Push gently through your feet to roll a few centimetres at a time down towards the bottom of your ribs and back.",
			"Stay on the soft muscle and stop well before the bony parts of the lower back and pelvis.",
			"Roll back to the middle, tilt to the other side and repeat.",
		},
		Cues: []string{
			"Let your feet and hips take most of your weight so the pressure stays light.",
			"Small, slow movements are enough; this should feel soothing.",
		},
		Mistakes: []string{
			"Lying with the roller straight along the spine or rolling over the bones.",
			"Arching backwards over the roller at the lower back.",
		},
		Dosage: Dosage{HoldMin: 30, HoldMax: 60, PerSide: true, Sets: 1},
		Cautions: []string{
			"Never roll directly on the spine: keep the roller on the muscles to one side of it.",
			"Put no pressure on the bony parts of the lower back or pelvis.",
			"Go gently; stop if rolling makes your back pain worse.",
			exerciseCautionNerve,
			"Ask a physiotherapist or doctor before trying this if you have osteoporosis or a recent back injury.",
		},
		Related:  []string{"childs-pose", "cat-cow", "foam-roll-glutes"},
		Strategy: "myofascial-release",
		Source:   "release",
	},
}

// exerciseIndex maps slugs to positions in Exercises. Package-level
// initialisation runs after Exercises is set, so it is built exactly once.
var exerciseIndex = indexExercises(Exercises)

func indexExercises(list []Exercise) map[string]int {
	m := make(map[string]int, len(list))
	for i, e := range list {
		m[e.Slug] = i
	}
	return m
}

// ExerciseBySlug returns the exercise with the given slug and whether it exists.
func ExerciseBySlug(slug string) (Exercise, bool) {
	i, ok := exerciseIndex[slug]
	if !ok {
		return Exercise{}, false
	}
	return Exercises[i], true
}

// WorksOn reports whether the exercise works on region r.
func (e *Exercise) WorksOn(r Region) bool { return slices.Contains(e.Regions, r) }

// ExercisesByRegion returns, in library order, the exercises that work on r.
func ExercisesByRegion(r Region) []Exercise {
	var out []Exercise
	for i := range Exercises {
		if Exercises[i].WorksOn(r) {
			out = append(out, Exercises[i])
		}
	}
	return out
}

// CountByRegion is len(ExercisesByRegion(r)) without copying the exercises
// (the home page counts every region on each render).
func CountByRegion(r Region) int {
	n := 0
	for i := range Exercises {
		if Exercises[i].WorksOn(r) {
			n++
		}
	}
	return n
}

// ExercisesByKind returns, in library order, the exercises of kind k.
func ExercisesByKind(k Kind) []Exercise {
	var out []Exercise
	for _, e := range Exercises {
		if e.Kind == k {
			out = append(out, e)
		}
	}
	return out
}

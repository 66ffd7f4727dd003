package content

// Sections is the guide, in reading order. The slugs are URL paths, so
// changing one breaks links people have saved.
var Sections = []Section{
	{
		Slug:        "why-it-tightens",
		Title:       "Why hamstrings and the lower back tighten",
		Description: "Which muscles are involved, how they are built, and the six everyday reasons they tend to feel tight.",
		Intro: "Stiffness at the back of the thighs and stiffness low in the back often turn up together. " +
			"Knowing which muscles are involved, and what tends to tighten them, makes it easier to choose what to do about it.",
		Blocks: []Block{
			{
				Heading: "The hamstrings",
				Paragraphs: []string{
					"Three muscles make up the hamstrings: semitendinosus, semimembranosus and biceps femoris. " +
						"All three start on the sit bones (the ischial tuberosity, the bony points you sit on) and attach just below the knee.",
					"Because they span two joints, the hip and the knee, they are affected both by how you bend at the hips and by how you hold your knees. " +
						"Hours in a chair keep the knees bent, which leaves the hamstrings resting in a shortened position.",
				},
			},
			{
				Heading: "The lower back",
				Paragraphs: []string{
					"The lumbar spine is held steady and moved by layers of muscle. " +
						"The erector spinae run in long bands either side of the spine; the multifidus are small, deep muscles that steady each vertebra; " +
						"quadratus lumborum joins the top of the pelvis to the lowest rib; and the deep core muscles wrap round the trunk like a corset.",
					"These muscles share the work. When one group is weak, another tends to take up the slack, and the one doing extra often feels tight.",
				},
			},
			{
				Heading: "Six common causes",
				Items: []Item{
					{
						Lead: "Prolonged sitting",
						Text: "Long hours in a chair keep the hamstrings short and give the glutes and core little to do, so they weaken. " +
							"Over time the pelvis can settle tipped forwards (anterior tilt), deepening the inward curve of the lower back; the page on the pelvis link explains how it tips both ways.",
					},
					{
						Lead: "Muscle imbalances",
						Text: "When the glutes, core or hip flexors are weak, the hamstrings and the muscles that straighten the back do extra work to make up for them.",
					},
					{
						Lead: "Poor posture",
						Text: "Holding the spine out of good alignment for long spells adds strain to the joints and to the muscles around them.",
					},
					{
						Lead: "Lack of flexibility",
						Text: "If daily life and exercise rarely take the hips and spine through their full range, that range tends to shrink.",
					},
					{
						Lead: "Overuse or injury",
						Text: "Repeating the same strain, or a sudden injury, can make muscles tense up to protect the area (called guarding). " +
							"If the guarding lingers, it can settle into long-running tightness.",
					},
					{
						Lead: "Nerve irritation",
						Text: "An irritated sciatic nerve, which runs down the back of the leg, can feel very like tight hamstrings. " +
							"If tightness comes with pain shooting down the leg, numbness, tingling or weakness, stop stretching and go through the red-flag check.",
					},
				},
			},
		},
	},
	{
		Slug:        "pelvis-link",
		Title:       "How the hamstrings and lower back are linked",
		Description: "The pelvis connects the two: tight hamstrings can tip it backwards, while tight hip flexors and a weak core can tip it forwards.",
		Intro: "The hamstrings pull on the bottom of the pelvis and the back muscles act on the top of it, " +
			"so a change at one end is felt at the other.",
		Blocks: []Block{
			{
				Heading: "Pelvis tipped backwards (posterior tilt)",
				Paragraphs: []string{
					"Tight hamstrings tug the sit bones downwards, which rolls the top of the pelvis backwards into a posterior tilt. " +
						"The lower back then loses some of its natural inward curve, the lumbar lordosis, and flattens out, " +
						"which puts extra stress on the discs between the vertebrae and on the ligaments that hold them together.",
				},
			},
			{
				Heading: "Pelvis tipped forwards (anterior tilt)",
				Paragraphs: []string{
					"The opposite can happen too. Tight hip flexors at the front of the hips, together with a weak core, can tip the pelvis forwards. " +
						"The back extensors then tighten to compensate, while the hamstrings are held on a stretch and have to work at that longer length, " +
						"which can also feel like tightness.",
				},
			},
			{
				Heading: "What this means for relief",
				Paragraphs: []string{
					"Because each area affects the other, working on only one rarely brings lasting change. " +
						"Most people do best by loosening the hamstrings and the lower back together, " +
						"then strengthening the glutes and core so the pelvis is better supported.",
				},
			},
		},
		Exercises: []string{"pelvic-tilts", "supine-hamstring-strap-stretch", "kneeling-hip-flexor-stretch", "glute-bridge", "dead-bug"},
	},
	{
		Slug:        "strategies",
		Title:       "Seven ways to loosen up",
		Description: "An overview of the seven strategies in Limber, from warming up and stretching to strength work, daily habits and yoga or Pilates.",
		Intro: "Tightness rarely has a single cause, so a single fix rarely clears it. " +
			"Each strategy below tackles a different part of the problem, and they work best side by side.",
		Blocks: []Block{
			{
				Heading: "The seven strategies",
				// Built from Strategies so the overview cannot drift from the detail pages.
				Items: strategyItems(),
			},
			{
				Heading: "Putting them together",
				Paragraphs: []string{
					"A realistic week might mix a short warm-up before activity, stretching once you are warm, " +
						"two or three strength sessions, and regular breaks from sitting. " +
						"Foam rolling, drinking enough and a yoga or Pilates class fill in the gaps.",
					"You do not need to do everything at once. Start with one routine, make it a habit, then add another.",
				},
			},
		},
	},
	{
		Slug:        "prevention",
		Title:       "Keeping it loose for the long term",
		Description: "Habits that help stop hamstring and lower-back tightness coming back: movement, stretching, posture, strength, water and stress.",
		Intro:       "Easing tightness once is the start. Keeping it away is a matter of small daily habits rather than a one-off fix.",
		Blocks: []Block{
			{
				Heading: "Everyday habits",
				Items: []Item{
					{Lead: "Keep moving", Text: "Regular activity keeps muscles used to moving through their range. Walking, cycling and swimming all count."},
					{Lead: "Stretch little and often", Text: "A few minutes of stretching and mobility most days does more than a long session now and then."},
					{Lead: "Mind your posture", Text: "Notice how you sit, stand and lift through the day, and change position before you stiffen."},
					{Lead: "Train for balance", Text: "Make sure any strength training covers the glutes and core, not only the muscles you already use most."},
					{
						Lead: "Listen to your body",
						Text: "A gentle pull is fine. Sharp pain, or pain that builds from one session to the next, is a sign to ease off and, if it carries on, to get advice.",
					},
					{Lead: "Drink enough water", Text: "Well-hydrated tissue stays more supple."},
					{Lead: "Manage stress", Text: "Stress often shows up as tension in the back and hips. Sleep, slow breathing and time to unwind all help."},
				},
			},
		},
		Exercises: []string{"standing-hamstring-stretch", "cat-cow", "glute-bridge"},
	},
	{
		Slug:        "key-takeaways",
		Title:       "Key takeaways",
		Description: "The five things worth remembering about tight hamstrings and a stiff lower back, in brief.",
		Intro:       "If you read nothing else, read this.",
		Blocks: []Block{
			{
				Heading: "In short",
				Items: []Item{
					{
						Lead: "They are linked",
						Text: "The hamstrings and lower back are connected through the pelvis, so tightness in one often comes with tightness in the other. " +
							"Long spells of sitting and unbalanced muscles are frequent causes.",
					},
					{
						Lead: "Use more than one approach",
						Text: "Combine warming up, stretching, foam rolling and strength work for the glutes and core rather than relying on one method.",
					},
					{
						Lead: "Habits keep the gains",
						Text: "Good posture, a well set-up desk, enough water, a balanced diet and practices such as yoga help relief last.",
					},
					{
						Lead: "A few stretches go a long way",
						Text: "A handful of simple moves, such as the hamstring stretch (standing or seated), knee-to-chest and cat-cow, work directly on both areas.",
					},
					{
						Lead: "Know when to get help",
						Text: "Get professional advice when pain is severe, lasting or getting worse, or comes with nerve signs such as numbness or weakness.",
					},
				},
			},
		},
		Exercises: []string{"standing-hamstring-stretch", "seated-hamstring-stretch", "knee-to-chest", "cat-cow"},
	},
}

// strategyItems summarises Strategies for the overview section.
func strategyItems() []Item {
	items := make([]Item, len(Strategies))
	for i, s := range Strategies {
		items[i] = Item{Lead: s.Title, Text: s.Summary}
	}
	return items
}

// SectionBySlug finds a guide section by its URL slug.
func SectionBySlug(slug string) (Section, bool) {
	for _, s := range Sections {
		if s.Slug == slug {
			return s, true
		}
	}
	return Section{}, false
}

package content

// FAQs answers the questions people most often arrive with. Answers stay
// short; Links point to the section or strategy that goes into detail.
var FAQs = []FAQ{
	{
		Slug:     "what-causes-it",
		Question: "Why do my hamstrings and lower back feel tight?",
		Answer: "The usual reasons are long spells of sitting, unbalanced muscles (often weak glutes or a weak core), poor posture " +
			"and too little movement through a full range. Overuse, an injury or an irritated sciatic nerve can also play a part.",
		Links: []string{"why-it-tightens"},
	},
	{
		Slug:     "are-they-connected",
		Question: "Is tightness in my hamstrings connected to my lower back?",
		Answer: "Often, yes. Both attach to the pelvis. Tight hamstrings can tip it backwards and flatten the lower back, " +
			"while tight hip flexors and a weak core can tip it forwards, so the back muscles tighten and the hamstrings work at full stretch.",
		Links: []string{"pelvis-link"},
	},
	{
		Slug:     "what-helps",
		Question: "What actually helps loosen them?",
		Answer: "A mix works better than any one thing: a dynamic warm-up, static stretching once you are warm, foam rolling, " +
			"strength work for the glutes and core, better posture and desk set-up, enough water and a balanced diet, and yoga or Pilates.",
		Links: []string{"strategies", "static-stretching", "strength-for-balance"},
	},
	{
		Slug:     "when-to-get-help",
		Question: "When should I see a professional about it?",
		Answer: "Get it checked if the pain is severe, lasting or getting worse; if you notice numbness, tingling or weakness in a leg or foot; " +
			"if it began after an injury; or if several weeks of home care have not helped. " +
			"Some signs need urgent or emergency care, so go through the red-flag check if you are unsure.",
		Links: []string{"key-takeaways", "why-it-tightens"},
	},
	{
		Slug:     "stop-it-coming-back",
		Question: "How do I stop the tightness coming back?",
		Answer: "Stay active, stretch and do mobility work regularly, keep an eye on your posture, make sure your strength training is balanced, " +
			"drink enough and find ways to manage stress.",
		Links: []string{"prevention", "posture-and-ergonomics"},
	},
}

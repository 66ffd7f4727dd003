package content

// Term is a clinical word the guide uses, explained in plain language.
type Term struct {
	Slug string
	Term string
	// Match is the term as the guide's text writes it: its first use on a
	// page links here (in each language, the translated Match must appear
	// in the translated text; a test checks it).
	Match string
	Plain string
}

// Glossary lists the terms, in the order the guide first uses them.
var Glossary = []Term{
	{
		Slug: "ischial-tuberosity", Term: "Ischial tuberosity", Match: "ischial tuberosity",
		Plain: "The sit bones: the two bony points at the bottom of the pelvis that take your weight when you sit. All three hamstring muscles start here.",
	},
	{
		Slug: "lumbar-spine", Term: "Lumbar spine", Match: "lumbar spine",
		Plain: "The lower back: the five large vertebrae between the ribs and the pelvis, which carry most of the upper body's weight.",
	},
	{
		Slug: "erector-spinae", Term: "Erector spinae", Match: "erector spinae",
		Plain: "Long bands of muscle on either side of the spine, from the pelvis to the skull. They straighten the back and hold it steady when you lean forwards.",
	},
	{
		Slug: "hip-flexors", Term: "Hip flexors", Match: "hip flexors",
		Plain: "The muscles at the front of the hip that lift the thigh towards the body. Long hours of sitting keep them in a shortened position.",
	},
	{
		Slug: "anterior-pelvic-tilt", Term: "Anterior pelvic tilt", Match: "anterior tilt",
		Plain: "The top of the pelvis tips forwards, which deepens the inward curve of the lower back. Tight hip flexors and a weak core can pull it this way.",
	},
	{
		Slug: "posterior-pelvic-tilt", Term: "Posterior pelvic tilt", Match: "posterior tilt",
		Plain: "The top of the pelvis tips backwards, which flattens the inward curve of the lower back. Tight hamstrings can pull it this way.",
	},
	{
		Slug: "lumbar-lordosis", Term: "Lumbar lordosis", Match: "lumbar lordosis",
		Plain: "The gentle inward curve of the lower back, seen from the side. Everyone has one; it becomes a problem only when it is much deeper or much flatter than usual.",
	},
	{
		Slug: "fascia", Term: "Fascia", Match: "fascia",
		Plain: "Thin, strong connective tissue that wraps each muscle and links it to its neighbours, a little like the skin around a sausage.",
	},
	{
		Slug: "piriformis", Term: "Piriformis", Match: "piriformis",
		Plain: "A small muscle deep in the buttock that turns the thigh outwards. The sciatic nerve runs right next to it.",
	},
	{
		Slug: "cauda-equina-syndrome", Term: "Cauda equina syndrome", Match: "cauda equina syndrome",
		Plain: "A rare but serious condition in which the bundle of nerves at the bottom of the spinal canal is squeezed. Numbness around the genitals or buttocks, new bladder or bowel problems, or weakness in both legs need emergency care straight away.",
	},
}

// TermBySlug finds a glossary term.
func TermBySlug(slug string) (Term, bool) {
	for _, t := range Glossary {
		if t.Slug == slug {
			return t, true
		}
	}
	return Term{}, false
}

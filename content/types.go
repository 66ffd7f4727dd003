// Package content holds Limber's guide as typed Go data. It has no UI and no
// go-app import, so the guide can be tested, crawled and rendered by any
// front end (the go-app components in app/, the static export, the tests).
package content

// Kind says what sort of movement an exercise is.
type Kind string

const (
	Dynamic  Kind = "dynamic"
	Static   Kind = "static"
	Strength Kind = "strength"
	Mobility Kind = "mobility"
	Release  Kind = "release"
)

// Kinds lists every kind in display order.
var Kinds = []Kind{Dynamic, Static, Mobility, Strength, Release}

// Region is a body area an exercise works on.
type Region string

const (
	Hamstrings Region = "hamstrings"
	LowerBack  Region = "lower-back"
	Hips       Region = "hips"
	Glutes     Region = "glutes"
	Core       Region = "core"
)

// Regions lists every region in display order.
var Regions = []Region{Hamstrings, LowerBack, Hips, Glutes, Core}

// Dosage is how much of an exercise to do, as data so timers can use it.
// A zero field means "not applicable" (a hold has no reps, a rep move no hold).
type Dosage struct {
	HoldMin int  // seconds, lower end of the hold range
	HoldMax int  // seconds, upper end of the hold range
	PerSide bool // true when each side (leg) is done separately
	RepsMin int  // lower end of the rep range (per side when PerSide)
	RepsMax int  // upper end of the rep range
	Sets    int  // number of rounds
	// TempoSeconds is the pace of one paced rep; 0 means self-counted reps.
	TempoSeconds int
}

// Exercise is one entry of the exercise library.
type Exercise struct {
	Slug      string
	Name      string
	Kind      Kind
	Regions   []Region
	Equipment []string // empty means none needed
	Summary   string   // one sentence: what it is for
	Setup     string   // how to get into the start position
	Steps     []string // numbered steps
	Cues      []string // what to feel and focus on
	Mistakes  []string // common mistakes to avoid
	Dosage    Dosage
	Cautions  []string
	Related   []string // slugs of related exercises
	// Strategy is the slug of the strategy section that introduces it.
	Strategy string
	// Source says where the article names it: "hamstring-samples",
	// "lower-back-samples", "warm-up", "strength", "release".
	Source string
}

// Section is one page of the guide.
type Section struct {
	Slug        string
	Title       string
	Description string // one sentence, used for the page description and previews
	Intro       string
	Blocks      []Block
	Exercises   []string // slugs of exercises the section introduces
}

// Block is a titled part of a section: paragraphs then an optional list.
type Block struct {
	Heading    string
	Paragraphs []string
	Items      []Item
}

// Item is a list entry with an optional bold lead-in.
type Item struct {
	Lead string
	Text string
}

// Strategy is one of the seven ways to loosen tightness.
type Strategy struct {
	Slug      string
	Title     string
	Summary   string
	When      string
	How       []string
	Why       string
	Exercises []string // slugs
}

// FAQ is one question and its answer.
type FAQ struct {
	Slug     string
	Question string
	Answer   string
	// Links are slugs of guide sections that expand on the answer.
	Links []string
}

// Source is a reference named on the About page.
type Source struct {
	Title string
	Note  string
}

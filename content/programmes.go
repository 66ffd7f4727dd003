package content

// Programme is a plan to follow: weeks of sessions, each a routine at the
// week's dose. Progress is by sessions done, not by the calendar, so a
// missed day never puts a person "behind": the next session waits.
type Programme struct {
	Slug        string
	Name        string
	Summary     string // one sentence for cards and previews
	Description string // who it suits and how it works
	// Evidence says in plain words why it is shaped as it is; the sources
	// are named on About.
	Evidence string
	// PerWeek is how many sessions a week the plan asks for.
	PerWeek int
	// Extra is what to do beside the sessions (walks, desk breaks).
	Extra string
	Weeks []ProgrammeWeek
}

// ProgrammeWeek is one week of a programme.
type ProgrammeWeek struct {
	// Focus says what changes this week and why, in a sentence or two.
	Focus    string
	Sessions []ProgrammeSession
}

// ProgrammeSession is one session: a routine, optionally at another dose.
type ProgrammeSession struct {
	Routine string // slug in Routines
	// StretchHold, when set, is the hold in seconds of every static
	// stretch in the routine (inside each stretch's own range).
	StretchHold int
	// StretchSets, when set, is the number of sets of every static stretch.
	StretchSets int
}

// Dosed is the session's routine at the session's dose.
func (s ProgrammeSession) Dosed() (Routine, bool) {
	r, ok := RoutineBySlug(s.Routine)
	if !ok {
		return Routine{}, false
	}
	steps := make([]RoutineStep, len(r.Steps))
	copy(steps, r.Steps)
	for i, st := range steps {
		ex, ok := ExerciseBySlug(st.Exercise)
		if !ok || ex.Kind != Static || st.HoldSeconds == 0 {
			continue
		}
		if s.StretchHold > 0 {
			steps[i].HoldSeconds = s.StretchHold
		}
		if s.StretchSets > 0 {
			steps[i].Sets = s.StretchSets
		}
	}
	r.Steps = steps
	return r, true
}

// ProgrammeBySlug finds a programme by its URL slug.
func ProgrammeBySlug(slug string) (Programme, bool) {
	for _, p := range Programmes {
		if p.Slug == slug {
			return p, true
		}
	}
	return Programme{}, false
}

// Sessions is the number of sessions in the whole programme.
func (p Programme) Sessions() int {
	n := 0
	for _, w := range p.Weeks {
		n += len(w.Sessions)
	}
	return n
}

// weeks repeats a week n times, for plans whose weeks change little.
func weeks(n int, w ProgrammeWeek) []ProgrammeWeek {
	out := make([]ProgrammeWeek, n)
	for i := range out {
		out[i] = w
	}
	return out
}

func loosen(hold, sets int) []ProgrammeSession {
	h := ProgrammeSession{Routine: "hamstring-release", StretchHold: hold, StretchSets: sets}
	b := ProgrammeSession{Routine: "lower-back-relief", StretchHold: hold, StretchSets: sets}
	return []ProgrammeSession{h, b, h, b, h}
}

// Programmes are the plans a person can follow, gentlest first.
var Programmes = []Programme{
	{
		Slug:    "loosen-up",
		Name:    "Loosen up: 6 weeks",
		Summary: "Five short stretching sessions a week for the hamstrings and lower back, holds growing from 20 to 30 seconds.",
		Description: "For anyone whose hamstrings feel short and whose back stiffens after sitting. " +
			"Each session takes about ten minutes. Hamstring days and back days take turns.",
		Evidence: "A daily 30-second hamstring stretch, five days a week for six weeks, lengthened the hamstrings in a trial; " +
			"longer or more frequent holds added nothing. So the holds stop growing at 30 seconds.",
		PerWeek: 5,
		Weeks: []ProgrammeWeek{
			{Focus: "Holds of 20 seconds, one set each, so your body gets used to stretching without strain.", Sessions: loosen(20, 1)},
			{Focus: "The same 20-second holds. Notice how far you reach before the pull starts; don't force it.", Sessions: loosen(20, 1)},
			{Focus: "Holds grow to 25 seconds. The longer hold gives the muscle more time to let go.", Sessions: loosen(25, 1)},
			{Focus: "25-second holds, now two sets each: a second round usually goes a little further.", Sessions: loosen(25, 2)},
			{Focus: "Full 30-second holds, two sets. This is the dose that worked in the research.", Sessions: loosen(30, 2)},
			{Focus: "Keep the 30-second holds. After this week, three sessions a week keep what you gained.", Sessions: loosen(30, 2)},
		},
	},
	{
		Slug:    "desk-worker",
		Name:    "Desk worker: 4 weeks",
		Summary: "Movement breaks through the working day plus three sessions a week to undo long sitting.",
		Description: "For people who sit for most of the day. The breaks matter as much as the sessions: " +
			"get up every 30 to 60 minutes, and switch on the reminder in Settings if it helps.",
		Evidence: "Long sitting holds the hamstrings short and the hips bent; frequent breaks and regular stretching counter both. " +
			"Three sessions a week keeps a gain where once a week loses it.",
		PerWeek: 3,
		Extra:   "Every 30 to 60 minutes of sitting, take the 5-minute desk break.",
		Weeks: append([]ProgrammeWeek{
			{Focus: "Start with stretching and gentle back moves, at 20-second holds.", Sessions: []ProgrammeSession{
				{Routine: "hamstring-release", StretchHold: 20},
				{Routine: "lower-back-relief", StretchHold: 20},
				{Routine: "hamstring-release", StretchHold: 20},
			}},
			{Focus: "Add strength for your glutes and core, which take load off the back while you sit.", Sessions: []ProgrammeSession{
				{Routine: "hamstring-release", StretchHold: 25},
				{Routine: "strength-for-balance"},
				{Routine: "lower-back-relief", StretchHold: 25},
			}},
		}, weeks(2, ProgrammeWeek{Focus: "Full 30-second holds and one longer session a week that covers it all.", Sessions: []ProgrammeSession{
			{Routine: "hamstring-release", StretchHold: 30},
			{Routine: "strength-for-balance"},
			{Routine: "full-session"},
		}})...),
	},
	{
		Slug:    "stronger-back",
		Name:    "Stronger back: 6 weeks",
		Summary: "Glute and core strength three times a week, stretching on the days between, and walking.",
		Description: "For a back that keeps stiffening up: building the muscles around the pelvis usually helps more than stretching alone. " +
			"Strength days and stretch days take turns, with a rest day between strength days.",
		Evidence: "For low back pain, strength, Pilates-style and core-control exercise did better than stretching alone in a large review of trials. " +
			"Walking adds gentle, regular load that backs do well with.",
		PerWeek: 5,
		Extra:   "Walk briskly for 10 to 20 minutes on most days, building up as it feels comfortable.",
		Weeks: append(weeks(2, ProgrammeWeek{Focus: "Learn the strength moves slowly and well; stretch on the days between.", Sessions: []ProgrammeSession{
			{Routine: "strength-for-balance"},
			{Routine: "lower-back-relief", StretchHold: 20},
			{Routine: "strength-for-balance"},
			{Routine: "hamstring-release", StretchHold: 20},
			{Routine: "strength-for-balance"},
		}}), weeks(4, ProgrammeWeek{Focus: "Keep the three strength days; the stretches go to 30-second holds.", Sessions: []ProgrammeSession{
			{Routine: "strength-for-balance"},
			{Routine: "lower-back-relief", StretchHold: 30},
			{Routine: "strength-for-balance"},
			{Routine: "hamstring-release", StretchHold: 30},
			{Routine: "full-session"},
		}})...),
	},
}

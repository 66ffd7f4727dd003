package figure

// samples is how many in-between frames a transition gets: enough that
// the browser's straight-line blending between them keeps limbs rigid.
const samples = 8

// keyframe is the body at a moment of the loop (seconds from its start).
type keyframe struct {
	t  float64
	sk skeleton
}

// sequence is the order the loop visits the poses: there and back for a
// Loop move, round to the start otherwise.
func (m *Move) sequence() []int {
	seq := make([]int, 0, 2*len(m.Poses))
	for i := range m.Poses {
		seq = append(seq, i)
	}
	if m.Loop {
		for i := len(m.Poses) - 2; i > 0; i-- {
			seq = append(seq, i)
		}
	}
	return seq
}

// Duration is one loop's natural length in seconds.
func (m *Move) Duration() float64 {
	var d float64
	for _, i := range m.sequence() {
		d += m.Poses[i].Hold + m.Tempo
	}
	return d
}

// timeline samples one loop: each pose held for its Hold, then eased
// towards the next; the last frame equals the first so the loop is
// seamless.
func (m *Move) timeline() []keyframe {
	seq := m.sequence()
	var out []keyframe
	var t float64
	for k, i := range seq {
		a, b := &m.Poses[i], &m.Poses[seq[(k+1)%len(seq)]]
		here := m.place(a)
		out = append(out, keyframe{t, here})
		if a.Hold > 0 {
			t += a.Hold
			out = append(out, keyframe{t, here})
		}
		for j := 1; j < samples; j++ {
			f := float64(j) / samples
			out = append(out, keyframe{t + f*m.Tempo, m.between(a, b, ease(f))})
		}
		t += m.Tempo
	}
	return append(out, keyframe{t, m.place(&m.Poses[seq[0]])})
}

// Animated draws the move as one figure looping through its poses in
// seconds (0: its natural Duration). The loop starts only when the page
// calls beginElement on its animations (begin="indefinite"), so nothing
// moves on its own; the figure shows the start pose until then.
func (m *Move) Animated(seconds float64, o Options) string {
	frames := m.timeline()
	total := frames[len(frames)-1].t
	if seconds <= 0 {
		seconds = total
	}
	sks := make([]skeleton, len(frames))
	for i := range frames {
		sks[i] = frames[i].sk
	}
	var b w
	m.openScene(&b, o, sks...)
	var times w
	for i, f := range frames {
		if i > 0 {
			times.WriteByte(';')
		}
		times.s(strconvRound(f.t / total))
	}
	for _, sh := range m.shapes() {
		b.s(`<path d="`, sh.d(&sks[0]), `"`)
		if sh.fill {
			b.s(` fill="`, sh.colour, `">`)
		} else {
			b.s(` stroke="`, sh.colour, `" stroke-width="`, num(sh.width), `" fill="none">`)
		}
		b.s(`<animate attributeName="d" begin="indefinite" repeatCount="indefinite" dur="`, num3(seconds), `s" keyTimes="`, times.String(), `" values="`)
		for i := range sks {
			if i > 0 {
				b.WriteByte(';')
			}
			b.s(sh.d(&sks[i]))
		}
		b.s(`"/></path>`)
	}
	b.s(`</g></svg>`)
	return b.String()
}

func num3(v float64) string { return strconvRound(v) }

package figure

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"limber/content"
)

func TestEveryExerciseHasAMove(t *testing.T) {
	for _, e := range content.Exercises {
		m, ok := For(e.Slug)
		if !ok {
			t.Errorf("%s: no move", e.Slug)
			continue
		}
		if len(m.Poses) < 2 {
			t.Errorf("%s: %d poses, want a start and at least one more", e.Slug, len(m.Poses))
		}
		if m.Still <= 0 || m.Still >= len(m.Poses) {
			t.Errorf("%s: Still = %d, want the index of a pose after the start", e.Slug, m.Still)
		}
		if m.Tempo < 0.5 || m.Tempo > 4 {
			t.Errorf("%s: Tempo %.1f s per transition, want 0.5-4", e.Slug, m.Tempo)
		}
	}
	if _, ok := For("no-such-exercise"); ok {
		t.Error("For found an unknown slug")
	}
}

// Joints stay within what a healthy adult's body does in every key pose;
// frames in between turn each segment steadily from one pose to the next,
// so they stay within the same ranges.
func TestJointsStayWithinHumanRange(t *testing.T) {
	for _, m := range All() {
		for i := range m.Poses {
			checkRange(t, m, &m.Poses[i], i)
		}
	}
}

func checkRange(t *testing.T, m *Move, p *Pose, i int) {
	t.Helper()
	for _, j := range joints {
		if m.View == Front && !j.frontViewToo {
			continue
		}
		// A thigh drawn shortened is turned out of the picture (a knee
		// dropped to the side): its side-view angle is not hip flexion.
		if (j.seg == NearThigh || j.seg == FarThigh) && p.Short[j.seg] >= 0.2 {
			continue
		}
		b := j.bend(&p.A)
		if m.View == Front && j.seg == NearForearm {
			b = -b // the front view's near arm is the mirror image of the far one
		}
		if b < j.lo || b > j.hi {
			t.Errorf("%s pose %d: %s at %.0f°, want %.0f° to %.0f°", m.Slug, i, j.name, b, j.lo, j.hi)
		}
	}
}

// What should rest on the floor, a mat or a prop touches it: within two
// units, neither floating nor sunk in.
func TestContactsTouch(t *testing.T) {
	for _, m := range All() {
		for i := range m.Poses {
			p := &m.Poses[i]
			sk := m.place(p)
			parts := p.Touch
			if p.At.Y == 0 {
				parts = append([]Part{p.Anchor}, parts...)
			}
			for _, part := range parts {
				c, reach := sk.point(part)
				if g := m.gap(c, reach); math.Abs(g) > 2 {
					t.Errorf("%s pose %d: %s is %.1f units from the nearest surface", m.Slug, i, partName(part), g)
				}
			}
		}
	}
}

// Nothing goes through the floor in any frame of the loop.
func TestNothingSinksThroughTheFloor(t *testing.T) {
	for _, m := range All() {
		if m.Above {
			continue // no floor in a view from above
		}
		for _, f := range m.timeline() {
			for s := range f.sk.end {
				r := LimbW / 2
				if Seg(s) == Head {
					r = HeadR
				}
				if y := f.sk.end[s].Y + r; y > m.floorTop()+3 {
					t.Errorf("%s at %.2fs: %s reaches y=%.1f, below the floor (%.1f)", m.Slug, f.t, segNames[s], y, m.floorTop())
					break
				}
			}
		}
	}
}

// No limb or trunk goes into a roller, ball, step or bench in any frame
// (a little, up to 3 units, is the body's softness).
func TestNothingSinksIntoProps(t *testing.T) {
	for _, m := range All() {
		for _, f := range m.timeline() {
			for s := range f.sk.end {
				r := LimbW / 2
				switch Seg(s) {
				case Head:
					continue
				case Lumbar, Thorax:
					r = TrunkW / 2
				}
				if d := m.sunk(f.sk.start[s], f.sk.end[s], r); d > 3 {
					t.Errorf("%s at %.2fs: %s goes %.1f units into a prop", m.Slug, f.t, segNames[s], d)
					break
				}
			}
		}
	}
}

// The committed drawings are what the model draws: a change to the model
// or a pose that alters one fails here until `make illustrations` is run
// and the new drawing looked at.
func TestDrawingsMatchTheModel(t *testing.T) {
	for _, m := range All() {
		ill, _ := content.IllustrationFor(m.Slug)
		want := File(m, ill.Alt)
		got, err := os.ReadFile(filepath.Join("..", "..", "web", "illustrations", m.Slug+".svg"))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s: web/illustrations/%s.svg differs from the model; run make illustrations and look at it", m.Slug, m.Slug)
		}
	}
}

func TestAnimationLoopsSeamlessly(t *testing.T) {
	for _, m := range All() {
		svg := m.Animated(0, Options{Label: "x"})
		if !strings.Contains(svg, `begin="indefinite"`) || strings.Contains(svg, `begin="0`) {
			t.Errorf("%s: the animation must wait to be started", m.Slug)
		}
		fr := m.timeline()
		first, last := fr[0].sk, fr[len(fr)-1].sk
		for s := range first.end {
			if first.end[s].dist(last.end[s]) > 0.01 {
				t.Errorf("%s: the loop ends away from where it starts", m.Slug)
				break
			}
		}
		for i := 1; i < len(fr); i++ {
			if fr[i].t <= fr[i-1].t {
				t.Errorf("%s: frame %d at %.3fs is not after frame %d", m.Slug, i, fr[i].t, i-1)
			}
		}
	}
}

func partName(p Part) string {
	return [...]string{"hip", "waist", "neck base", "head", "near knee", "near heel", "near toe", "far knee", "far heel", "far toe",
		"near elbow", "near hand", "far elbow", "far hand", "seat", "upper back"}[p]
}

var segNames = [numSegs]string{"lumbar", "thorax", "neck", "head", "near thigh", "near shin", "near foot", "far thigh", "far shin", "far foot",
	"near upper arm", "near forearm", "far upper arm", "far forearm"}

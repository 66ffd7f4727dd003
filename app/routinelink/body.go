package routinelink

import (
	"encoding/binary"
	"fmt"

	"limber/content"
)

// versionFor picks the oldest format that carries all of r, so routines
// without a prescription keep their version 1 links and slugs.
func versionFor(r content.Routine) byte {
	if !r.Rx.IsZero() {
		return version2
	}
	for _, s := range r.Steps {
		if s.Note != "" {
			return version2
		}
	}
	return version1
}

// appendBody writes r in format v as it is; callers clean first.
func appendBody(b []byte, v byte, r content.Routine) []byte {
	name := r.Name
	if name == DefaultName {
		name = "" // Decode restores it; saves 14 bytes in most links
	}
	b = appendString(b, name)
	if v == version2 {
		b = appendString(b, r.Rx.Suits)
		b = appendString(b, r.Rx.Instructions)
		b = binary.AppendUvarint(b, uint64(r.Rx.PerWeek))
		b = binary.AppendUvarint(b, uint64(r.Rx.Weeks))
	}
	b = binary.AppendUvarint(b, uint64(len(r.Steps)))
	for _, s := range r.Steps {
		b = appendStep(b, s)
		if v == version2 {
			b = appendString(b, s.Note)
		}
	}
	return b
}

func appendStep(b []byte, s content.RoutineStep) []byte {
	b = appendString(b, s.Exercise)
	optional := []struct {
		flag byte
		v    int
	}{{flagHold, s.HoldSeconds}, {flagReps, s.Reps}, {flagTempo, s.TempoSeconds}, {flagRest, s.RestSeconds}}
	var flags byte
	if s.PerSide {
		flags |= flagPerSide
	}
	for _, o := range optional {
		if o.v != 0 {
			flags |= o.flag
		}
	}
	b = append(b, flags)
	b = binary.AppendUvarint(b, uint64(s.Sets))
	for _, o := range optional {
		if o.v != 0 {
			b = binary.AppendUvarint(b, uint64(o.v))
		}
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// parseBody reads a body in format v without judging it; Clean does that.
func parseBody(v byte, body []byte) (content.Routine, error) {
	rd := &reader{b: body}
	r := content.Routine{Name: rd.string()}
	if v == version2 {
		r.Rx = rd.rx()
	}
	n := rd.uvarint()
	if n > uint64(len(rd.b))/minStepBytes(v) {
		return r, fmt.Errorf("%d steps cannot fit in %d bytes", n, len(rd.b))
	}
	r.Steps = make([]content.RoutineStep, 0, n)
	for range n {
		s := rd.step()
		if v == version2 {
			s.Note = rd.string()
		}
		r.Steps = append(r.Steps, s)
	}
	if rd.err == nil && len(rd.b) > 0 {
		rd.err = fmt.Errorf("%d unread bytes", len(rd.b))
	}
	return r, rd.err
}

// reader consumes a body; after the first error every read returns zero.
type reader struct {
	b   []byte
	err error
}

func (rd *reader) fail(format string, args ...any) {
	if rd.err == nil {
		rd.err = fmt.Errorf(format, args...)
	}
	rd.b = nil
}

func (rd *reader) uvarint() uint64 {
	v, n := binary.Uvarint(rd.b)
	if n <= 0 {
		rd.fail("bad number")
		return 0
	}
	rd.b = rd.b[n:]
	return v
}

func (rd *reader) int() int {
	return int(min(rd.uvarint(), maxDecodedInt))
}

func (rd *reader) byte() byte {
	if len(rd.b) == 0 {
		rd.fail("missing byte")
		return 0
	}
	c := rd.b[0]
	rd.b = rd.b[1:]
	return c
}

func (rd *reader) string() string {
	n := rd.uvarint()
	if n > uint64(len(rd.b)) {
		rd.fail("text runs past the end")
		return ""
	}
	s := string(rd.b[:n])
	rd.b = rd.b[n:]
	return s
}

func (rd *reader) rx() content.Prescription {
	rx := content.Prescription{Suits: rd.string(), Instructions: rd.string()}
	rx.PerWeek = rd.int()
	rx.Weeks = rd.int()
	return rx
}

func (rd *reader) step() content.RoutineStep {
	s := content.RoutineStep{Exercise: rd.string()}
	flags := rd.byte()
	if flags&^allFlags != 0 {
		rd.fail("unknown step flags %#x", flags)
	}
	s.PerSide = flags&flagPerSide != 0
	s.Sets = rd.int()
	fields := []struct {
		flag byte
		v    *int
	}{{flagHold, &s.HoldSeconds}, {flagReps, &s.Reps}, {flagTempo, &s.TempoSeconds}, {flagRest, &s.RestSeconds}}
	for _, f := range fields {
		if flags&f.flag != 0 {
			*f.v = rd.int()
		}
	}
	return s
}

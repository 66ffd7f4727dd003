package qrcode

import (
	"fmt"

	"rsc.io/qr/coding"
)

// encode builds the code for text in byte mode at the smallest version,
// preferring level M, with the best-scoring mask.
func encode(text string) (*coding.Code, error) {
	v, l, err := fit(text)
	if err != nil {
		return nil, err
	}
	p, c, err := encodeMask(text, v, l, 0)
	if err != nil {
		return nil, err
	}
	rows, cols := newGrid(c.Size), newGrid(c.Size)
	best, bestScore := coding.Mask(0), 0
	for m := coding.Mask(0); m < 8; m++ {
		remask(c, p, m, rows, cols)
		// Fake finders weigh most: ZXing-style scanners stop at the first
		// three finder-like squares they see, so one in the data can hide a
		// real corner.
		if s := fakeFinders(rows, cols)<<20 + penalty(rows, cols); m == 0 || s < bestScore {
			best, bestScore = m, s
		}
	}
	if best != 0 {
		_, c, err = encodeMask(text, v, l, best)
	}
	return c, err
}

func newGrid(n int) [][]bool {
	g := make([][]bool, n)
	for i := range g {
		g[i] = make([]bool, n)
	}
	return g
}

// remask fills rows and cols with c, encoded with plan p (mask 0), as if
// under mask m. Scoring this way skips a plan per mask; only the 30 format
// modules keep mask 0's bits, which barely moves a score.
func remask(c *coding.Code, p *coding.Plan, m coding.Mask, rows, cols [][]bool) {
	for y, row := range p.Pixel {
		for x, pix := range row {
			d := c.Black(x, y)
			if r := pix.Role(); (r == coding.Data || r == coding.Check || r == coding.Extra) &&
				m.Invert(y, x) != coding.Mask(0).Invert(y, x) {
				d = !d
			}
			rows[y][x], cols[x][y] = d, d
		}
	}
}

// fit picks the smallest version holding text at level M, else at level L.
func fit(text string) (coding.Version, coding.Level, error) {
	enc := coding.String(text)
	for _, l := range []coding.Level{coding.M, coding.L} {
		for v := coding.Version(coding.MinVersion); v <= coding.MaxVersion; v++ {
			if enc.Bits(v) <= v.DataBytes(l)*8 {
				return v, l, nil
			}
		}
	}
	return 0, 0, fmt.Errorf("%w (%d bytes)", ErrTooLong, len(text))
}

func encodeMask(text string, v coding.Version, l coding.Level, m coding.Mask) (*coding.Plan, *coding.Code, error) {
	p, err := coding.NewPlan(v, l, m)
	if err != nil {
		return nil, nil, fmt.Errorf("qrcode: plan: %w", err)
	}
	c, err := p.Encode(coding.String(text))
	if err != nil {
		return nil, nil, fmt.Errorf("qrcode: encode: %w", err)
	}
	return p, c, nil
}

// penalty scores a code by the ISO 18004 mask rules; masks with lower scores
// avoid patterns that confuse scanners.
func penalty(rows, cols [][]bool) int {
	n, score, dark := len(rows), 0, 0
	for i, row := range rows {
		score += linePenalty(row) + linePenalty(cols[i])
		for j, d := range row {
			if d {
				dark++
			}
			if i+1 < n && j+1 < n && row[j+1] == d && rows[i+1][j] == d && rows[i+1][j+1] == d {
				score += 3
			}
		}
	}
	dev := dark*100/(n*n) - 50
	if dev < 0 {
		dev = -dev
	}
	return score + dev/5*10
}

// linePenalty scores one row or column: long same-colour runs, and
// finder-like 1:1:3:1:1 patterns beside four light modules, counting the
// quiet zone as light.
func linePenalty(line []bool) int {
	n, score, run := len(line), 0, 0
	var last uint // the last 11 modules, dark = 1; starts in the quiet zone
	for j := 0; j < n+4; j++ {
		d := j < n && line[j]
		if j < n {
			if j > 0 && d == line[j-1] {
				run++
			} else {
				run = 1
			}
			if run == 5 {
				score += 3
			} else if run > 5 {
				score++
			}
		}
		last = last << 1 & 0x7ff
		if d {
			last |= 1
		}
		if last == 0x05d || last == 0x5d0 {
			score += 40
		}
	}
	return score
}

// fakeFinders counts modules outside the three real finders that sit at the
// centre of a finder-like profile both across and down.
func fakeFinders(rows, cols [][]bool) int {
	n, count := len(rows), 0
	across, down := make([]bool, n*n), make([]bool, n*n)
	for i := range n {
		finderHits(rows[i], across[i*n:])
		finderHits(cols[i], down[i*n:])
	}
	for y := range n {
		for x := range n {
			corner := (x < 7 || x >= n-7) && y < 7 || x < 7 && y >= n-7
			if !corner && across[y*n+x] && down[x*n+y] {
				count++
			}
		}
	}
	return count
}

// finderHits marks in hit the centre run of each dark:light run profile
// 1:1:k:1:1 (k = 2..4) along a line: the ratios ZXing-style detectors accept.
func finderHits(line, hit []bool) {
	var s [5]int // starts of the last five runs, oldest first
	runs := 0
	for j := 0; j <= len(line); j++ {
		if j > 0 && j < len(line) && line[j] == line[j-1] {
			continue
		}
		if runs >= 5 && line[s[0]] && s[1]-s[0] == 1 && s[2]-s[1] == 1 &&
			s[3]-s[2] >= 2 && s[3]-s[2] <= 4 && s[4]-s[3] == 1 && j-s[4] == 1 {
			for k := s[2]; k < s[3]; k++ {
				hit[k] = true
			}
		}
		copy(s[:], s[1:])
		s[4] = j
		runs++
	}
}

// Package qrcode draws QR codes as SVG strings, offline, for sharing routine
// links. It deliberately avoids go-app and image/* so it stays small in
// app.wasm.
package qrcode

import (
	"errors"
	"strconv"
	"strings"

	"rsc.io/qr/coding"
)

// quiet is the blank margin, in modules, that scanners need around the code.
const quiet = 4

// ErrTooLong reports text beyond the capacity of a version 40 code.
var ErrTooLong = errors.New("qrcode: link too long for a QR code")

// SVG returns a standalone black-on-white <svg> element encoding text, with
// label as its accessible name. It has no width or height so CSS sizes it.
func SVG(text, label string) (string, error) {
	c, err := encode(text)
	if err != nil {
		return "", err
	}
	n := strconv.Itoa(c.Size + 2*quiet)
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + n + " " + n +
		`" role="img" aria-label="`)
	escape(&b, label)
	b.WriteString(`" shape-rendering="crispEdges"><rect width="` + n + `" height="` + n +
		`" fill="#fff"/><path fill="#000" d="`)
	writePath(&b, c)
	b.WriteString(`"/></svg>`)
	return b.String(), nil
}

// Matrix returns the code's size in modules (without quiet zone) and a
// function reporting whether the module at column x, row y is dark.
func Matrix(text string) (size int, dark func(x, y int) bool, err error) {
	c, err := encode(text)
	if err != nil {
		return 0, nil, err
	}
	return c.Size, c.Black, nil
}

// writePath draws each horizontal run of dark modules as a 1-high rectangle.
// The first run in a row uses an absolute move; later ones move relative to
// the previous run's start (where "z" leaves the pen), keeping d short.
func writePath(b *strings.Builder, c *coding.Code) {
	var buf []byte
	for y := 0; y < c.Size; y++ {
		prev := -1
		for x := 0; x < c.Size; {
			if !c.Black(x, y) {
				x++
				continue
			}
			w := 1
			for c.Black(x+w, y) {
				w++
			}
			if prev < 0 {
				buf = append(buf, 'M')
				buf = strconv.AppendInt(buf, int64(x+quiet), 10)
				buf = append(buf, ',')
				buf = strconv.AppendInt(buf, int64(y+quiet), 10)
			} else {
				buf = append(buf, 'm')
				buf = strconv.AppendInt(buf, int64(x-prev), 10)
				buf = append(buf, ",0"...)
			}
			buf = append(buf, 'h')
			buf = strconv.AppendInt(buf, int64(w), 10)
			buf = append(buf, "v1h-"...)
			buf = strconv.AppendInt(buf, int64(w), 10)
			buf = append(buf, 'z')
			prev, x = x, x+w
		}
	}
	b.Write(buf)
}

// escape writes s safe for an XML attribute; control characters, invalid in
// XML, become spaces.
func escape(b *strings.Builder, s string) {
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&#39;")
		case r < ' ' || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
}

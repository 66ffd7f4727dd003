package progress

import (
	"strconv"
	"strings"
	"time"

	"limber/app/i18n"
)

// Chart geometry, in SVG user units: the page scales it to the width.
const (
	chartW, chartH = 320, 160
	padL, padR     = 26, 8
	padT, padB     = 8, 22
)

// Line is one series of a line chart.
type Line struct {
	Class  string // CSS class for its colour
	Points []Point
}

// LineChart draws lines of 0..top scores over time as SVG, with label (a
// sentence summing it up, in the reader's language) as its accessible name. Points at the same
// moment stack; a single point is drawn as a dot.
func LineChart(label string, top int, lines ...Line) string {
	from, to := span(lines)
	var b strings.Builder
	open(&b, label)
	grid(&b, top)
	x := func(t time.Time) float64 {
		if !to.After(from) {
			return padL + (chartW-padL-padR)/2
		}
		return padL + float64(t.Sub(from))/float64(to.Sub(from))*(chartW-padL-padR)
	}
	for _, l := range lines {
		if len(l.Points) == 0 {
			continue
		}
		b.WriteString(`<polyline class="` + escape(l.Class) + `" fill="none" points="`)
		for _, p := range l.Points {
			b.WriteString(num(x(p.At)) + "," + num(y(p.Value, top)) + " ")
		}
		b.WriteString(`"/>`)
		last := l.Points[len(l.Points)-1]
		b.WriteString(`<circle class="` + escape(l.Class) + `" r="3.5" cx="` + num(x(last.At)) + `" cy="` + num(y(last.Value, top)) + `"/>`)
	}
	dateLabels(&b, from, to)
	b.WriteString(`</svg>`)
	return b.String()
}

// BarChart draws sessions per week as bars, with target (sessions a week
// in the plan, 0 for none) as a dashed line.
func BarChart(label string, weeks []Week, target int) string {
	top := max(target, 3)
	for _, w := range weeks {
		top = max(top, w.Sessions)
	}
	var b strings.Builder
	open(&b, label)
	grid(&b, top)
	slot := float64(chartW-padL-padR) / float64(max(len(weeks), 1))
	for i, w := range weeks {
		x := padL + float64(i)*slot + slot*0.2
		h := float64(w.Sessions) / float64(top) * (chartH - padT - padB)
		b.WriteString(`<rect class="bar" rx="3" x="` + num(x) + `" y="` + num(chartH-padB-h) + `" width="` + num(slot*0.6) + `" height="` + num(h) + `"/>`)
		if (len(weeks)-1-i)%2 == 0 { // every other week, ending with this one, so labels don't touch
			b.WriteString(`<text class="axis" text-anchor="middle" x="` + num(x+slot*0.3) + `" y="` + strconv.Itoa(chartH-6) + `">` + escape(shortDay(w.Start)) + `</text>`)
		}
	}
	if target > 0 {
		ty := num(y(target, top))
		b.WriteString(`<line class="target" x1="` + strconv.Itoa(padL) + `" x2="` + strconv.Itoa(chartW-padR) + `" y1="` + ty + `" y2="` + ty + `"/>`)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

func open(b *strings.Builder, label string) {
	b.WriteString(`<svg class="chart" viewBox="0 0 ` + strconv.Itoa(chartW) + ` ` + strconv.Itoa(chartH) + `" role="img" aria-label="` + escape(label) + `">`)
}

// grid draws horizontal lines at 0, the middle (when whole) and top,
// with their values.
func grid(b *strings.Builder, top int) {
	ticks := []int{0, top}
	if top%2 == 0 {
		ticks = append(ticks, top/2)
	}
	for _, v := range ticks {
		yy := num(y(v, top))
		b.WriteString(`<line class="grid" x1="` + strconv.Itoa(padL) + `" x2="` + strconv.Itoa(chartW-padR) + `" y1="` + yy + `" y2="` + yy + `"/>`)
		b.WriteString(`<text class="axis" text-anchor="end" x="` + strconv.Itoa(padL-5) + `" y="` + yy + `" dy="4">` + strconv.Itoa(v) + `</text>`)
	}
}

func dateLabels(b *strings.Builder, from, to time.Time) {
	first, last := shortDay(from), shortDay(to)
	b.WriteString(`<text class="axis" x="` + strconv.Itoa(padL) + `" y="` + strconv.Itoa(chartH-6) + `">` + escape(first) + `</text>`)
	if last != first {
		b.WriteString(`<text class="axis" text-anchor="end" x="` + strconv.Itoa(chartW-padR) + `" y="` + strconv.Itoa(chartH-6) + `">` + escape(last) + `</text>`)
	}
}

// shortDay is a day for the axis, "2 Jan": i18n's day-and-month order
// with the month cut to three letters, which is the usual short form in
// English, Spanish and German alike.
func shortDay(t time.Time) string {
	return i18n.F("{day} {month}", "day", strconv.Itoa(t.Day()), "month", i18n.ShortMonth(t.Month()))
}

func y(v, top int) float64 {
	return chartH - padB - float64(v)/float64(max(top, 1))*(chartH-padT-padB)
}

func span(lines []Line) (from, to time.Time) {
	for _, l := range lines {
		for _, p := range l.Points {
			if from.IsZero() || p.At.Before(from) {
				from = p.At
			}
			if p.At.After(to) {
				to = p.At
			}
		}
	}
	return from, to
}

// num prints a coordinate with one decimal, the precision a phone shows.
func num(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// escape is html.EscapeString without its strings.Replacer, which nothing
// else in app.wasm links.
func escape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\'':
			b.WriteString("&#39;")
		case '"':
			b.WriteString("&#34;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

package server

import (
	"bytes"
	"html"
	"slices"
	"strconv"
)

// fixPrerendered mends two things go-app v10.1.11 gets wrong when it writes
// a prerendered page, in one pass over the HTML:
//
//   - Attribute values are written with strconv.Quote, which escapes a
//     quote as \" — and a backslash escapes nothing in HTML. A routine name
//     from a shared link (`"><meta http-equiv=refresh …>`) would break out
//     of og:title and inject markup. Every double-quoted value is decoded as
//     the Go string it is and written again HTML-escaped. This is the one
//     chokepoint for untrusted text in server HTML: every prerendered page
//     passes through it, so no page or component has to remember to escape.
//   - An attribute whose value is "true" is written as a bare name
//     (<button aria-pressed>). That suits boolean HTML attributes, but a bare
//     ARIA state is an empty string: assistive technology reads it as unset
//     and [aria-pressed="true"] styles miss it until the client renders the
//     page again. The value is put back.
//
// Then its single theme-color meta becomes a light and a dark one.
//
// Text between tags is already HTML-escaped by go-app; the contents of
// script and style elements are copied untouched.
func fixPrerendered(page []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(page) + 64)
	for i := 0; i < len(page); {
		if page[i] != '<' {
			out.WriteByte(page[i])
			i++
			continue
		}
		end, name := fixTag(&out, page, i)
		i = end
		if raw := rawTextEnd(page, i, name); raw > i {
			out.Write(page[i:raw])
			i = raw
		}
	}
	return withDarkThemeColor(out.Bytes())
}

// themeColorDark is the browser bar's colour in the dark theme (its --bg).
const themeColorDark = "#0f1a1c"

// withDarkThemeColor gives the browser bar a dark colour in dark mode:
// go-app writes one theme-color meta, which matches every scheme, so it
// is split into a light and a dark one (the client keeps them in step
// with a theme chosen in Settings: applyTheme, app/settings_page.go).
func withDarkThemeColor(page []byte) []byte {
	two := []byte(`<meta name="theme-color" media="(prefers-color-scheme: light)" content="` + themeColor + `"><meta name="theme-color" media="(prefers-color-scheme: dark)" content="` + themeColorDark + `">`)
	// go-app writes attributes in no fixed order.
	for _, one := range []string{
		`<meta name="theme-color" content="` + themeColor + `">`,
		`<meta content="` + themeColor + `" name="theme-color">`,
	} {
		if i := bytes.Index(page, []byte(one)); i >= 0 {
			return slices.Concat(page[:i], two, page[i+len(one):])
		}
	}
	return page
}

// fixTag copies the tag starting at page[start] ('<') to out with its
// attributes mended, and returns where it ends and its lower-case name.
func fixTag(out *bytes.Buffer, page []byte, start int) (int, string) {
	i := start + 1
	for i < len(page) && isNameByte(page[i]) {
		i++
	}
	name := string(bytes.ToLower(page[start+1 : i]))
	out.Write(page[start:i])
	for i < len(page) {
		c := page[i]
		switch {
		case c == '>':
			out.WriteByte(c)
			return i + 1, name
		case c == '=' && i+1 < len(page) && page[i+1] == '"':
			i = copyGoQuoted(out, page, i+1)
			continue
		case c == '\'':
			j := bytes.IndexByte(page[i+1:], '\'')
			if j < 0 {
				out.Write(page[i:])
				return len(page), name
			}
			out.Write(page[i : i+j+2])
			i += j + 2
			continue
		case c == ' ' && bytes.HasPrefix(page[i+1:], []byte("aria-")):
			if n := attrName(page[i+1:]); !bytes.HasPrefix(page[i+1+len(n):], []byte("=")) {
				out.WriteByte(' ')
				out.Write(n)
				out.WriteString(`="true"`)
				i += 1 + len(n)
				continue
			}
		}
		out.WriteByte(c)
		i++
	}
	return i, name
}

// copyGoQuoted reads the strconv.Quote'd value at page[q] ('"') and writes
// it as ="html-escaped". A value that is not valid Go quoting (plain HTML
// from a template) is copied as it is, up to its closing quote.
func copyGoQuoted(out *bytes.Buffer, page []byte, q int) int {
	end := q + 1
	for end < len(page) && page[end] != '"' {
		if page[end] == '\\' {
			end++
		}
		end++
	}
	if end >= len(page) {
		out.Write(page[q-1:])
		return len(page)
	}
	lit := page[q : end+1]
	v, err := strconv.Unquote(string(lit))
	if err != nil {
		// Not Go quoting after all: stop at the first quote, as HTML does.
		closing := bytes.IndexByte(page[q+1:], '"')
		out.Write(page[q-1 : q+closing+2])
		return q + closing + 2
	}
	out.WriteString(`="`)
	out.WriteString(html.EscapeString(v))
	out.WriteByte('"')
	return end + 1
}

// rawTextEnd is where a script or style element's text ends (the start of
// its closing tag), or i for any other element.
func rawTextEnd(page []byte, i int, name string) int {
	if name != "script" && name != "style" {
		return i
	}
	j := bytes.Index(bytes.ToLower(page[i:]), []byte("</"+name))
	if j < 0 {
		return len(page)
	}
	return i + j
}

func isNameByte(c byte) bool {
	return c == '/' || c == '!' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// attrName is the attribute name at the start of b.
func attrName(b []byte) []byte {
	n := 0
	for n < len(b) && (b[n] == '-' || b[n] >= 'a' && b[n] <= 'z') {
		n++
	}
	return b[:n]
}

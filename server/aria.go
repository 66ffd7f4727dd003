package server

import "bytes"

// go-app writes an attribute whose value is "true" as a bare name
// (<button aria-pressed>). That suits boolean HTML attributes, but a bare
// ARIA state is an empty string: assistive technology reads it as unset
// and [aria-pressed="true"] styles miss it, until the client renders the
// page again. restoreARIATrue puts the value back in prerendered HTML.
func restoreARIATrue(page []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(page) + 64)
	inTag, quote := false, byte(0)
	for i := 0; i < len(page); i++ {
		c := page[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case !inTag:
			inTag = c == '<'
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			inTag = false
		case c == ' ' && bytes.HasPrefix(page[i+1:], []byte("aria-")):
			if name := attrName(page[i+1:]); !bytes.HasPrefix(page[i+1+len(name):], []byte("=")) {
				out.WriteByte(' ')
				out.Write(name)
				out.WriteString(`="true"`)
				i += len(name)
				continue
			}
		}
		out.WriteByte(c)
	}
	return out.Bytes()
}

// attrName is the attribute name at the start of b.
func attrName(b []byte) []byte {
	n := 0
	for n < len(b) && (b[n] == '-' || b[n] >= 'a' && b[n] <= 'z') {
		n++
	}
	return b[:n]
}

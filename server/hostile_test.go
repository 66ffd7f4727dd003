package server

import (
	"bytes"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"limber/app/routinelink"
	"limber/content"
)

// hostileNames are routine names a crafted link can carry: each tries to
// leave an attribute or a tag in the server's HTML.
var hostileNames = []string{
	`"><meta http-equiv=refresh content=0;url=//elsewhere>`,
	`\"><script>alert(1)</script>`,
	`' onmouseover='alert(1)`,
	`a & b < c > d "quoted"`,
	"Étirement \u00e9 \u2028 日本語 \\ back\\slash",
	strings.Repeat(`"<`, 30),
}

// TestHostileNamesInjectNothing sends hostile names through every route that
// renders from the query and parses the HTML: no element or attribute may
// appear that a harmless name does not produce, and the name survives as
// text in og:title.
func TestHostileNamesInjectNothing(t *testing.T) {
	h := richHandler(t)
	base := content.Routines[0]
	plain := prescribed(base, "Plain name")
	plainToken, err := routinelink.Encode(plain)
	if err != nil {
		t.Fatal(err)
	}
	routes := []string{"/routines/shared?r=", "/routines/shared/play?r=", "/routines/sheet?r="}
	baseline := map[string][]string{}
	for _, route := range routes {
		baseline[route] = shape(t, request(h, "GET", route+url.QueryEscape(plainToken)).Body.Bytes())
	}
	for _, name := range hostileNames {
		r := prescribed(base, name)
		token, err := routinelink.Encode(r)
		if err != nil {
			t.Fatalf("encoding %q: %v", name, err)
		}
		decoded, err := routinelink.Decode(token, nil)
		if err != nil {
			t.Fatalf("decoding %q: %v", name, err)
		}
		shown := decoded.Routine.Name // what the app shows, after its own cleaning
		for _, route := range routes {
			body := request(h, "GET", route+url.QueryEscape(token)).Body.Bytes()
			if got, want := shape(t, body), baseline[route]; strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s with name %q changes the page's elements or attributes:\n%s", route, name, diffShapes(got, want))
			}
			if title := metaContent(t, body, "og:title"); !strings.Contains(title, shown) {
				t.Errorf("%s: og:title is %q, want it to carry the name %q as text", route, title, shown)
			}
		}
		// The quick timer and library take free text from the query too.
		for _, target := range []string{"/timer?name=" + url.QueryEscape(name), "/exercises?region=" + url.QueryEscape(name), "/routines/quick/play?hold=30&name=" + url.QueryEscape(name)} {
			body := request(h, "GET", target).Body.Bytes()
			if bytes.Contains(body, []byte("http-equiv")) || bytes.Contains(body, []byte("<script>alert")) {
				t.Errorf("%s: hostile text reached the HTML as markup", target)
			}
		}
	}
}

// prescribed is r named text, with text in every prescriber's field too
// (who it suits, instructions, the first step's note), as a link carries.
func prescribed(r content.Routine, text string) content.Routine {
	r.Name, r.Slug = firstRunes(text, routinelink.MaxNameRunes), ""
	r.Rx = content.Prescription{Suits: firstRunes(text, routinelink.MaxSuitsRunes), Instructions: text, PerWeek: 3, Weeks: 2}
	r.Steps = append([]content.RoutineStep(nil), r.Steps...)
	r.Steps[0].Note = firstRunes(text, routinelink.MaxNoteRunes)
	return r
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}

// elements parses page and returns its elements in document order.
func elements(t *testing.T, page []byte) []*html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("parsing HTML: %v", err)
	}
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// shape lists a page's elements and their attribute names in order: what
// markup exists, not what it says.
func shape(t *testing.T, page []byte) []string {
	t.Helper()
	var out []string
	for _, n := range elements(t, page) {
		names := make([]string, 0, len(n.Attr))
		for _, a := range n.Attr {
			names = append(names, a.Key)
		}
		sort.Strings(names) // go-app writes attributes in no fixed order
		out = append(out, n.Data+" "+strings.Join(names, ","))
	}
	return out
}

func diffShapes(got, want []string) string {
	for i := 0; i < len(got) && i < len(want); i++ {
		if got[i] != want[i] {
			return "element " + strconv.Itoa(i) + ": got <" + got[i] + ">, want <" + want[i] + ">"
		}
	}
	return "got " + strconv.Itoa(len(got)) + " elements, want " + strconv.Itoa(len(want))
}

// metaContent is the content of the first meta tag with the given
// property or name.
func metaContent(t *testing.T, page []byte, property string) string {
	t.Helper()
	for _, n := range elements(t, page) {
		if n.Data != "meta" {
			continue
		}
		var prop, content string
		for _, a := range n.Attr {
			switch a.Key {
			case "property", "name":
				prop = a.Val
			case "content":
				content = a.Val
			}
		}
		if prop == property {
			return content
		}
	}
	return ""
}

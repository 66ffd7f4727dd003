package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"limber/app"
	"limber/app/redflag"
	"limber/app/store"
	"limber/content"
	"limber/server"
)

// texts are the catalogue's keys: every English string Limber shows.
type texts map[string]bool

func (t texts) add(s string) {
	s = strings.TrimSpace(s)
	if s == "" || !strings.ContainsFunc(s, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) || slugLike.MatchString(s) {
		return
	}
	t[s] = true
}

// slugLike: slugs, ids and paths are not shown to people.
var slugLike = regexp.MustCompile(`^([a-z0-9]+(-[a-z0-9]+)+|/[a-z0-9/?=&.-]*|https?://\S+)$`)

// skipFields hold identifiers, not words.
var skipFields = map[string]bool{"Slug": true, "Src": true, "Strategy": true, "Source": true, "Related": true,
	"Exercise": true, "Routine": true, "Kind": true, "Regions": true, "ID": true, "URL": true, "Href": true,
	"Path": true, "Icon": true, "Tier": true, "Programme": true, "Number": true, "Region": true}

// data walks a value and adds every string a person reads.
func (t texts) data(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		t.add(v.String())
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			t.data(v.Index(i))
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			t.data(v.MapIndex(k))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if f := v.Type().Field(i); f.IsExported() && !skipFields[f.Name] {
				t.data(v.Field(i))
			}
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			t.data(v.Elem())
		}
	}
}

// fromData adds the guide, the red-flag check and every page's metadata.
func (t texts) fromData() {
	for _, v := range []any{
		content.AboutIntro, content.Disclaimer, content.Sources, content.Privacy, content.Exercises,
		content.FAQs, content.Sections, content.HelpIntro, content.HelpTriggers, content.WhoCanHelp,
		content.Illustrations, content.Programmes, content.Routines, content.Strategies, content.Glossary,
		redflag.Questions, redflag.StopRules, redflag.CommonNumbers, store.ReachLevels,
		app.RouteTexts(), server.ManifestTexts(),
	} {
		t.data(reflect.ValueOf(v))
	}
	for _, q := range redflag.Questions {
		t.add(q.Sign())
	}
}

// calls are the functions whose string arguments are shown (the index of
// the argument): i18n's, and the view helpers that translate their text.
var calls = map[string]int{
	"T": 0, "F": 0, "N": 0, "Mark": 0,
	"ElText": 2, "ElemText": 2, "LinkText": 2, "AnchorText": 2, "Text": 0,
}

// fromSource adds the string literals passed to those functions in the
// app's Go files (tests left out).
func (t texts) fromSource(root string) error {
	fset := token.NewFileSet()
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return fmt.Errorf("reading %s: %w", path, err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if kv, ok := n.(*ast.KeyValueExpr); ok {
				if k, ok := kv.Key.(*ast.Ident); ok && textFields[k.Name] {
					t.literal(kv.Value)
				}
				return true
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			name := ""
			switch fn := call.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
			case *ast.SelectorExpr:
				name = fn.Sel.Name
				if x, ok := fn.X.(*ast.Ident); ok && x.Name == "goapp" {
					return true // goapp.Text shows text as it is
				}
			}
			i, ok := calls[name]
			if !ok || i >= len(call.Args) {
				return true
			}
			t.literal(call.Args[i])
			return true
		})
		return nil
	})
}

// textFields are struct fields that hold words in the app's own
// composite literals (NavLink{Label: "Home"}, pageMeta{Title: ...}).
var textFields = map[string]bool{"Label": true, "Title": true, "Text": true, "Heading": true, "Lead": true,
	"Description": true, "Summary": true, "Name": true, "Alt": true, "Hint": true, "Message": true,
	"Action": true, "Contact": true, "When": true, "Body": true, "Why": true}

// literal adds a string literal, or both sides of a literal
// concatenation's parts.
func (t texts) literal(e ast.Expr) {
	if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
		if s, err := strconv.Unquote(lit.Value); err == nil {
			t.add(s)
		}
	}
}

func (t texts) sorted() []string {
	out := make([]string, 0, len(t))
	for s := range t {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

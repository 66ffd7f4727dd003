// Command catalogue writes Limber's translation source, web/i18n/en.json:
// every English string the app shows (the guide's data, the red-flag
// check, page metadata, the manifest, and the literals the app passes to
// i18n.T/F/N/Mark and the view helpers that translate). It also tidies
// the other languages' catalogues: keys no longer used are dropped, and
// the keys still to translate are listed. Run it with `make catalogue`.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"limber/app/i18n"
)

func main() {
	if err := run("web/i18n", "."); err != nil {
		fmt.Fprintln(os.Stderr, "catalogue:", err)
		os.Exit(1)
	}
}

// extract collects every key from the module rooted at root.
func extract(root string) ([]string, error) {
	t := texts{}
	t.fromData()
	for _, dir := range []string{"app", "content"} {
		if err := t.fromSource(filepath.Join(root, dir)); err != nil {
			return nil, err
		}
	}
	return t.sorted(), nil
}

func run(dir, root string) error {
	keys, err := extract(root)
	if err != nil {
		return err
	}
	en := map[string]string{}
	for _, k := range keys {
		en[k] = k
	}
	if err := write(filepath.Join(dir, "en.json"), en); err != nil {
		return err
	}
	for _, l := range i18n.Langs[1:] {
		path := filepath.Join(dir, string(l)+".json")
		cat, err := read(path)
		if err != nil {
			return err
		}
		kept, missing := map[string]string{}, 0
		for _, k := range keys {
			if v, ok := cat[k]; ok && v != "" {
				kept[k] = v
			} else {
				missing++
			}
		}
		if err := write(path, kept); err != nil {
			return err
		}
		fmt.Printf("%s: %d of %d strings translated, %d to do, %d no longer used\n", l.Name(), len(kept), len(keys), missing, len(cat)-len(kept))
	}
	return nil
}

func read(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, err
	}
	var cat map[string]string
	if err := json.Unmarshal(b, &cat); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return cat, nil
}

// write saves a catalogue sorted, indented and without HTML escaping, so
// diffs and translators read it easily.
func write(path string, cat map[string]string) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(cat); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

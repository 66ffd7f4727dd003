package server

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"limber/server/precompress"
)

// staticFiles is web/ held in memory, keyed by URL path ("/web/…"). The map
// is the whole allow-list: a path is served only if it is a key, so "..",
// encoded dots and symlink tricks can never reach another file.
type staticFiles map[string]*asset

// loadStatic reads every file under webDir with its fresh .br and .gz
// siblings. Dot files and the siblings themselves are not served as files.
func loadStatic(webDir string) (staticFiles, error) {
	files := staticFiles{}
	err := filepath.WalkDir(webDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if hidden(d.Name()) && path != webDir {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || precompress.IsSibling(path) {
			return nil
		}
		a, err := loadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(webDir, path)
		files["/web/"+filepath.ToSlash(rel)] = a
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", webDir, err)
	}
	return files, nil
}

func hidden(name string) bool { return strings.HasPrefix(name, ".") }

func loadFile(path string) (*asset, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	a := newAsset(contentType(path), raw)
	br := readSibling(fi, path+precompress.BrotliSuffix)
	gz := readSibling(fi, path+precompress.GzipSuffix)
	if br == nil && gz == nil && len(raw) < compressOnLoadMax && precompress.Compressible(path) {
		return a.compressed(precompress.Fast), nil // edited since make build: cheap enough now
	}
	return a.with(br, gz), nil
}

// compressOnLoadMax bounds what is compressed at start-up when make build's
// siblings are missing or stale; app.wasm would take seconds.
const compressOnLoadMax = 1 << 20

// readSibling returns a precompressed sibling only if it is at least as new
// as the file, so an edit after `make build` is never hidden by an old .br.
func readSibling(orig fs.FileInfo, sib string) []byte {
	if _, err := os.Stat(sib); err != nil {
		return nil
	}
	if !precompress.Fresh(orig, sib) {
		log.Printf("ignoring %s: older than %s (run make build)", sib, orig.Name())
		return nil
	}
	b, err := os.ReadFile(sib)
	if err != nil {
		return nil
	}
	return b
}

// version hashes every file's path and content, so it follows the build
// and never the server's start time.
func (f staticFiles) version() string {
	paths := make([]string, 0, len(f))
	for p := range f {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	h := sha256.New()
	for _, p := range paths {
		fmt.Fprintf(h, "%s\x00%s\n", p, f[p].hash)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// ContentVersion is the version of the files under webDir (app.wasm
// included): installed copies update when, and only when, one changes.
func ContentVersion(webDir string) (string, error) {
	files, err := loadStatic(webDir)
	if err != nil {
		return "", err
	}
	return files.version(), nil
}

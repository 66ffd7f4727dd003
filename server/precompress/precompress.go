// Package precompress writes brotli and gzip siblings (file.br, file.gz)
// beside compressible files, so servers (Limber's own, nginx's
// gzip_static/brotli_static) send them without compressing per request. It
// imports nothing from go-app, so its command builds in a moment.
package precompress

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// Suffixes of the siblings, by Content-Encoding.
const (
	BrotliSuffix = ".br"
	GzipSuffix   = ".gz"
)

// Best is the brotli quality for files compressed once at build time;
// Fast is for bodies compressed while a request waits.
const (
	Best = 11
	Fast = 5
)

// compressible lists the types worth compressing; images such as PNG are
// compressed already and only grow.
var compressible = map[string]bool{
	".html": true, ".css": true, ".js": true, ".mjs": true, ".json": true,
	".webmanifest": true, ".svg": true, ".wasm": true, ".xml": true,
	".txt": true, ".map": true, ".ico": true,
}

// Compressible reports whether a file of this name is worth compressing.
func Compressible(name string) bool { return compressible[strings.ToLower(filepath.Ext(name))] }

// IsSibling reports whether name is a compressed sibling, not a file of its own.
func IsSibling(name string) bool {
	return strings.HasSuffix(name, BrotliSuffix) || strings.HasSuffix(name, GzipSuffix)
}

// Brotli compresses b; a 16 MB window lets app.wasm match across its length.
func Brotli(b []byte, quality int) []byte {
	var buf bytes.Buffer
	w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: quality, LGWin: 24})
	w.Write(b) // writes to a bytes.Buffer cannot fail
	w.Close()
	return buf.Bytes()
}

// Gzip compresses b with no name or time in the header, so the output is
// the same on every build.
func Gzip(b []byte, level int) []byte {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, level) // level is one of ours
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// Worth reports whether a compressed body saves enough to be sent instead
// of the original (at least 5%).
func Worth(raw, compressed []byte) bool {
	return len(compressed) > 0 && len(compressed) < len(raw)-len(raw)/20
}

// Fresh reports whether the sibling at sib was written after the file at
// orig changed, so a stale sibling never hides an edit.
func Fresh(orig fs.FileInfo, sib string) bool {
	fi, err := os.Stat(sib)
	return err == nil && !fi.ModTime().Before(orig.ModTime())
}

// Stats says what Dir did.
type Stats struct {
	Written, UpToDate int
}

// Dir writes missing or stale siblings for every compressible file under
// root, several files at a time (app.wasm alone takes most of the time).
func Dir(root string) (Stats, error) {
	files, err := compressibleFiles(root)
	if err != nil {
		return Stats{}, err
	}
	var (
		mu    sync.Mutex
		st    Stats
		first error
		wg    sync.WaitGroup
		jobs  = make(chan string)
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for f := range jobs {
				wrote, err := File(f)
				mu.Lock()
				if err != nil && first == nil {
					first = err
				}
				if wrote {
					st.Written++
				} else if err == nil {
					st.UpToDate++
				}
				mu.Unlock()
			}
		})
	}
	for _, f := range files {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
	return st, first
}

// compressibleFiles lists root's compressible files, largest first so the
// slow one starts at once.
func compressibleFiles(root string) ([]string, error) {
	var files []string
	sizes := map[string]int64{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || IsSibling(path) || !Compressible(path) {
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		files = append(files, path)
		sizes[path] = fi.Size()
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", root, err)
	}
	slices.SortFunc(files, func(a, b string) int { return cmp.Compare(sizes[b], sizes[a]) })
	return files, nil
}

// File writes path.br and path.gz unless both are fresh. A sibling that
// would not save enough is removed instead, so servers send the original.
func File(path string) (bool, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return false, fmt.Errorf("precompressing %s: %w", path, err)
	}
	if upToDate(fi, path) {
		return false, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return false, fmt.Errorf("precompressing %s: %w", path, err)
	}
	var br, gz []byte
	var wg sync.WaitGroup
	wg.Go(func() { br = Brotli(raw, Best) })
	wg.Go(func() { gz = Gzip(raw, gzip.BestCompression) })
	wg.Wait()
	if err := writeSibling(path+BrotliSuffix, raw, br); err != nil {
		return false, err
	}
	return true, writeSibling(path+GzipSuffix, raw, gz)
}

// upToDate: both siblings are fresh, or the file is too small to bother.
// (A file that does not shrink is tried again on each run; that is cheap.)
func upToDate(fi fs.FileInfo, path string) bool {
	if fi.Size() < 256 {
		return true // headers cost more than compression saves
	}
	return Fresh(fi, path+BrotliSuffix) && Fresh(fi, path+GzipSuffix)
}

func writeSibling(name string, raw, compressed []byte) error {
	if !Worth(raw, compressed) {
		if err := os.Remove(name); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("removing %s: %w", name, err)
		}
		return nil
	}
	if err := os.WriteFile(name, compressed, 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}

package server

import (
	"fmt"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"limber/app"
	"limber/server/precompress"
)

// Export writes every page and asset to cfg.Export so that any static host
// serves Limber as-is, at its root or under cfg.BasePath:
//
//   - each route as both path.html and path/index.html (hosts differ in
//     which they serve for /path; with both, none needs a redirect rule),
//     the home page as index.html and the 404 page as 404.html;
//   - web/, go-app's files, the service worker, the manifest, the sitemap,
//     robots.txt and the glue script static-host.js;
//   - .br and .gz siblings of everything compressible, for hosts that
//     serve precompressed files (nginx gzip_static/brotli_static).
func Export(cfg Config) error {
	cfg = cfg.withDefaults()
	if err := prepareDir(cfg.Export); err != nil {
		return err
	}
	s, err := newSite(cfg)
	if err != nil {
		return err
	}
	files, err := s.exportFiles()
	if err != nil {
		return err
	}
	for name, a := range files {
		if err := writeAsset(filepath.Join(cfg.Export, filepath.FromSlash(name)), a); err != nil {
			return err
		}
	}
	// GitHub Pages would otherwise run Jekyll over the folder; Netlify and
	// Cloudflare Pages read the server's headers from _headers.
	extras := map[string]string{".nojekyll": "", "_headers": headersFile(cfg.BasePath)}
	for name, body := range extras {
		if err := os.WriteFile(filepath.Join(cfg.Export, name), []byte(body), 0o644); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	return nil
}

// headersFile gives hosts that read a _headers file the same headers the
// server sends.
func headersFile(base string) string {
	h := http.Header{}
	setSecurityHeaders(h)
	h.Set("Cache-Control", "no-cache")
	var b strings.Builder
	fmt.Fprintf(&b, "%s/*\n", base)
	for _, k := range slices.Sorted(maps.Keys(h)) {
		fmt.Fprintf(&b, "  %s: %s\n", k, h.Get(k))
	}
	return b.String()
}

// prepareDir creates dir, refusing to mix a new export into old files.
func prepareDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if err == nil && len(entries) > 0 {
		return fmt.Errorf("export: %s is not empty; remove it first (make dist does)", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// exportFiles maps each file name in the export to its content.
func (s *site) exportFiles() (map[string]*asset, error) {
	files := map[string]*asset{}
	if err := s.exportPages(files); err != nil {
		return nil, err
	}
	if _, err := s.generatedFile("/app.js"); err != nil {
		return nil, err
	}
	for p, a := range s.generated {
		files[strings.TrimPrefix(p, "/")] = a
	}
	for p, a := range s.static {
		files[strings.TrimPrefix(p, "/")] = a
	}
	compressMissing(s.static)
	return files, nil
}

// exportPages renders (and compresses) every route, a few at a time.
func (s *site) exportPages(files map[string]*asset) error {
	routes := append(app.Paths(), app.NotFoundPath, app.ShellPath)
	var (
		mu    sync.Mutex
		first error
		wg    sync.WaitGroup
		sem   = make(chan struct{}, 4)
	)
	for _, p := range routes {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			a, err := s.page(p)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if first == nil {
					first = err
				}
				return
			}
			for _, name := range pageFiles(p) {
				files[name] = a
			}
		})
	}
	wg.Wait()
	return first
}

// pageFiles names the files a route is written to.
func pageFiles(p string) []string {
	switch p {
	case "/":
		return []string{"index.html"}
	case app.NotFoundPath:
		return []string{"404.html"}
	}
	rel := strings.TrimPrefix(p, "/")
	return []string{rel + ".html", rel + "/index.html"}
}

// compressMissing compresses web/ files that came without siblings (a
// build that skipped the precompress step).
func compressMissing(static staticFiles) {
	var wg sync.WaitGroup
	for p, a := range static {
		if a.br == nil && a.gz == nil && precompress.Compressible(p) {
			wg.Go(func() { a.compressed(precompress.Best) })
		}
	}
	wg.Wait()
}

// writeAsset writes a file and its .br/.gz siblings.
func writeAsset(name string, a *asset) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.WriteFile(name, a.raw, 0o644); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	for suffix, body := range map[string][]byte{precompress.BrotliSuffix: a.br, precompress.GzipSuffix: a.gz} {
		if body == nil {
			continue
		}
		if err := os.WriteFile(name+suffix, body, 0o644); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	return nil
}

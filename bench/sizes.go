package main

import (
	"compress/gzip"
	"fmt"
	"os"

	"limber/server/precompress"
)

// wasmSizes is one app.wasm raw and compressed as the server sends it.
type wasmSizes struct{ Raw, Gzip, Brotli int }

// measureWasm compresses path with the build's settings (gzip -9, brotli
// 11 with a 16 MB window). Fresh siblings from make build are the same
// bytes, so they are read instead of compressed again.
func measureWasm(path string) (wasmSizes, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return wasmSizes{}, err
	}
	if hasNameSection(raw) {
		// make only rebuilds app.wasm when Go files change, so a debug
		// build left in web/ would otherwise be measured as Limber.
		return wasmSizes{}, fmt.Errorf("%s carries debug names (not built with -ldflags=\"-s -w\"): delete it and run make build", path)
	}
	fi, _ := os.Stat(path)
	s := wasmSizes{Raw: len(raw)}
	s.Brotli = siblingSize(fi, path+precompress.BrotliSuffix, func() []byte { return precompress.Brotli(raw, precompress.Best) })
	s.Gzip = siblingSize(fi, path+precompress.GzipSuffix, func() []byte { return precompress.Gzip(raw, gzip.BestCompression) })
	return s, nil
}

func siblingSize(orig os.FileInfo, sib string, compress func() []byte) int {
	if precompress.Fresh(orig, sib) {
		if fi, err := os.Stat(sib); err == nil {
			return int(fi.Size())
		}
	}
	return len(compress())
}

func sizeSection(limber, hello wasmSizes) (section, budget) {
	ratio := float64(limber.Brotli) / float64(hello.Brotli)
	b := budget{
		Name:     "app.wasm brotli vs hello app",
		Measured: fmt.Sprintf("%.2f× (%s vs %s)", ratio, mb(limber.Brotli), mb(hello.Brotli)),
		Limit:    "≤ 1.15×",
		Pass:     ratio <= 1.15,
	}
	if !b.Pass {
		b.Why = fmt.Sprintf("over by %.0f%%: Limber's code and content add %s (brotli) to the %s go-app itself needs", (ratio/1.15-1)*100, mb(limber.Brotli-hello.Brotli), mb(hello.Brotli))
	}
	return section{
		Title: "app.wasm size",
		Note:  "Limber's `web/app.wasm` against a minimal go-app v10.1.11 hello app that the bench builds with the same flags (`GOOS=js GOARCH=wasm -trimpath -ldflags=\"-s -w\"`; the Makefile also turns inlining off in Limber's own packages, which the hello app has none of). Compressed as served: gzip level 9 and brotli quality 11 (16 MB window).",
		Rows: [][]string{
			{"app", "raw", "gzip", "brotli"},
			{"Limber", mb(limber.Raw), mb(limber.Gzip), mb(limber.Brotli)},
			{"hello (reference)", mb(hello.Raw), mb(hello.Gzip), mb(hello.Brotli)},
			{"ratio", fmt.Sprintf("%.2f×", float64(limber.Raw)/float64(hello.Raw)), fmt.Sprintf("%.2f×", float64(limber.Gzip)/float64(hello.Gzip)), fmt.Sprintf("%.2f×", ratio)},
		},
	}, b
}

// mb formats a byte count in MB (10^6) with two decimals, or kB when small.
func mb(n int) string {
	if n < 100_000 {
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%.2f MB", float64(n)/1e6)
}

// hasNameSection reports whether a wasm module has the "name" custom
// section that a build without -s keeps.
func hasNameSection(b []byte) bool {
	if len(b) < 8 {
		return false
	}
	for i := 8; i < len(b); {
		id := b[i]
		size, n := uleb128(b[i+1:])
		if n == 0 {
			return false
		}
		body := i + 1 + n
		if id == 0 {
			nameLen, m := uleb128(b[body:])
			if m > 0 && body+m+int(nameLen) <= len(b) && string(b[body+m:body+m+int(nameLen)]) == "name" {
				return true
			}
		}
		i = body + int(size)
	}
	return false
}

// uleb128 decodes an unsigned LEB128 number and says how many bytes it
// took (0 if b ends first).
func uleb128(b []byte) (uint64, int) {
	var v uint64
	for i, c := range b {
		if i == 10 {
			return 0, 0
		}
		v |= uint64(c&0x7f) << (7 * i)
		if c&0x80 == 0 {
			return v, i + 1
		}
	}
	return 0, 0
}

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
		Note:  "Limber's `web/app.wasm` against a minimal go-app v10.1.11 hello app that the bench builds with the same flags (`GOOS=js GOARCH=wasm -trimpath -ldflags=\"-s -w\"`). Compressed as served: gzip level 9 and brotli quality 11 (16 MB window).",
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

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestHasNameSection tells a debug wasm build from a stripped one, on real
// builds of a tiny program.
func TestHasNameSection(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "main.go")
	if err := os.WriteFile(src, []byte("package main\n\nfunc main() { println(\"hi\") }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	build := func(out string, flags ...string) []byte {
		args := append([]string{"build", "-o", out}, flags...)
		cmd := exec.Command("go", append(args, src)...)
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, b)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if !hasNameSection(build(filepath.Join(dir, "debug.wasm"))) {
		t.Error("a build without -s has no name section?")
	}
	if hasNameSection(build(filepath.Join(dir, "stripped.wasm"), "-ldflags=-s -w")) {
		t.Error("a stripped build still reports a name section")
	}
	if hasNameSection([]byte("\x00asm\x01\x00\x00\x00\x00\xff")) {
		t.Error("a truncated module reports a name section")
	}
}

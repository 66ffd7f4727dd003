package server

import (
	"bytes"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// These tests run the real command, as `make run` does, to check what only
// a process shows: exit codes, messages and signals.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
	buildDir  string
)

// TestMain removes the command built for these tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// limberBinary builds the command once for the test run.
func limberBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "limber-bin-")
		if buildErr != nil {
			return
		}
		binPath = filepath.Join(buildDir, "limber")
		out, err := exec.Command("go", "build", "-o", binPath, "..").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("building the command: %v", buildErr)
	}
	return binPath
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startLimber runs the command on addr and waits until it answers.
func startLimber(t *testing.T, addr, web string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(limberBinary(t), "-addr", addr, "-web", web)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if res, err := http.Get("http://" + addr + "/robots.txt"); err == nil {
			res.Body.Close()
			return cmd, &stderr
		}
	}
	t.Fatalf("limber did not start on %s: %s", addr, stderr.String())
	return nil, nil
}

func TestPortTakenExitsWithClearError(t *testing.T) {
	addr := freeAddr(t)
	web := richWebDir(t)
	startLimber(t, addr, web)

	second := exec.Command(limberBinary(t), "-addr", addr, "-web", web)
	out, err := second.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("second limber on a taken port: %v, want exit code 1", err)
	}
	if !strings.Contains(string(out), "cannot listen on "+addr) || !strings.Contains(string(out), "another server") {
		t.Errorf("second limber said %q, want a clear message about the port", out)
	}
}

func TestSIGTERMLetsDownloadsFinish(t *testing.T) {
	const size = 48 << 20
	addr := freeAddr(t)
	cmd, stderr := startLimber(t, addr, bigWebDir(t, size))

	res, err := http.Get("http://" + addr + "/web/app.wasm")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if _, err := io.ReadFull(res.Body, make([]byte, 1<<20)); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	rest, err := io.Copy(io.Discard, res.Body)
	if err != nil || rest+1<<20 != size {
		t.Errorf("download across SIGTERM: %d of %d bytes, %v", rest+1<<20, size, err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("limber after SIGTERM: %v (%s), want exit code 0", err, stderr)
	}
	if !strings.Contains(stderr.String(), "shutting down") {
		t.Errorf("limber did not say it was shutting down: %s", stderr)
	}
}

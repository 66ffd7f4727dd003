package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// The reference app: the smallest go-app v10.1.11 program that works
// offline (local icons, since go-app's defaults point at GitHub). Like
// Limber, its server half has a !wasm build tag, so app.wasm holds only
// the client; it is built with the same flags as Limber's app.wasm.
const helloGoMod = `module hello

go 1.26

require github.com/maxence-charriere/go-app/v10 v10.1.11
`

const helloMain = `package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type hello struct{ app.Compo }

func (h *hello) Render() app.UI { return app.H1().Text("Hello, world!") }

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	serve()
}
`

const helloServer = `//go:build !wasm

package main

import (
	"log"
	"net/http"
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func serve() {
	http.Handle("/", &app.Handler{
		Name:        "Hello",
		Description: "A minimal go-app app",
		Icon:        app.Icon{Default: "/web/icon.png", SVG: "/web/icon.svg"},
	})
	log.Fatal(http.ListenAndServe(os.Getenv("HELLO_ADDR"), nil))
}
`

const helloWasm = `//go:build wasm

package main

func serve() {}
`

const helloSVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#1f6f78"/></svg>`

// helloApp is the built reference app and, once started, its server.
type helloApp struct {
	dir  string
	URL  string
	cmd  *exec.Cmd
	Wasm string // path of its app.wasm
}

// buildHello writes the hello app into a temp dir and builds its wasm and
// its server. The module cache already holds go-app (Limber needs it).
func buildHello() (*helloApp, error) {
	dir, err := os.MkdirTemp("", "limber-bench-hello-")
	if err != nil {
		return nil, err
	}
	h := &helloApp{dir: dir, Wasm: filepath.Join(dir, "web", "app.wasm")}
	if err := h.writeSource(); err != nil {
		h.Close()
		return nil, err
	}
	if err := h.goBuild([]string{"GOOS=js", "GOARCH=wasm"}, "-trimpath", `-ldflags=-s -w`, "-o", h.Wasm, "."); err != nil {
		h.Close()
		return nil, fmt.Errorf("building hello's wasm: %w", err)
	}
	if err := h.goBuild(nil, "-o", filepath.Join(dir, "hello"), "."); err != nil {
		h.Close()
		return nil, fmt.Errorf("building hello's server: %w", err)
	}
	return h, nil
}

func (h *helloApp) writeSource() error {
	icon, err := helloIcon()
	if err != nil {
		return err
	}
	files := map[string][]byte{
		"go.mod":       []byte(helloGoMod),
		"main.go":      []byte(helloMain),
		"server.go":    []byte(helloServer),
		"wasm.go":      []byte(helloWasm),
		"web/icon.png": icon,
		"web/icon.svg": []byte(helloSVG),
	}
	for name, b := range files {
		p := filepath.Join(h.dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return fmt.Errorf("writing hello's %s: %w", name, err)
		}
	}
	return nil
}

// helloIcon is a plain 192×192 PNG.
func helloIcon() ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, 192, 192))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	img.Set(96, 96, color.Black)
	var buf bytes.Buffer
	err := png.Encode(&buf, img)
	return buf.Bytes(), err
}

// goBuild runs go build in the hello dir; -mod=mod lets it write go.sum
// from the module cache.
func (h *helloApp) goBuild(env []string, args ...string) error {
	cmd := exec.Command("go", append([]string{"build"}, args...)...)
	cmd.Dir = h.dir
	cmd.Env = append(append(os.Environ(), "GOFLAGS=-mod=mod"), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%v: %s", err, out)
	}
	return nil
}

// start runs hello's server on a loopback port (go-app serves web/ from
// the working directory).
func (h *helloApp) start() error {
	addr, err := freeLoopbackAddr()
	if err != nil {
		return err
	}
	h.cmd = exec.Command(filepath.Join(h.dir, "hello"))
	h.cmd.Dir = h.dir
	h.cmd.Env = append(os.Environ(), "HELLO_ADDR="+addr)
	if err := h.cmd.Start(); err != nil {
		return fmt.Errorf("starting hello: %w", err)
	}
	h.URL = "http://" + addr
	return waitHTTP(h.URL + "/")
}

func (h *helloApp) Close() {
	if h.cmd != nil && h.cmd.Process != nil {
		h.cmd.Process.Kill()
		h.cmd.Wait()
	}
	os.RemoveAll(h.dir)
}

func freeLoopbackAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// waitHTTP polls url until it answers.
func waitHTTP(url string) error {
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if res, err := http.Get(url); err == nil {
			res.Body.Close()
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("%s did not answer within 15 s", url)
}

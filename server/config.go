// Package server is Limber's tiny static host and static exporter. It is
// only built natively (main_server.go has a !wasm tag), so none of it ships
// in app.wasm.
package server

import (
	"net"
	"os"
	"strings"
	"time"
)

// Config is what the command line sets.
type Config struct {
	Addr     string // listen address; default localhost:8000 or :$PORT
	Domain   string // public host for canonical links; default the Addr host
	WebDir   string // folder with app.wasm and static assets
	Export   string // when set, write a static export here and exit
	BasePath string // URL prefix for the export, e.g. /limber

	// ReadHeaderTimeout cuts off clients that send headers too slowly
	// (slowloris); default 5 s. Tests shorten it.
	ReadHeaderTimeout time.Duration
	// ShutdownTimeout is how long requests in flight (a slow app.wasm
	// download) may take to finish after SIGINT or SIGTERM; default 30 s.
	ShutdownTimeout time.Duration
}

const defaultAddr = "localhost:8000"

// withDefaults fills unset fields; PORT is honoured for hosts that set it.
func (c Config) withDefaults() Config {
	if c.Addr == "" {
		c.Addr = defaultAddr
		if port := os.Getenv("PORT"); port != "" {
			c.Addr = ":" + port
		}
	}
	if c.WebDir == "" {
		c.WebDir = "web"
	}
	if c.Domain == "" {
		c.Domain = c.Addr
		if host, port, err := net.SplitHostPort(c.Addr); err == nil {
			if host == "" {
				host = "localhost"
			}
			c.Domain = net.JoinHostPort(host, port)
		}
	}
	c.BasePath = cleanBase(c.BasePath)
	if c.ReadHeaderTimeout <= 0 {
		c.ReadHeaderTimeout = 5 * time.Second
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = 30 * time.Second
	}
	return c
}

// cleanBase turns "limber", "/limber/" or "/" into "/limber" or "".
func cleanBase(b string) string {
	b = strings.Trim(strings.TrimSpace(b), "/")
	if b == "" {
		return ""
	}
	return "/" + b
}

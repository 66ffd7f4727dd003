//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"os"

	"limber/app"
	"limber/server"
)

func runServer() {
	cfg := server.Config{}
	flag.StringVar(&cfg.Addr, "addr", "", "address to listen on (default localhost:8000, or :$PORT when PORT is set)")
	flag.StringVar(&cfg.Domain, "domain", "", "public host name used in canonical links and previews (default: the -addr host)")
	flag.StringVar(&cfg.WebDir, "web", "web", "folder with app.wasm and static assets")
	flag.StringVar(&cfg.Export, "export", "", "write a static export to this folder instead of serving")
	flag.StringVar(&cfg.BasePath, "base", "", "URL prefix for the static export, e.g. /limber")
	flag.Parse()
	if err := server.Run(cfg); err != nil {
		fmt.Fprintln(os.Stderr, "limber:", err)
		os.Exit(1)
	}
}

// registerRoutes declares every route for prerendering.
func registerRoutes() { app.Register() }

// yieldToBrowser has nothing to yield to on the server.
func yieldToBrowser() {}

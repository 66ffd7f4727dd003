package server

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Run serves Limber (or writes the static export) until SIGINT or SIGTERM.
func Run(cfg Config) error {
	cfg = cfg.withDefaults()
	if cfg.Export != "" {
		return Export(cfg)
	}
	h, err := NewHandler(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s (is another server using the port? try -addr or PORT): %w", cfg.Addr, err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log.Printf("Limber is serving on http://%s", ln.Addr())
	return Serve(ctx, ln, h, cfg)
}

// Serve answers on ln until ctx ends, then stops accepting and lets the
// requests in flight finish (up to cfg.ShutdownTimeout).
func Serve(ctx context.Context, ln net.Listener, h http.Handler, cfg Config) error {
	cfg = cfg.withDefaults()
	srv := newHTTPServer(h, cfg)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving: %w", err)
	case <-ctx.Done():
	}
	log.Print("shutting down: letting requests in flight finish")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutting down: %w", err)
	}
	return nil
}

// NewHandler builds the full HTTP handler for cfg.
func NewHandler(cfg Config) (http.Handler, error) {
	return newSite(cfg)
}

// newHTTPServer sets timeouts so slow or stuck clients cannot hold the
// server: headers must arrive within ReadHeaderTimeout, and WriteTimeout
// is generous because app.wasm is several megabytes before compression.
// Past maxHeaderBytes, admit answers 431 itself, with the security headers.
func newHTTPServer(h http.Handler, cfg Config) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: cfg.ReadHeaderTimeout,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    4 * maxHeaderBytes, // admit answers past maxHeaderBytes
		// OPTIONS * reaches the handler (405 with the security headers)
		// instead of Go's own bare answer.
		DisableGeneralOptionsHandler: true,
	}
}

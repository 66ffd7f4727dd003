package main

import (
	"net"
	"net/http"
	"time"

	"limber/server"
)

type testServer struct {
	URL string
	srv *http.Server
}

func (s *testServer) Close() { s.srv.Close() }

// startServer serves webDir on a loopback port, as `make run` does.
func startServer(webDir string) (*testServer, error) {
	h, err := server.NewHandler(server.Config{WebDir: webDir, Addr: "127.0.0.1:0"})
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	return &testServer{URL: "http://" + ln.Addr().String(), srv: srv}, nil
}

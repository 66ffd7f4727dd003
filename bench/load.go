package main

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Load is generated with wrk on loopback only, bounded in connections and
// time: 256 connections for 20 s against each server and URL.
const (
	loadConnections = 256
	loadDuration    = 20 * time.Second
)

// ensurePackages installs Debian packages the bench needs (nginx with the
// brotli_static module, wrk) when they are missing and we are root.
func ensurePackages() error {
	missing := []string{}
	for bin, pkg := range map[string]string{"/usr/sbin/nginx": "nginx", "/usr/bin/wrk": "wrk"} {
		if _, err := os.Stat(bin); err != nil {
			missing = append(missing, pkg)
		}
	}
	if _, err := os.Stat(brotliModule); err != nil {
		missing = append(missing, "libnginx-mod-http-brotli-static")
	}
	if len(missing) == 0 {
		return nil
	}
	if os.Geteuid() != 0 {
		return fmt.Errorf("missing %s; install with: sudo apt-get install %s", strings.Join(missing, ", "), strings.Join(missing, " "))
	}
	fmt.Fprintln(os.Stderr, "bench: installing", strings.Join(missing, " "))
	if out, err := exec.Command("apt-get", "update", "-qq").CombinedOutput(); err != nil {
		return fmt.Errorf("apt-get update: %v: %s", err, tail(out, 400))
	}
	cmd := exec.Command("apt-get", append([]string{"install", "-y", "-qq"}, missing...)...)
	cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("apt-get install: %v: %s", err, tail(out, 400))
	}
	return nil
}

const brotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"

// nginxConf serves the static export like a tuned static host:
// precompressed siblings, sendfile, long keep-alive, no access log.
const nginxConf = `daemon off;
worker_processes auto;
pid {{tmp}}/nginx.pid;
error_log {{tmp}}/error.log warn;
{{brotli}}
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  types { application/wasm wasm; application/manifest+json webmanifest; }
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_requests 1000000;
  client_body_temp_path {{tmp}}/body;
  proxy_temp_path {{tmp}}/proxy;
  fastcgi_temp_path {{tmp}}/fastcgi;
  uwsgi_temp_path {{tmp}}/uwsgi;
  scgi_temp_path {{tmp}}/scgi;
  gzip_static on;
  {{brotli_static}}
  server {
    listen {{addr}};
    root {{root}};
    add_header Cache-Control no-cache;
    location / { try_files $uri $uri.html $uri/ =404; }
  }
}
`

// nginxServer runs nginx (as a child process) on a loopback port.
type nginxServer struct {
	URL    string
	Brotli bool
	cmd    *exec.Cmd
	tmp    string
}

func startNginx(root string) (*nginxServer, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(abs, "index.html")); err != nil {
		return nil, fmt.Errorf("no static export in %s (run make dist)", root)
	}
	addr, err := freeLoopbackAddr()
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "limber-bench-nginx-")
	if err != nil {
		return nil, err
	}
	n := &nginxServer{URL: "http://" + addr, tmp: tmp}
	_, statErr := os.Stat(brotliModule)
	n.Brotli = statErr == nil
	r := strings.NewReplacer("{{tmp}}", tmp, "{{addr}}", addr, "{{root}}", abs,
		"{{brotli}}", ifThen(n.Brotli, "load_module "+brotliModule+";"),
		"{{brotli_static}}", ifThen(n.Brotli, "brotli_static on;"))
	conf := filepath.Join(tmp, "nginx.conf")
	if err := os.WriteFile(conf, []byte(r.Replace(nginxConf)), 0o644); err != nil {
		return nil, err
	}
	n.cmd = exec.Command("nginx", "-c", conf, "-e", filepath.Join(tmp, "error.log"))
	if err := n.cmd.Start(); err != nil {
		n.Close()
		return nil, fmt.Errorf("starting nginx: %w", err)
	}
	if err := waitHTTP(n.URL + "/"); err != nil {
		log, _ := os.ReadFile(filepath.Join(tmp, "error.log"))
		n.Close()
		return nil, fmt.Errorf("%w: %s", err, log)
	}
	return n, nil
}

func ifThen(ok bool, s string) string {
	if ok {
		return s
	}
	return ""
}

func (n *nginxServer) Close() {
	if n.cmd != nil && n.cmd.Process != nil {
		n.cmd.Process.Signal(os.Interrupt) // nginx's fast shutdown, workers included
		done := make(chan struct{})
		go func() { n.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			n.cmd.Process.Kill()
			<-done
		}
	}
	os.RemoveAll(n.tmp)
}

// limberProcess runs the real server binary, as in production.
type limberProcess struct {
	URL string
	cmd *exec.Cmd
}

func startLimberBinary(bin, webDir string) (*limberProcess, error) {
	addr, err := freeLoopbackAddr()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "-addr", addr, "-web", webDir)
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", bin, err)
	}
	p := &limberProcess{URL: "http://" + addr, cmd: cmd}
	if err := waitHTTP(p.URL + "/robots.txt"); err != nil {
		p.Close()
		return nil, err
	}
	return p, nil
}

func (p *limberProcess) Close() {
	p.cmd.Process.Signal(os.Interrupt)
	p.cmd.Wait()
}

// loadResult is one wrk run.
type loadResult struct {
	RPS      float64
	P99      time.Duration
	Requests int
	Errors   int // socket errors (connect, read, write, timeout) plus non-2xx/3xx
	Encoding string
}

var (
	rpsRE    = regexp.MustCompile(`Requests/sec:\s+([\d.]+)`)
	p99RE    = regexp.MustCompile(`\s99%\s+([\d.]+)(us|ms|s)\b`)
	totalRE  = regexp.MustCompile(`(\d+) requests in`)
	socketRE = regexp.MustCompile(`Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)`)
	non2xxRE = regexp.MustCompile(`Non-2xx or 3xx responses: (\d+)`)
)

// wrk loads url and parses wrk's summary.
func wrk(url string) (loadResult, error) {
	enc, err := servedEncoding(url)
	if err != nil {
		return loadResult{}, err
	}
	out, err := exec.Command("wrk", "-t2", fmt.Sprintf("-c%d", loadConnections), fmt.Sprintf("-d%ds", int(loadDuration.Seconds())),
		"--latency", "--timeout", "5s", "-H", "Accept-Encoding: br, gzip", url).CombinedOutput()
	if err != nil {
		return loadResult{}, fmt.Errorf("wrk %s: %v: %s", url, err, tail(out, 400))
	}
	return parseWrk(string(out), enc)
}

func parseWrk(out, enc string) (loadResult, error) {
	r := loadResult{Encoding: enc}
	m := rpsRE.FindStringSubmatch(out)
	p := p99RE.FindStringSubmatch(out)
	t := totalRE.FindStringSubmatch(out)
	if m == nil || p == nil || t == nil {
		return r, fmt.Errorf("unreadable wrk output: %s", tail([]byte(out), 400))
	}
	r.RPS, _ = strconv.ParseFloat(m[1], 64)
	r.Requests, _ = strconv.Atoi(t[1])
	v, _ := strconv.ParseFloat(p[1], 64)
	unit := map[string]time.Duration{"us": time.Microsecond, "ms": time.Millisecond, "s": time.Second}[p[2]]
	r.P99 = time.Duration(v * float64(unit))
	if s := socketRE.FindStringSubmatch(out); s != nil {
		for _, n := range s[1:] {
			k, _ := strconv.Atoi(n)
			r.Errors += k
		}
	}
	if s := non2xxRE.FindStringSubmatch(out); s != nil {
		k, _ := strconv.Atoi(s[1])
		r.Errors += k
	}
	return r, nil
}

// servedEncoding checks what the server sends for the load's headers, so
// the table shows both servers sent the same bytes.
func servedEncoding(url string) (string, error) {
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("Accept-Encoding", "br, gzip")
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		return "", err
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return "", fmt.Errorf("%s: status %d", url, res.StatusCode)
	}
	if e := res.Header.Get("Content-Encoding"); e != "" {
		return e, nil
	}
	return "identity", nil
}

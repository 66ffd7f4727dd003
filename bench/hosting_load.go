package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

func loadBench() (section, []budget) {
	budgets := []budget{
		{Name: "server vs nginx, home page", Limit: "≥ nginx req/s, 0 errors"},
		{Name: "server vs nginx, app.wasm", Limit: "≥ nginx req/s, 0 errors"},
	}
	s, err := measureLoad(budgets)
	if err != nil {
		for i := range budgets {
			budgets[i] = unmeasured(budgets[i].Name, budgets[i].Limit, err)
		}
		return failed("Server under load", err), budgets
	}
	return s, budgets
}

func measureLoad(budgets []budget) (section, error) {
	if err := ensurePackages(); err != nil {
		return section{}, err
	}
	ngx, err := startNginx("dist")
	if err != nil {
		return section{}, err
	}
	defer ngx.Close()
	lim, err := startLimberBinary("bin/limber", "web")
	if err != nil {
		return section{}, err
	}
	defer lim.Close()

	rows := [][]string{{"server", "URL", "encoding", "req/s", "p99 latency", "requests", "errors"}}
	for i, path := range []string{"/", "/web/app.wasm"} {
		var res [2]loadResult
		for j, base := range []string{lim.URL, ngx.URL} {
			progress("wrk %d connections for %s: %s%s", loadConnections, loadDuration, base, path)
			if res[j], err = wrk(base + path); err != nil {
				return section{}, err
			}
		}
		for j, name := range []string{"Limber (bin/limber)", "nginx 1.22 (dist/)"} {
			r := res[j]
			rows = append(rows, []string{name, "`" + path + "`", r.Encoding, fmt.Sprintf("%.0f", r.RPS), r.P99.Round(10 * time.Microsecond).String(), fmt.Sprint(r.Requests), fmt.Sprint(r.Errors)})
		}
		ratio := res[0].RPS / res[1].RPS
		budgets[i].Measured = fmt.Sprintf("%.2f× nginx (%.0f vs %.0f req/s), %d errors", ratio, res[0].RPS, res[1].RPS, res[0].Errors)
		budgets[i].Pass = ratio >= 1 && res[0].Errors == 0
		if !budgets[i].Pass {
			budgets[i].Why = loadWhy(ratio, res[0].Errors)
		}
	}
	return section{
		Title: "Server under load",
		Note: fmt.Sprintf("wrk with 2 threads and %d connections for %s per row, `Accept-Encoding: br, gzip`, loopback only. Limber is `bin/limber` serving `web/`; nginx serves `make dist`'s export with gzip_static%s, sendfile and no access log. All three processes share this machine's %d cores.",
			loadConnections, loadDuration, ifThen(ngx.Brotli, " and brotli_static"), cores()),
		Rows: rows,
	}, nil
}

func loadWhy(ratio float64, errors int) string {
	var why []string
	if ratio < 1 {
		why = append(why, fmt.Sprintf("%.0f%% fewer requests per second than nginx", (1-ratio)*100))
	}
	if errors > 0 {
		why = append(why, fmt.Sprintf("%d errors", errors))
	}
	return strings.Join(why, "; ")
}

func cores() int {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return 0
	}
	return strings.Count(string(b), "processor\t:")
}

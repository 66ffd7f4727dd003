# Limber: `make run` builds and serves on http://localhost:8000,
# `make test` runs everything (vet, unit tests, fuzz smoke, browser tests).

GO        ?= go
ADDR      ?= localhost:8000
CHROMIUM  ?= /usr/bin/chromium
# The browser tests, bench and screenshot tool read it too.
export CHROMIUM
BIN       := bin/limber
WASM      := web/app.wasm
BASE      ?=
DOMAIN    ?=
AXE_VERSION := 4.11.4
AXE       := .cache/axe/node_modules/axe-core/axe.min.js
GOFILES   := $(shell find . -name '*.go' -not -path './dist/*' -not -path './bin/*' -not -path './.cache/*')
WEBFILES  := $(shell find web -type f -not -name 'app.wasm*' -not -name '*.br' -not -name '*.gz')

.PHONY: run build test unit browser vet bench dist chromium axe clean illustrations previews catalogue

run: build
	./$(BIN) -addr $(ADDR)

build: $(WASM) $(BIN) $(WASM).br

# The client: only code without the !wasm tag ends up here. Inlining is
# off in Limber's own packages: UI code gains nothing measurable from it
# and app.wasm's brotli size drops by about 45 KB (docs/BENCHMARKS.md).
# Every handler made by a shared helper carries an EventScope, so go-app
# never mistakes one for another (docs/ARCHITECTURE.md, habits that bite).
$(WASM): $(GOFILES) go.mod go.sum
	GOOS=js GOARCH=wasm $(GO) build -trimpath -gcflags=limber/...=-l -ldflags="-s -w" -o $(WASM) .

$(BIN): $(GOFILES) go.mod go.sum
	$(GO) build -trimpath -o $(BIN) .

# Brotli and gzip siblings (file.br, file.gz) of every compressible file in
# web/, app.wasm included, for the server and static hosts to send as-is.
# Only new or changed files are compressed (app.wasm takes ~20 s).
$(WASM).br: $(WASM) $(WEBFILES)
	$(GO) run ./server/cmd/precompress web
	@touch $@

# A static export for any static host: `make dist`, or under a sub-path
# `make dist BASE=/limber` (DOMAIN=example.org sets canonical links).
dist: build
	rm -rf dist
	./$(BIN) -export dist -base "$(BASE)" $(if $(DOMAIN),-domain $(DOMAIN))
	@echo "dist/ is ready for any static host$(if $(BASE), under $(BASE)/)."

# Sizes, first visit, time to interactive, Lighthouse, server vs nginx and
# the timer benchmarks, written to docs/BENCHMARKS.md. Needs root for the
# Debian packages (nginx, wrk) on first run; not part of `make test`.
bench: dist chromium
	$(GO) run ./bench

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet . ./app/...

# The fuzz runs count executions, not seconds: a time limit is a context
# deadline, and on a loaded 2-core machine Go's fuzzer sometimes reports it
# as a failure ("context deadline exceeded") while stopping its workers.
unit:
	$(GO) test ./content/... ./app/... ./server/... ./bench/ ./tools/...
	$(GO) test -run '^$$' -fuzz FuzzDecode -fuzztime 200000x -fuzzminimizetime 2s ./app/routinelink/
	$(GO) test -run '^$$' -fuzz FuzzLoad -fuzztime 100000x -fuzzminimizetime 2s ./app/store/

browser: build chromium axe
	$(GO) test -count=1 -timeout 14m ./e2e/

test: vet unit browser

# axe-core (pinned) checks every page for WCAG 2.2 AA in e2e/a11y_test.go;
# npm installs it once into the git-ignored .cache/axe.
axe:
	@if [ -f "$(AXE)" ]; then exit 0; fi; \
	if ! command -v npm >/dev/null 2>&1; then \
		echo "The accessibility tests need axe-core from npm, and npm is missing."; \
		echo "Install it with: sudo apt-get install npm   (then run make test again)"; \
		exit 1; \
	fi; \
	echo "Installing axe-core $(AXE_VERSION) into .cache/axe for the accessibility tests…"; \
	npm install --prefix .cache/axe axe-core@$(AXE_VERSION) --no-save --no-audit --no-fund >/dev/null && test -f "$(AXE)"

# Debian's chromium drives the browser tests; install it when we can.
chromium:
	@if [ -x "$(CHROMIUM)" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's chromium for the browser tests…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "The browser tests need Debian's chromium at $(CHROMIUM)."; \
		echo "Install it with: sudo apt-get install chromium   (then run make test again)"; \
		exit 1; \
	fi

clean:
	rm -rf bin dist $(WASM)
	find web -type f \( -name '*.br' -o -name '*.gz' \) -delete

# Link-preview cards (committed): needs rsvg-convert from librsvg2-bin.
# The exercise drawings (web/illustrations/*.svg) and docs/figures'
# contact sheet, from the figure model in app/figure; then the link
# previews, which embed them.
illustrations:
	$(GO) run ./tools/illustrations
	$(GO) run ./tools/previews

previews:
	$(GO) run ./tools/previews

# The translation source web/i18n/en.json, from the app's English text;
# it also drops keys no longer used from es.json and de.json and counts
# what is left to translate (docs/TRANSLATING.md).
catalogue:
	$(GO) run ./tools/catalogue

# Phone-size screenshots of the main screens, from a running server.
screenshots:
	$(GO) run ./tools/screenshots -url http://$(ADDR)

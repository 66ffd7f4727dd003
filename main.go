// Command limber is Limber's entry point: in the browser it starts the go-app
// client; natively it is the tiny static server and the static exporter.
package main

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

func main() {
	registerRoutes()
	// Starting Go and rendering the first page are each a long task on a
	// phone's CPU; letting the browser in between keeps the page responsive
	// (Lighthouse's Total Blocking Time, docs/BENCHMARKS.md).
	yieldToBrowser()
	goapp.RunWhenOnBrowser()
	runServer()
}

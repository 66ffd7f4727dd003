// Command limber is Limber's entry point: in the browser it starts the go-app
// client; natively it is the tiny static server and the static exporter.
package main

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app"
)

func main() {
	app.Register()
	goapp.RunWhenOnBrowser()
	runServer()
}

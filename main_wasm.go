//go:build wasm

package main

// runServer is never reached in the browser (RunWhenOnBrowser blocks); this
// stub keeps the server package and its dependencies out of app.wasm.
func runServer() {}

// Package browser wraps the browser APIs Limber uses beyond the DOM: the
// screen wake lock, JS events and promises, and persistent storage. Each
// wrapper turns a refusal or a JS exception into a result the caller
// handles, so none reaches Go as a panic. Nothing here knows Limber's pages.
package browser

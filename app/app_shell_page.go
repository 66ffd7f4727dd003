package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/view"
)

// ShellPath is the neutral page the service worker answers with when a
// page it has not cached is opened offline: the app frame with an empty
// main, which the client fills with the requested route as soon as it
// starts. Precaching this one page instead of all sixty keeps the first
// visit light, and an offline deep link never flashes another page first.
const ShellPath = "/app-shell"

// AppShellPage is the frame every page shares, without a page in it.
type AppShellPage struct{ goapp.Compo }

// OnNav only runs when someone opens the shell's own address (as a
// fallback the worker serves it under the requested address, which the
// client routes to its real page): there is nothing here, so go home.
func (p *AppShellPage) OnNav(ctx goapp.Context) {
	ctx.Defer(func(ctx goapp.Context) { ctx.Navigate(i18n.Path("/")) })
}

func (p *AppShellPage) Render() goapp.UI {
	return shell(view.TabNone, view.Opening())
}

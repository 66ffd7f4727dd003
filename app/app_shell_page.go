package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// ShellPath is the neutral page the service worker answers with when a
// page it has not cached is opened offline: the app frame with an empty
// main, which the client fills with the requested route as soon as it
// starts. Precaching this one page instead of all sixty keeps the first
// visit light, and an offline deep link never flashes another page first.
const ShellPath = "/app-shell"

// AppShellPage is the frame every page shares, without a page in it.
type AppShellPage struct{ goapp.Compo }

var appShellMeta = pageMeta{
	Title:       "Opening",
	Description: "Limber is opening the page you asked for.",
}

func (p *AppShellPage) OnPreRender(ctx goapp.Context) { applyMeta(ctx, appShellMeta) }

func (p *AppShellPage) Render() goapp.UI {
	return shell(tabNone,
		elemText("p", "shell-opening", "Opening…").Attr("role", "status"),
	)
}

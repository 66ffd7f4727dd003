package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/app/view"
)

// InstallPrompt offers to install Limber: the browser's own prompt where it
// has one, Add-to-Home-Screen steps on iPhone and iPad (go-app reports Apple
// browsers as installable but their prompt call fails), and nothing when
// Limber already runs installed.
type InstallPrompt struct {
	goapp.Compo

	installable bool
	apple       bool
	standalone  bool
	showSteps   bool
}

func (p *InstallPrompt) OnMount(ctx goapp.Context) { p.refresh(ctx) }

func (p *InstallPrompt) OnAppInstallChange(ctx goapp.Context) { p.refresh(ctx) }

func (p *InstallPrompt) refresh(ctx goapp.Context) {
	p.standalone = runningStandalone()
	p.apple = ctx.IsAppleBrowser()
	p.installable = ctx.IsAppInstallable()
}

func runningStandalone() bool {
	w := goapp.Window()
	if w.Get("navigator").Get("standalone").Truthy() {
		return true
	}
	mm := w.Get("matchMedia")
	if !mm.Truthy() {
		return false
	}
	return w.Call("matchMedia", "(display-mode: standalone)").Get("matches").Bool()
}

func (p *InstallPrompt) Render() goapp.UI {
	if p.standalone || !p.installable {
		return view.El("div", "install-slot")
	}
	if p.apple {
		return view.El("section", "install-card card",
			boldLead(i18n.T("{lead} add it to your Home Screen."), i18n.T("Use Limber offline:")),
			view.ElemText("button", "button small", "Show me how").Attr("type", "button").Aria("expanded", boolString(p.showSteps)).OnClick(func(ctx goapp.Context, e goapp.Event) { p.showSteps = !p.showSteps }),
			goapp.If(p.showSteps, func() goapp.UI {
				return view.El("ol", "numbered",
					view.ElText("li", "", "Tap the Share button in Safari's toolbar (a square with an arrow)."),
					view.ElText("li", "", "Scroll down and tap \"Add to Home Screen\"."),
					view.ElText("li", "", "Tap \"Add\". Limber now opens from its own icon, with or without signal."),
				)
			}),
		)
	}
	return view.El("section", "install-card card",
		boldLead(i18n.T("{lead} to open it from your home screen, even with no signal."), i18n.T("Install Limber")),
		view.ElemText("button", "button primary small", "Install").ID("install-button").Attr("type", "button").OnClick(func(ctx goapp.Context, e goapp.Event) { ctx.ShowAppInstallPrompt() }),
	)
}

// boldLead is a paragraph whose sentence has a phrase in bold: sentence
// holds {lead} where lead goes, so a translation can place it. The spaces
// after the phrase go inside the bold, as the English was first written.
func boldLead(sentence, lead string) goapp.UI {
	before, after, _ := strings.Cut(sentence, "{lead}")
	rest := strings.TrimLeft(after, " ")
	lead += after[:len(after)-len(rest)]
	body := make([]goapp.UI, 0, 3)
	if before != "" {
		body = append(body, goapp.Text(before))
	}
	body = append(body, view.ElText("strong", "", lead))
	if rest != "" {
		body = append(body, goapp.Text(rest))
	}
	return view.El("p", "", body...)
}

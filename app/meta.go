package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageMeta is what every page tells the browser and link previews about itself.
type pageMeta struct {
	Title       string // without the " · Limber" suffix
	Description string
	Path        string // canonical path, e.g. /exercises/cat-cow
	Image       string // preview image path; defaults to the app's card
	ImageAlt    string
}

const defaultPreviewImage = "/web/icons/og-default.png"

// applyMeta sets title, description, canonical link and preview tags. It is
// called from OnPreRender (server HTML) and OnNav (client navigation) so both
// agree.
func applyMeta(ctx goapp.Context, m pageMeta) {
	title := "Limber"
	if m.Title != "" {
		title = m.Title + " · Limber"
	}
	image := m.Image
	if image == "" {
		image = defaultPreviewImage
	}
	alt := m.ImageAlt
	if alt == "" {
		alt = "Limber: stretch guide and timer for tight hamstrings and a stiff lower back"
	}
	p := ctx.Page()
	p.SetTitle("%s", title)
	p.SetDescription("%s", m.Description)
	p.SetImage(image)
	if m.Path != "" {
		p.SetCanonicalLink("%s", m.Path)
	}
	p.SetTwitterCard(goapp.TwitterCard{
		Card:        "summary_large_image",
		Title:       title,
		Description: m.Description,
		Image:       image,
		ImageAlt:    alt,
	})
}

// routePath is the page's path without the deployment prefix (a static
// export under /limber), so pages read the same slugs wherever they run.
func routePath(ctx goapp.Context) string {
	return withoutRootPrefix(ctx.Page().URL().Path)
}

// withoutRootPrefix strips a static export's base path from p.
func withoutRootPrefix(p string) string {
	prefix := strings.TrimRight(goapp.Getenv("GOAPP_ROOT_PREFIX"), "/")
	switch {
	case prefix == "":
		return p
	case p == prefix:
		return "/" // the export's home, /limber
	case strings.HasPrefix(p, prefix+"/"):
		return strings.TrimPrefix(p, prefix)
	}
	return p
}

// pageOrigin is the scheme, host and base path Limber is served under,
// for links that leave the page (share links, QR codes): under a static
// export's sub-path they must carry it.
func pageOrigin() string {
	return goapp.Window().Get("location").Get("origin").String() + strings.TrimRight(goapp.Getenv("GOAPP_ROOT_PREFIX"), "/")
}

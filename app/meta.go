package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
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
		title = i18n.T(m.Title) + " · Limber"
	}
	description := i18n.T(m.Description)
	image := m.Image
	if image == "" {
		image = defaultPreviewImage
	}
	alt := m.ImageAlt
	if alt == "" {
		alt = i18n.T("Limber: stretch guide and timer for tight hamstrings and a stiff lower back")
	}
	alt = i18n.T(alt)
	p := ctx.Page()
	p.SetTitle("%s", title)
	p.SetDescription("%s", description)
	p.SetImage(image)
	if m.Path != "" {
		p.SetCanonicalLink("%s", i18n.Path(m.Path))
	}
	p.SetTwitterCard(goapp.TwitterCard{
		Card:        "summary_large_image",
		Title:       title,
		Description: description,
		Image:       image,
		ImageAlt:    alt,
	})
}

// routePath is the page's path without the deployment prefix (a static
// export under /limber) or its language (/es), so pages read the same
// slugs wherever they run and in every language.
func routePath(ctx goapp.Context) string {
	_, p := i18n.Split(withoutRootPrefix(ctx.Page().URL().Path))
	return p
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

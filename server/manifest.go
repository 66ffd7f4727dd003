package server

import "limber/app/i18n"

// manifest is Limber's web app manifest. go-app generates a minimal one;
// Limber serves its own with an id, shortcuts, screenshots and categories.
type manifest struct {
	ID              string             `json:"id"`
	Name            string             `json:"name"`
	ShortName       string             `json:"short_name"`
	Description     string             `json:"description"`
	StartURL        string             `json:"start_url"`
	Scope           string             `json:"scope"`
	Display         string             `json:"display"`
	Orientation     string             `json:"orientation"`
	BackgroundColor string             `json:"background_color"`
	ThemeColor      string             `json:"theme_color"`
	Lang            string             `json:"lang"`
	Categories      []string           `json:"categories"`
	Icons           []manifestImage    `json:"icons"`
	Screenshots     []manifestImage    `json:"screenshots"`
	Shortcuts       []manifestShortcut `json:"shortcuts"`
}

type manifestImage struct {
	Src        string `json:"src"`
	Sizes      string `json:"sizes"`
	Type       string `json:"type"`
	Purpose    string `json:"purpose,omitempty"`
	FormFactor string `json:"form_factor,omitempty"`
	Label      string `json:"label,omitempty"`
}

type manifestShortcut struct {
	Name        string          `json:"name"`
	ShortName   string          `json:"short_name"`
	Description string          `json:"description"`
	URL         string          `json:"url"`
	Icons       []manifestImage `json:"icons"`
}

// buildManifest describes Limber in lang (its texts in i18n's current
// language); base is the URL prefix ("" or "/limber"). Each language is
// its own installable app, starting and staying on its own pages.
func buildManifest(base string, lang i18n.Lang) manifest {
	icon96 := []manifestImage{{Src: base + "/web/icons/icon-192.png", Sizes: "192x192", Type: "image/png"}}
	home := base + i18n.PathIn(lang, "/")
	if lang != i18n.English {
		home += "/"
	}
	t, page := i18n.T, func(p string) string { return base + i18n.PathIn(lang, p) }
	return manifest{
		ID:              home,
		Name:            t("Limber: stretch guide & timer"),
		ShortName:       "Limber",
		Description:     t("An offline guide and workout timer for tight hamstrings and a stiff lower back."),
		StartURL:        home,
		Scope:           home,
		Display:         "standalone",
		Orientation:     "portrait",
		BackgroundColor: backgroundColor,
		ThemeColor:      themeColor,
		Lang:            string(lang),
		Categories:      []string{"health", "fitness", "lifestyle"},
		Icons: []manifestImage{
			{Src: base + "/web/icons/icon-192.png", Sizes: "192x192", Type: "image/png", Purpose: "any"},
			{Src: base + "/web/icons/icon-512.png", Sizes: "512x512", Type: "image/png", Purpose: "any"},
			{Src: base + "/web/icons/maskable-512.png", Sizes: "512x512", Type: "image/png", Purpose: "maskable"},
			{Src: base + "/web/icons/icon.svg", Sizes: "any", Type: "image/svg+xml", Purpose: "any"},
		},
		Screenshots: []manifestImage{
			{Src: base + "/web/screenshots/phone-home.png", Sizes: "780x1688", Type: "image/png", FormFactor: "narrow", Label: t("Limber's home screen on a phone")},
			{Src: base + "/web/screenshots/phone-player.png", Sizes: "780x1688", Type: "image/png", FormFactor: "narrow", Label: t("A guided routine counting down a hold")},
			{Src: base + "/web/screenshots/wide-library.png", Sizes: "1280x800", Type: "image/png", FormFactor: "wide", Label: t("The exercise library on a wide screen")},
		},
		Shortcuts: []manifestShortcut{
			{Name: t("Desk break"), ShortName: t("Desk break"), Description: t("A five-minute movement break"), URL: page("/routines/desk-break"), Icons: icon96},
			{Name: t("Quick timer"), ShortName: t("Timer"), Description: t("Hold timer and rep counter"), URL: page("/timer"), Icons: icon96},
			{Name: t("Red flags"), ShortName: t("Red flags"), Description: t("When to stop and get help"), URL: page("/check"), Icons: icon96},
		},
	}
}

// ManifestTexts are the manifest's words, for the translation catalogue.
func ManifestTexts() []string {
	m := buildManifest("", i18n.English)
	out := []string{m.Name, m.Description}
	for _, i := range m.Screenshots {
		out = append(out, i.Label)
	}
	for _, sc := range m.Shortcuts {
		out = append(out, sc.Name, sc.ShortName, sc.Description)
	}
	return out
}

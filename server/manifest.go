package server

import ()

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

// buildManifest describes Limber; base is the URL prefix ("" or "/limber").
func buildManifest(base string) manifest {
	icon96 := []manifestImage{{Src: base + "/web/icons/icon-192.png", Sizes: "192x192", Type: "image/png"}}
	return manifest{
		ID:              base + "/",
		Name:            "Limber: stretch guide & timer",
		ShortName:       "Limber",
		Description:     "An offline guide and workout timer for tight hamstrings and a stiff lower back.",
		StartURL:        base + "/",
		Scope:           base + "/",
		Display:         "standalone",
		Orientation:     "portrait",
		BackgroundColor: backgroundColor,
		ThemeColor:      themeColor,
		Lang:            "en",
		Categories:      []string{"health", "fitness", "lifestyle"},
		Icons: []manifestImage{
			{Src: base + "/web/icons/icon-192.png", Sizes: "192x192", Type: "image/png", Purpose: "any"},
			{Src: base + "/web/icons/icon-512.png", Sizes: "512x512", Type: "image/png", Purpose: "any"},
			{Src: base + "/web/icons/maskable-512.png", Sizes: "512x512", Type: "image/png", Purpose: "maskable"},
			{Src: base + "/web/icons/icon.svg", Sizes: "any", Type: "image/svg+xml", Purpose: "any"},
		},
		Screenshots: []manifestImage{
			{Src: base + "/web/screenshots/phone-home.png", Sizes: "780x1688", Type: "image/png", FormFactor: "narrow", Label: "Limber's home screen on a phone"},
			{Src: base + "/web/screenshots/phone-player.png", Sizes: "780x1688", Type: "image/png", FormFactor: "narrow", Label: "A guided routine counting down a hold"},
			{Src: base + "/web/screenshots/wide-library.png", Sizes: "1280x800", Type: "image/png", FormFactor: "wide", Label: "The exercise library on a wide screen"},
		},
		Shortcuts: []manifestShortcut{
			{Name: "Desk break", ShortName: "Desk break", Description: "A five-minute movement break", URL: base + "/routines/desk-break", Icons: icon96},
			{Name: "Quick timer", ShortName: "Timer", Description: "Hold timer and rep counter", URL: base + "/timer", Icons: icon96},
			{Name: "Red flags", ShortName: "Red flags", Description: "When to stop and get help", URL: base + "/check", Icons: icon96},
		},
	}
}

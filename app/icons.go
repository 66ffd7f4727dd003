package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// Inline SVG icons: drawn here so no icon font or remote sprite is fetched.
// Each is decorative; the surrounding control carries the text label.
var iconPaths = map[string]string{
	"home":     `<path d="M3 11.5 12 4l9 7.5"/><path d="M5.5 10v9.5h13V10"/><path d="M10 19.5v-5h4v5"/>`,
	"library":  `<rect x="4" y="4" width="6.5" height="6.5" rx="1.5"/><rect x="13.5" y="4" width="6.5" height="6.5" rx="1.5"/><rect x="4" y="13.5" width="6.5" height="6.5" rx="1.5"/><rect x="13.5" y="13.5" width="6.5" height="6.5" rx="1.5"/>`,
	"routines": `<path d="M5 6h14M5 12h14M5 18h9"/><path d="m16 16 4 2-4 2z"/>`,
	"timer":    `<circle cx="12" cy="13.5" r="7"/><path d="M12 13.5V9.5M9.5 3h5M12 3v3.5"/>`,
	"help":     `<path d="M12 3.5 21 19.5H3z"/><path d="M12 10v4.5M12 17.2v.3"/>`,
	"guide":    `<path d="M4 5.5c3-1.2 5.5-1 8 .8 2.5-1.8 5-2 8-.8v13c-3-1.2-5.5-1-8 .8-2.5-1.8-5-2-8-.8z"/><path d="M12 6.3v13"/>`,
	"share":    `<circle cx="6" cy="12" r="2.5"/><circle cx="17.5" cy="6" r="2.5"/><circle cx="17.5" cy="18" r="2.5"/><path d="m8.2 10.8 7-3.6M8.2 13.2l7 3.6"/>`,
	"star":     `<path d="m12 3.8 2.5 5.2 5.7.7-4.2 3.9 1.1 5.6L12 16.4l-5.1 2.8 1.1-5.6-4.2-3.9 5.7-.7z"/>`,
	"play":     `<path d="M7 4.5v15l12.5-7.5z"/>`,
	"pause":    `<path d="M8 5v14M16 5v14"/>`,
	"next":     `<path d="M6 5v14l10-7zM18 5v14"/>`,
	"prev":     `<path d="M18 5v14L8 12zM6 5v14"/>`,
	"stop":     `<rect x="6" y="6" width="12" height="12" rx="2"/>`,
	"clock":    `<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5V12l3 2"/>`,
	"settings": `<circle cx="12" cy="12" r="3"/><path d="M12 2.8v2.6M12 18.6v2.6M2.8 12h2.6M18.6 12h2.6M5.5 5.5l1.8 1.8M16.7 16.7l1.8 1.8M5.5 18.5l1.8-1.8M16.7 7.3l1.8-1.8"/>`,
	"back":     `<path d="M15 5 8 12l7 7"/>`,
	"check":    `<path d="m5 12.5 4.5 4.5L19 7.5"/>`,
	"history":  `<path d="M4 12a8 8 0 1 0 2.4-5.7"/><path d="M4 4.5V9h4.5"/><path d="M12 8v4.5l3 1.8"/>`,
	"offline":  `<path d="M2.5 8.5a14 14 0 0 1 19 0M5.5 12a9.5 9.5 0 0 1 13 0M8.8 15.4a4.8 4.8 0 0 1 6.4 0"/><path d="M3 3l18 18"/>`,
}

// icon renders a named line icon at 24px; CSS sets the size and colour.
func icon(name string) goapp.UI {
	return goapp.Raw(`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">` + iconPaths[name] + `</svg>`)
}

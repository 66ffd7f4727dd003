package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// icon renders a named line icon (see web/icons/ui.svg): one empty element
// that CSS masks with the sprite's view and paints in the text colour. No
// SVG markup to parse on every render, and no icon font or remote sprite to
// fetch. Each is decorative: the surrounding control carries the label.
func icon(name string) goapp.UI { return el("span", "icon icon-"+name) }

package view

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"limber/app/i18n"
	"limber/content"
)

// Illustration renders an exercise's drawing. Decorative copies (in cards
// next to the name, in the player) are hidden from screen readers so they
// don't repeat it; lazy-loaded, as most are below the fold.
func Illustration(slug string, decorative bool) goapp.UI {
	ill, ok := content.IllustrationFor(slug)
	if !ok {
		return nil
	}
	img := Void("img", "illustration").Attr("src", ill.Src).Attr("width", 320).Attr("height", 200)
	if decorative {
		img = img.Attr("loading", "lazy")
		// go-app drops empty attributes, so an empty alt renders none at all
		// and screen readers would read the file name: role="presentation"
		// takes the image out of the accessibility tree instead.
		return img.Attr("role", "presentation")
	}
	return img.Attr("alt", i18n.T(ill.Alt))
}

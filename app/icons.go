package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// icon renders a named line icon (see web/icons/ui.svg): one empty element
// that CSS masks with the sprite's view and paints in the text colour. No
// SVG markup to parse on every render, and no icon font or remote sprite to
// fetch. Each is decorative: the surrounding control carries the label.
func icon(name iconName) goapp.UI { return el("span", "icon icon-"+name.id) }

// iconName is a view in the sprite. It is a struct so that a bare string
// can't stand in for one: every name is one of the variables below, which
// the icon test checks against the sprite and the stylesheet.
type iconName struct{ id string }

var (
	iconHome     = iconName{"home"}
	iconLibrary  = iconName{"library"}
	iconRoutines = iconName{"routines"}
	iconTimer    = iconName{"timer"}
	iconHelp     = iconName{"help"}
	iconGuide    = iconName{"guide"}
	iconShare    = iconName{"share"}
	iconStar     = iconName{"star"}
	iconPlay     = iconName{"play"}
	iconPause    = iconName{"pause"}
	iconNext     = iconName{"next"}
	iconPrev     = iconName{"prev"}
	iconStop     = iconName{"stop"}
	iconClock    = iconName{"clock"}
	iconSettings = iconName{"settings"}
	iconBack     = iconName{"back"}
	iconCheck    = iconName{"check"}
	iconHistory  = iconName{"history"}
	iconOffline  = iconName{"offline"}
	iconFaq      = iconName{"faq"}
)

package view

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Icon renders a named line icon (see web/icons/ui.svg): one empty element
// that CSS masks with the sprite's view and paints in the text colour. No
// SVG markup to parse on every render, and no icon font or remote sprite to
// fetch. Each is decorative: the surrounding control carries the label.
func Icon(name IconName) goapp.UI { return El("span", "icon icon-"+name.id) }

// IconName is a view in the sprite. It is a struct so that a bare string
// can't stand in for one: every name is one of the variables below, which
// the icon test checks against the sprite and the stylesheet.
type IconName struct{ id string }

var (
	IconHome     = IconName{"home"}
	IconLibrary  = IconName{"library"}
	IconRoutines = IconName{"routines"}
	IconTimer    = IconName{"timer"}
	IconHelp     = IconName{"help"}
	IconGuide    = IconName{"guide"}
	IconShare    = IconName{"share"}
	IconStar     = IconName{"star"}
	IconPlay     = IconName{"play"}
	IconPause    = IconName{"pause"}
	IconNext     = IconName{"next"}
	IconPrev     = IconName{"prev"}
	IconStop     = IconName{"stop"}
	IconClock    = IconName{"clock"}
	IconSettings = IconName{"settings"}
	IconBack     = IconName{"back"}
	IconCheck    = IconName{"check"}
	IconHistory  = IconName{"history"}
	IconOffline  = IconName{"offline"}
	IconFaq      = IconName{"faq"}
)

package redflag

import "limber/app/i18n"

// StopRules are the safety rules for every session, shown with an all-clear
// result and available to the session screens. They are English (marked
// for the catalogue): translate each where it is shown.
var StopRules = []string{
	i18n.Mark("A stretch should feel like a gentle pull, never pain. If it hurts, ease off. If the pain is sharp, stop."),
	i18n.Mark("Stop the session if pain shoots down a leg, or if numbness or tingling starts. Then go through the check again."),
	i18n.Mark("Warm up first. Only stretch warm muscles."),
	i18n.Mark("Hold each stretch for 20 to 30 seconds and keep breathing."),
	i18n.Mark("Roll the muscles beside your spine, never the spine itself."),
	i18n.Mark("Don't put heat, like a hot water bottle, on skin that feels numb."),
}

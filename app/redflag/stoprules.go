package redflag

// StopRules are the safety rules for every session, shown with an all-clear
// result and available to the session screens.
var StopRules = []string{
	"A stretch should feel like a gentle pull, never pain. If it hurts, ease off. If the pain is sharp, stop.",
	"Stop the session if pain shoots down a leg, or if numbness or tingling starts. Then go through the check again.",
	"Warm up first. Only stretch warm muscles.",
	"Hold each stretch for 20 to 30 seconds and keep breathing.",
	"Roll the muscles beside your spine, never the spine itself.",
	"Don't put heat, like a hot water bottle, on skin that feels numb.",
}

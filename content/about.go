package content

// AboutIntro says what Limber is for, in one short paragraph.
var AboutIntro = "Limber is a small, offline guide for people with tight hamstrings or a stiff lower back. " +
	"It explains why the two so often go together, sets out seven ways to ease them, " +
	"and talks you through short timed routines you can do at home or at your desk."

// Disclaimer is shown on the About page and wherever medical wording appears.
var Disclaimer = "Limber gives general information, not medical advice. It cannot diagnose you " +
	"and it does not replace a physiotherapist, doctor or other professional. " +
	"If something hurts, feels wrong or worries you, stop and get it checked."

// Sources names where Limber's facts come from. The wording throughout the
// app is Limber's own.
var Sources = []Source{
	{
		Title: "Tight Hamstrings & Lower Back: Causes, Stretches, and Relief Strategies",
		Note:  "A musculoskeletal health article. The basis for the guide, the seven strategies and the exercise library.",
	},
	{
		Title: "NHS: Back pain",
		Note:  "When back pain needs a GP, urgent care or an emergency department.",
	},
	{
		Title: "NHS: Sciatica",
		Note:  "Symptoms of an irritated sciatic nerve and when to get help.",
	},
	{
		Title: "NICE guideline NG59: Low back pain and sciatica in over 16s",
		Note:  "Assessment and management of low back pain and sciatica, including the role of exercise.",
	},
	{
		Title: "GIRFT National Suspected Cauda Equina Syndrome Pathway (2023)",
		Note:  "Co-badged by the Chartered Society of Physiotherapy. The emergency signs in the red-flag check follow it.",
	},
}

// Privacy is the whole privacy policy: there is nothing else to say.
var Privacy = "Limber has no accounts and no tracking. Nothing you enter leaves your phone: " +
	"your settings, history and checklist answers stay in this browser's storage on this device, " +
	"and clearing the site's data removes them."

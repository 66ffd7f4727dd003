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
		Title: "Bandy, Irion and Briggler (1997): time and frequency of static stretching of the hamstrings",
		Note:  "Physical Therapy 77(10). One 30-second stretch a day, five days a week for six weeks, lengthened the hamstrings; longer or more frequent holds added nothing. The Loosen up plan follows it.",
	},
	{
		Title: "Reid and Kim (2014), on how often to stretch to keep hamstring flexibility",
		Note:  "Three sessions a week kept the gain where once a week lost it: why the plans keep three sessions a week or more.",
	},
	{
		Title: "Owen and others (2020): which exercise works best for low back pain, a network meta-analysis",
		Note:  "British Journal of Sports Medicine 54(21). Strength, Pilates and motor-control exercise did better than stretching alone: the Stronger back plan builds on it.",
	},
	{
		Title: "Ostelo and others (2008): interpreting change scores for pain in low back pain",
		Note:  "Spine 33(1). A change of about 2 points on a 0 to 10 scale, or 30 %, is the smallest that people notice as real: the threshold the progress page uses.",
	},
	{
		Title: "GIRFT National Suspected Cauda Equina Syndrome Pathway (2023)",
		Note:  "Co-badged by the Chartered Society of Physiotherapy. The emergency signs in the red-flag check follow it.",
	},
	{
		Title: "116117: Ärztlicher Bereitschaftsdienst (Kassenärztliche Bundesvereinigung, Germany)",
		Note:  "Germany's number for medical help that cannot wait for the next surgery day but is not an emergency. Emergencies in Germany, as across the EU, are 112.",
	},
	{
		Title: "gesund.bund.de: Rückenschmerzen (Bundesministerium für Gesundheit, Germany)",
		Note:  "The German national health portal's guidance on back pain, which Limber's German text follows for its medical terms.",
	},
	{
		Title: "Ministerio de Sanidad (Spain): the Sistema Nacional de Salud",
		Note:  "In Spain, 112 is the emergency number; for urgent care that is not an emergency, your centro de salud or your region's health line. Limber's Spanish text uses the terms of the public health service.",
	},
}

// Privacy is the whole privacy policy: there is nothing else to say.
var Privacy = "Limber has no accounts and no tracking. Nothing you enter leaves your phone: " +
	"your settings, history and checklist answers stay in this browser's storage on this device, " +
	"and clearing the site's data removes them."

package content

// HelpIntro opens the help page, above both the emergency signs and the
// list of reasons to see a professional, so it introduces both.
var HelpIntro = "Regular stretching and strengthening ease tightness for most people. " +
	"Some signs, though, mean it is worth having a professional take a look, and a few need help straight away."

// HelpTriggers are the guide's four reasons to get professional advice.
var HelpTriggers = []Item{
	{
		Lead: "The pain is severe, lasting or getting worse",
		Text: "It is strong, it hangs on, or it is building rather than settling.",
	},
	{
		Lead: "You have numbness, tingling or weakness",
		Text: "In a leg or a foot. If it is in both legs, or around the genitals or buttocks, that needs emergency care now (it can be a sign of cauda equina syndrome): the red-flag check says what to do.",
	},
	{
		Lead: "It started after an injury",
		Text: "The tightness or pain began after a fall, a strain or another injury. After a serious accident or fall, get emergency help.",
	},
	{
		Lead: "Home care is not helping",
		Text: "Several weeks of regular stretching and exercise have brought no relief.",
	},
}

// WhoCanHelp names the professionals and what a visit offers.
var WhoCanHelp = "A physiotherapist, chiropractor or doctor can examine you, give a proper diagnosis, " +
	"rule out other causes and put together a plan made for you."

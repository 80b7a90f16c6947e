package pipeline

import "testing"

// The V37 tables code news-copy wording the verb dictionaries lacked
// (journalese, phrasal verbs, light verbs with nouns, idioms), one or more
// rows per phrasing, in sentences that differ from the dictionary examples
// so that they test the patterns' reach; the must-not rows are the
// phrasings' other senses.

// TestV37Roots01to05 covers roots 01-05.
func TestV37Roots01to05(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "situation warned to be worsening", text: "The Jordanian king warned that the humanitarian situation in Gaza was worsening.", code: "012", src: "JOR", tgt: "-"},
		{why: "got on the phone with", text: "The Turkish president got on the phone with his Iranian counterpart on Friday.", code: "041", src: "TUR", tgt: "IRN"},
		{why: "spoke over the phone", text: "The Indian prime minister spoke over the telephone with the Russian president.", code: "041", src: "IND", tgt: "RUS"},
		{why: "jetted into a capital", text: "The Iranian foreign minister jetted into Beirut on Monday.", code: "042", src: "IRN", tgt: "LBN"},
		{why: "served as a go-between", text: "Switzerland has long served as an intermediary between Iran and the United States.", code: "045", src: "CHE", tgt: "-"},
		{why: "mediating role played", text: "Qatar played a mediation role between the Taliban and the United States.", code: "045", src: "QAT", tgt: "-"},
		{why: "haggled over", text: "Russian and Ukrainian delegates haggled for hours over the wording of the grain deal.", code: "046", src: "-", tgt: "-"},
		{why: "headway made in talks", text: "Serbia and Kosovo made little headway in the talks on Thursday.", code: "046", src: "SRB", tgt: "KSV"},
		{why: "talks wrapped up in days", text: "Iranian and American envoys wrapped up three days of indirect talks in Muscat.", code: "04", src: "IRN", tgt: "USA"},
		{why: "cosied up to", text: "Hungary has cosied up to China in recent years.", code: "050", src: "HUN", tgt: "CHN"},
		{why: "ties forged", text: "Vietnam forged deeper ties with India.", code: "050", src: "VNM", tgt: "IND"},
		{why: "green light given", text: "Hungary gave the green light to Sweden's accession to NATO.", code: "051", src: "HUN", tgt: "SWE"},
		{why: "signed off on", text: "The European Union signed off on Ukraine's reform plan.", code: "051", src: "-", tgt: "UKR"},
		{why: "ties hailed", text: "The Russian president hailed relations with North Korea.", code: "051", src: "RUS", tgt: "PRK"},
		{why: "pen to paper", text: "Kenya and Tanzania put pen to paper on a border agreement.", code: "057", src: "KEN", tgt: "TZA"},
		{why: "penned a pact", text: "Japan penned a defence pact with the Philippines.", code: "057", src: "JPN", tgt: "PHL"},
		// must not
		{why: "got on well", text: "Turkey got on well with Russia for years.", code: "041", none: true},
		{why: "a light that is no approval", text: "Kenyan drivers ignored the red light at the junction.", code: "051", none: true},
		{why: "a hug is no endorsement", text: "The Chinese president embraced the Brazilian leader at the airport.", code: "051", none: true},
		{why: "a role that is no mediation", text: "Egypt played a key role in the economy.", code: "045", none: true},
		{why: "fences mended on a farm", text: "The farmer mended the fences around his field.", code: "050", none: true},
	})
}

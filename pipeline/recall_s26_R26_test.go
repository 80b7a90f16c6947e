package pipeline

import "testing"

// TestS26R26Clauses: clause-structure causes found on the dev sets in the
// twenty-sixth session, each checked on sentences written for this test.
func TestS26R26Clauses(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// verb/reducedpassive_r26.go: a lone demonym before "accused of"
		// is the accused, and the participle a reduced passive
		{why: "Palestinian accused, subject relative", text: "A Palestinian accused of stabbing a soldier was shot dead by Israeli troops.", code: "112", none: true},
		{why: "Syrian accused, subject relative", text: "A Syrian accused of bombing a church in Aleppo was arrested by Turkish police.", code: "112", none: true},
		{why: "Iranian accused, subject relative", text: "The Iranian accused of plotting attacks on Saudi diplomats was extradited to the United States.", code: "112", none: true},
		{why: "accused/VBD of, subject relative", text: "An Afghan accused of spying for Pakistan was hanged in Kabul.", code: "112", none: true},
		{why: "headline passive on a demonym", text: "Palestinian accused of stabbing Israeli soldier", code: "112", src: "-", tgt: "PSE"},
		{why: "active accusation stays", text: "Israel accused Iran of plotting attacks on its embassies.", code: "1123", src: "ISR", tgt: "IRN"},
		// verb/reducedpassive_r26.go: "about" and a feeling's "at" open
		// what is judged; the party there is the target
		{why: "concern about a possessor's deed", text: "Washington voiced concern about Beijing's crackdown in Hong Kong.", code: "012", src: "USA", tgt: "CHN"},
		{why: "alarm at a possessor's deed", text: "France expressed alarm at Ethiopia's offensive in Tigray.", code: "012", src: "FRA", tgt: "ETH"},
		{why: "alarm about a possessor's forces", text: "Norway voiced alarm about Russia's military exercises in the Arctic.", code: "012", src: "NOR", tgt: "RUS"},
		{why: "concern about a deployment", text: "Brazil voiced concern about Venezuela's deployment of troops in Essequibo.", code: "012", src: "BRA", tgt: "VEN"},
		// must-not: "at" a forum is no topic
		{why: "complaint at a court", text: "Gambia filed a complaint at the International Court of Justice against Myanmar.", code: "114", src: "GMB", tgt: "MMR"},
		// verb/reportedconjunct_r26.go: an act of speech or diplomacy
		// after "and" that cannot belong to the reported clause is the
		// reporter's
		{why: "quantity subject cannot protest", text: "Japan said the number of Chinese vessels near the islands had doubled and protested to Beijing.", code: "114", src: "JPN", tgt: "CHN"},
		{why: "boats cannot summon", text: "Britain said Iranian boats had approached a tanker in the Gulf and summoned Iran's ambassador.", code: "114", src: "GBR", tgt: "IRN"},
		{why: "ships cannot protest", text: "Manila said Chinese ships had rammed a supply boat and protested to Beijing.", code: "114", src: "PHL", tgt: "CHN"},
		{why: "past after a modal's clause", text: "Seoul said at a briefing in the capital that Pyongyang would launch a satellite soon and urged the North to cancel it.", code: "02", src: "KOR", tgt: "PRK"},
		{why: "active after a passive clause", text: "Berlin said tests showed that the dissident had been poisoned with a nerve agent and demanded an explanation from Moscow.", code: "10", src: "DEU", tgt: "RUS"},
		// must-keep: people in the reported clause may go on to act
		{why: "refugees demanded", text: "Kenyan police said Somali refugees had blocked the highway and demanded the governor's resignation.", code: "1041", src: "SOM", tgt: "-"},
		// verb/relobject_m15.go + durationAgo: a span and "later" or
		// "ago" after a contact relative's verb is no object of it
		{why: "arrested months earlier", text: "Egypt freed the Australian reporter it had arrested months earlier.", code: "173", src: "EGY", tgt: "AUS"},
		{why: "detained days later", text: "Venezuela released the six Americans it had detained days later.", code: "173", src: "VEN", tgt: "USA"},
		{why: "arrested weeks ago", text: "Ethiopia freed the Kenyan journalists it had arrested weeks ago.", code: "173", src: "ETH", tgt: "KEN"},
		// verb/roles.go conjunctVerb + includingAside: ", including ...,"
		// between an object and "and" is crossed
		{why: "including aside with a relative", text: "Turkish police said they had arrested five men, including two brothers who planned the attack, and accused Iran of funding them.", code: "112", src: "TUR", tgt: "IRN"},
		{why: "including aside, perfect", text: "Egypt said it had detained 40 activists, including three lawyers who defended protesters, and accused Qatar of backing them.", code: "112", src: "EGY", tgt: "QAT"},
		{why: "including aside, reported", text: "Serbian prosecutors said they had charged nine men, including two police officers who guarded the border, and accused Kosovo of harbouring the ringleader.", code: "112", src: "SRB", tgt: "KSV"},
		// verb/reportedconjunct_r26.go gerundPastCondition: "after V-ing"
		// after a condition hangs on the main clause
		{why: "after expelling, past an if-clause", text: "Russia said it would respond harshly if Finland joined NATO, two days after expelling three Finnish diplomats.", code: "161", src: "RUS", tgt: "FIN"},
		{why: "after detaining, past an if-clause", text: "China vowed to retaliate if Manila sent more ships, hours after detaining a Filipino fisherman.", code: "173", src: "CHN", tgt: "PHL"},
		{why: "after shelling, past an unless-clause", text: "Turkey threatened a new offensive unless Kurdish fighters withdrew, a day after shelling Syrian border towns.", code: "194", src: "TUR", tgt: "SYR"},
	})
}

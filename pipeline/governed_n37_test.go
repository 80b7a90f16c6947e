package pipeline

import "testing"

// TestN37GovernedEventNoun: an event noun naming its target ("a warning
// to", "a ban on", "a loan to") is its subject's act under any verb that
// does it, listed or not ([object] lines, verb/governed_n37.go). The noun
// as a modifier or with no named party, and verbs that receive, undo,
// defy, judge or stop the act, code nothing from it.
func TestN37GovernedEventNoun(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a warning fired off", text: "Iran fired off a warning to Israel on Monday.", code: "130", src: "IRN", tgt: "ISR"},
		{why: "a warning shot off", text: "Russia shot off a stern warning to Finland.", code: "130", src: "RUS", tgt: "FIN"},
		{why: "a ban slapped on", text: "India slapped a ban on Chinese apps.", code: "163", src: "IND", tgt: "CHN"},
		{why: "an embargo clamped on", text: "Egypt clamped an embargo on Qatar.", code: "163", src: "EGY", tgt: "QAT"},
		{why: "a condemnation hurled", text: "Venezuela hurled a condemnation at Colombia.", code: "111", src: "VEN", tgt: "COL"},
		{why: "accusations trained on", text: "Pakistan trained accusations on India.", code: "112", src: "PAK", tgt: "IND"},
		{why: "a protest note fired off", text: "Vietnam fired off a protest note to China.", code: "114", src: "VNM", tgt: "CHN"},
		{why: "an invitation dispatched", text: "Kenya dispatched an invitation to Uganda.", code: "036", src: "KEN", tgt: "UGA"},
		{why: "a loan doled out", text: "China doled out a loan to Pakistan.", code: "071", src: "CHN", tgt: "PAK"},
		{why: "a shipment of arms rushed", text: "Russia rushed a shipment of arms to Syria.", code: "072", src: "RUS", tgt: "SYR"},
		// must not
		{why: "a warning light", text: "The government switched on a warning light in Kenya.", code: "13", none: true},
		{why: "a ban on a practice", text: "Ireland extended the ban on smoking.", code: "16", none: true},
		{why: "aid workers", text: "Aid workers arrived in Sudan.", code: "07", none: true},
		{why: "a warning heeded", text: "Israel heeded a warning to Iran.", code: "130", none: true},
		{why: "a warning brushed off", text: "Israel brushed off a warning to Iran.", code: "130", none: true},
		{why: "a ban lifted", text: "Qatar lifted the ban on Egypt.", code: "163", none: true},
		{why: "a shipment intercepted", text: "Israel intercepted a shipment of weapons to Hezbollah.", code: "072", none: true},
		{why: "a loan repaid", text: "Pakistan repaid a loan to China.", code: "071", none: true},
		{why: "condemnation drawn", text: "The raid drew condemnation of Israel.", code: "111", none: true},
	})
}

// TestN37FiredWords: words fired, hurled or lobbed at a party are said,
// not shot (firedWords, verb/firedwords_n37.go): no use of force is coded
// from them, and the word noun's own line codes the act. A word noun
// modifying a weapon ("warning shots") and weapons fired stay force.
func TestN37FiredWords(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "accusations fired", text: "China fired accusations at Japan.", code: "112", src: "CHN", tgt: "JPN"},
		{why: "a warning fired off", text: "Iran fired off a warning at the United States.", code: "130", src: "IRN", tgt: "USA"},
		{why: "insults fired are no force", text: "Iran fired a barrage of insults at Saudi Arabia.", code: "19", none: true},
		{why: "threats fired are no force", text: "Iran fired a volley of threats at Israel.", code: "19", none: true},
		// must not: weapons, and a word noun modifying one
		{why: "warning shots stay force", text: "Sudanese soldiers fired warning shots at Egyptian fishermen.", code: "190", src: "SDN", tgt: "EGY"},
		{why: "rockets stay force", text: "Hamas fired rockets into Israel.", code: "19", src: "PSE", tgt: "ISR"},
	})
}

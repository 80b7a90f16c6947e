package pipeline

import "testing"

// TestF37JournaleseConsult: the journalese of calls, mediation, talks,
// signing and recognition that dev34 found missing (041, 045, 046, 054,
// 057, 010), each next to the literal sense that must stay silent.
func TestF37JournaleseConsult(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "rang a leader", text: "MOSCOW - The Russian president rang the German chancellor on Friday to discuss the gas crisis.", code: "041", src: "RUS", tgt: "DEU"},
		{why: "got on the phone to", text: "The Turkish president got on the phone to his Iranian counterpart late on Sunday.", code: "041", src: "TUR", tgt: "IRN"},
		{why: "played go-between", text: "Oman played go-between in secret talks between Iran and the United States.", code: "045", src: "OMN", tgt: "-"},
		{why: "came face to face at the table", text: "Sudan's army and the RSF came face to face at the negotiating table in Jeddah on Saturday.", code: "046", src: "SDN", tgt: "SDN"},
		{why: "signed on the dotted line", text: "Kosovo and Serbia signed on the dotted line in Washington on Friday.", code: "057", src: "KSV", tgt: "SRB"},
		{why: "inked a commitment", text: "India and Japan inked a commitment on a high-speed rail link on Monday.", code: "057", src: "IND", tgt: "JPN"},
		{why: "blessing to independence", text: "Russia gave its blessing to South Ossetia's independence on Tuesday.", code: "054", src: "RUS", tgt: "-"},
		{why: "weighed in on the unrest", text: "The Chinese foreign ministry weighed in on the unrest in Kazakhstan on Friday.", code: "010", src: "CHN", tgt: "-"},
		// must not
		{why: "bells rang", text: "Church bells rang out across Poland on Sunday for the late pope.", code: "041", none: true},
		{why: "got on a plane", text: "The Kenyan president got on a plane to Washington on Sunday.", code: "041", none: true},
		{why: "played a role in a film", text: "The Egyptian actor played a peacemaker in a film about the 1973 war.", code: "045", none: true},
		{why: "troops face to face", text: "Indian and Chinese troops came face to face in the Galwan valley on Monday.", code: "046", none: true},
		{why: "a pledge not to act is a promise", text: "Both militias signed a pledge not to use force against civilians.", code: "057", none: true},
		{why: "petition signed", text: "Thousands of Britons signed a petition against the new tax on Friday.", code: "057", none: true},
		{why: "blessing to a wedding", text: "The archbishop gave his blessing to the royal couple in Canterbury.", code: "054", none: true},
	})
}

// TestF37JournaleseReduceAssault: the journalese of forces kicked out, a
// mission told to leave, networks unplugged, suspects hauled in for
// questioning, people roughed up by police, strung up or used as shields
// and lands emptied of a people (16, 17, 18, 20), each next to its
// literal sense.
func TestF37JournaleseReduceAssault(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "kicked forces out of the country", text: "Niger's junta kicked French forces out of the country in 2023.", code: "166", src: "NER", tgt: "FRA"},
		{why: "told the mission to leave", text: "Eritrea told the U.N. peacekeeping mission to leave within 30 days.", code: "1661", src: "ERI", tgt: "IGO"},
		{why: "pulled the plug on YouTube", text: "Pakistan pulled the plug on YouTube on Monday over a blasphemous video.", code: "1721", src: "PAK", tgt: "-"},
		{why: "hauled in for questioning", text: "Police in Nairobi hauled three opposition MPs in for questioning on Monday.", code: "173", src: "KEN", tgt: "KEN"},
		{why: "roughed up by police", text: "Several foreign reporters were roughed up by riot police in Moscow.", code: "182", src: "RUS", tgt: "-"},
		{why: "strung up a captive", text: "Militants strung up a Syrian soldier in the town square.", code: "1823", src: "-", tgt: "SYR"},
		{why: "turned into human shields", text: "Hamas turned Gaza's civilians into human shields, the Israeli army said.", code: "184", src: "PSE", tgt: "-"},
		{why: "emptied of a people", text: "Myanmar's army is emptying Rakhine of its Rohingya, the United Nations said.", code: "203", src: "MMR", tgt: "-"},
		// must not
		{why: "show's plug pulled", text: "The BBC pulled the plug on the quiz show after one season.", code: "16", none: true},
		{why: "referee kicked coach out", text: "The referee kicked the coach out of the stadium in Cairo.", code: "166", none: true},
		{why: "lights strung up", text: "Shopkeepers in Delhi strung up lights for the festival.", code: "18", none: true},
		{why: "shops emptied", text: "Panic buyers emptied the shops of bread in Caracas.", code: "203", none: true},
	})
}

// TestF37WarnedCould: a party that warns or threatens that it itself
// could or might use force announces a threat (13), as "warned it
// would" does; a warning about what another party could do, or a
// hedged forecast, stays a guess.
func TestF37WarnedCould(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "warned it could launch an incursion", text: "ANKARA - Turkey warned on Tuesday that it could launch a ground incursion into northern Syria at any moment.", code: "1384", src: "TUR", tgt: "SYR"},
		{why: "warned it might strike", text: "Israel warned it might strike Hezbollah targets in Beirut.", code: "1384", src: "ISR", tgt: "LBN"},
		// must not
		{why: "another party could invade", text: "Analysts warned that China could invade Taiwan within five years.", code: "13", none: true},
		{why: "another party could invade, no 19 either", text: "Analysts warned that China could invade Taiwan within five years.", code: "19", none: true},
		{why: "a forecast cut", text: "The IMF warned that it could cut its growth forecast for Kenya.", code: "13", none: true},
	})
}

// TestF37JournaleseAlert: crowds pouring into a named square against a
// ruler rally (141); a terror threat level raised is police alert (151);
// bombers put on standby are military alert (152).
func TestF37JournaleseAlert(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "poured into a named square against", text: "Thousands of Ukrainians poured into Independence Square in Kiev on Sunday in protest against the president's U-turn.", code: "141", src: "UKR", tgt: "-"},
		{why: "terror threat level raised", text: "France raised its terror threat level to the highest on Friday after the attack in Nice.", code: "151", src: "FRA", tgt: "-"},
		{why: "bombers on standby", text: "Russian strategic bombers were put on high alert on Monday.", code: "152", src: "-", tgt: "RUS"},
		// must not
		{why: "fans in a square", text: "Argentine fans poured into Plaza de Mayo square in Buenos Aires to celebrate the win.", code: "14", none: true},
		{why: "flood alert level", text: "Bangladesh raised the flood alert level in the north on Sunday.", code: "151", none: true},
		{why: "airliners on standby", text: "Airline jets were put on standby at Heathrow during the strike.", code: "152", none: true},
	})
}

// TestF37VowedRootOut: a ruler who vows to root out or hunt down
// plotters, traitors or rioters threatens repression (137); a vow to
// root out corruption threatens no one.
func TestF37VowedRootOut(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "vowed to root out coup plotters", text: "ANKARA - Turkey's president vowed on Sunday to root out the plotters behind the failed coup.", code: "137", src: "TUR", tgt: "-"},
		{why: "vowed to hunt down rioters", text: "The Kenyan interior minister vowed to hunt down the rioters who torched police stations.", code: "137", src: "KEN", tgt: "-"},
		// must not
		{why: "root out corruption", text: "The Nigerian president vowed to root out corruption in the oil ministry.", code: "13", none: true},
	})
}

// TestF37ModalNamedObject: a word the tagger calls a noun right after a
// modal and before a named object is the verb the modal governs ("he
// would order U.N. peacekeepers out"), so the threat is coded (136).
func TestF37ModalNamedObject(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "would order named peacekeepers out", text: "KINSHASA - Kabila warned on Friday that he could order U.N. peacekeepers out of Congo.", code: "136", src: "COD", tgt: "IGO"},
		// must not
		{why: "the peacekeepers could leave", text: "Kabila said U.N. peacekeepers could leave Congo by June.", code: "13", none: true},
	})
}

package pipeline

import "testing"

// TestRecallS7Headlines: headline and lead forms of wire copy. Plural
// subjects' verbs the tagger reads as nouns or adjectives still code,
// an "X to do" headline is intent, and a negated passive with no agent
// is no one's rejection.
func TestRecallS7Headlines(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		{why: "-s verb tagged an adjective", text: "Venezuela expels German ambassador", code: "161", src: "VEN", tgt: "DEU"},
		{why: "-s verb tagged an adjective, other words", text: "Ghana expels Nigerian envoy over border row", code: "161", src: "GHA", tgt: "NGA"},
		{why: "plural subject, bare verb between two actors", text: "Taliban release Afghan aid workers", code: "0841", src: "AFG", tgt: "AFG"},
		{why: "plural subject, bare verb, freed", text: "Rebels free Kenyan hostages", code: "0841", src: "-", tgt: "KEN"},
		{why: "aid workers set free are no aid", text: "Taliban release Afghan aid workers", code: "07", none: true},
		{why: "aid released stays aid", text: "The European Union released new aid for Sudan.", code: "07", src: "-", tgt: "SDN"},
		{why: "a noun compound is no headline verb", text: "The Taliban release of prisoners angered Kabul.", code: "0841", src: "AFG", tgt: "-"},
		{why: "the host named is no hosting", text: "Ministers from the Gulf gathered in Doha for a trade fair, the host government said.", code: "04", none: true},
		{why: "a headline hosts", text: "Macron hosts Zelensky in Paris", code: "043", src: "FRA", tgt: "UKR"},
		{why: "X to free: intent", text: "Iran to free tanker crew, foreign ministry says", code: "0353", src: "IRN", tgt: "-"},
		{why: "not consulted is no rejection by nobody", text: "Iran said it had not been consulted on the plan.", code: "12", none: true},
		{why: "not consulted, other words", text: "Egypt complained that it had not been invited to the talks.", code: "12", none: true},
	}
	checkRootCases(t, p, cases)
}

// TestRecallS7Protest: marches, strikes, blockades and hunger strikes, and
// the police's answer to them.
func TestRecallS7Protest(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		{why: "farmers blocking roads protest", text: "Farmers blocked highways across France with tractors to protest against cheap imports.", code: "1442", src: "FRA", tgt: "-"},
		{why: "farmers blocking roads, no embargo", text: "Farmers blocked highways across France with tractors to protest against cheap imports.", code: "16", none: true},
		{why: "a state blocking imports is an embargo", text: "India blocked imports from China last year.", code: "163", src: "IND", tgt: "CHN"},
		{why: "on hunger strike", text: "A jailed Egyptian blogger has been on hunger strike for two months.", code: "142", src: "EGY", tgt: "-"},
		{why: "on hunger strike, plural", text: "Kurdish inmates in Turkish prisons are on hunger strike, their lawyers said.", code: "142", src: "-", tgt: "-"},
		{why: "hunger is no hunger strike", text: "Thousands of children in Yemen are dying of hunger.", code: "14", none: true},
		{why: "a sentence-opening participle jails no one", text: "Jailed activist Alaa Abdel Fattah has been on hunger strike for six months, his family said.", code: "17", none: true},
		{why: "met with tear gas by police", text: "Demonstrators in Lima were met with tear gas by police as they tried to march on Congress.", code: "175", src: "-", tgt: "PER"},
		{why: "met with tear gas is no meeting", text: "Demonstrators in Lima were met with tear gas by police as they tried to march on Congress.", code: "04", none: true},
		{why: "met with rubber bullets", text: "Striking miners in Bolivia were met with rubber bullets by soldiers.", code: "175", src: "BOL", tgt: "BOL"},
		{why: "after a fronted date too", text: "On Tuesday, striking miners in Bolivia were met with rubber bullets by soldiers.", code: "175", src: "BOL", tgt: "BOL"},
		{why: "the striking miners strike no one", text: "On Tuesday, striking miners in Bolivia were met with rubber bullets by soldiers.", code: "19", none: true},
		{why: "met with applause is no repression", text: "The minister was met with applause by lawmakers in Nairobi.", code: "17", none: true},
		{why: "met with water experts is no water cannon", text: "The Sudanese prime minister met with water experts in Khartoum.", code: "17", none: true},
		{why: "water cannon, active", text: "Riot police greeted the marchers in Minsk with water cannon and batons.", code: "175", src: "BLR", tgt: "BLR"},
		{why: "tear gas to disperse: one act, aimed at the crowd", text: "Police in Nairobi fired tear gas to disperse protesters.", code: "175", src: "KEN", tgt: "-"},
		{why: "a subject before a place phrase disperses", text: "Police in Harare fired shots to disperse opposition supporters.", code: "175", src: "ZWE", tgt: "ZWE"},
		{why: "a participle after 'that' describes its actor", text: "Officials said that striking doctors in Kenya had walked off the job.", code: "143", src: "KEN", tgt: "-"},
		{why: "striking doctors strike no one", text: "Officials said that striking doctors in Kenya had walked off the job.", code: "19", none: true},
	}
	checkRootCases(t, p, cases)
}

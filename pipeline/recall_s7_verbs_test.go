package pipeline

import (
	"strings"
	"testing"
)

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
		{why: "retaken from someone", text: "Syria army recaptures Palmyra from Islamic State", code: "192", src: "SYR", tgt: "-"},
		{why: "retaken from someone, past tense", text: "Ukrainian forces retook Kherson from Russian troops in November.", code: "192", src: "UKR", tgt: "RUS"},
		{why: "inmates recaptured are no territory", text: "Police recaptured two inmates who had escaped from a jail in Lagos.", code: "19", none: true},
		{why: "headline fire traded", text: "Pakistan, India trade fire across Kashmir border", code: "190", src: "PAK", tgt: "IND"},
		{why: "trade is no fire", text: "Pakistan and India agreed to expand trade in fuel and fertiliser.", code: "19", none: true},
		{why: "a misread past before the object", text: "Germany arrests suspected Russian spies", code: "173", src: "DEU", tgt: "RUS"},
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
		{why: "police who hit back", text: "Protesters in Conakry threw stones at Guinean police, who hit back with tear gas.", code: "175", src: "GIN", tgt: "-"},
		{why: "a statement in response is no repression", text: "The ministry responded with a statement on Monday.", code: "17", none: true},
		{why: "a protest and its purpose are one protest", text: "Thousands of Kenyans took to the streets of Nairobi on Tuesday to protest against tax increases.", code: "141", src: "KEN", tgt: "-"},
		{why: "a participle after 'that' describes its actor", text: "Officials said that striking doctors in Kenya had walked off the job.", code: "143", src: "KEN", tgt: "-"},
		{why: "striking doctors strike no one", text: "Officials said that striking doctors in Kenya had walked off the job.", code: "19", none: true},
	}
	checkRootCases(t, p, cases)
}

// TestRecallS7Coercion: sanctions, trade frozen, funds withheld,
// deadlines and ultimatums, threats of what has no threat code, and the
// reduced relatives inside a rejection.
func TestRecallS7Coercion(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		{why: "trade frozen is a sanction", text: "Saudi Arabia froze new trade with Canada and recalled its ambassador.", code: "163", src: "SAU", tgt: "CAN"},
		{why: "trade frozen is no trade", text: "Saudi Arabia froze new trade with Canada and recalled its ambassador.", code: "06", none: true},
		{why: "imports curbed", text: "China curbed imports from Australia after the call for an inquiry.", code: "163", src: "CHN", tgt: "AUS"},
		{why: "tariffs cut to boost exports is no sanction", text: "Vietnam cut tariffs on farm goods to boost exports.", code: "16", none: true},
		{why: "revenues withheld", text: "Israel withheld tax revenues from the Palestinian Authority.", code: "1621", src: "ISR", tgt: "PSE"},
		{why: "the ultimatum itself", text: "Moscow issued an ultimatum to Kyiv to withdraw its forces.", code: "139", src: "RUS", tgt: "UKR"},
		{why: "a deadline met is yielding", text: "The rebels met the deadline and surrendered their weapons to the army.", code: "08", src: "-", tgt: "-"},
		{why: "a threatened veto is a threat", text: "Turkey threatened to block Sweden's bid to join NATO.", code: "130", src: "TUR", tgt: "-"},
		{why: "a threatened veto is no veto", text: "Turkey threatened to block Sweden's bid to join NATO.", code: "12", none: true},
		{why: "a reduced relative is not what is rejected", text: "Ukraine rejected a peace plan proposed by China.", code: "127", src: "UKR", tgt: "CHN"},
		{why: "China rejected nothing", text: "Ukraine rejected a peace plan proposed by China.", code: "120", none: true},
		{why: "participation in talks suspended", text: "The rebels suspended their participation in the peace talks after the army bombed their positions.", code: "164", src: "-", tgt: "-"},
		{why: "involvement halted", text: "Hamas halted its involvement in the ceasefire negotiations.", code: "164", src: "PSE", tgt: "-"},
		{why: "a mission left is no talks halted", text: "Ghana ended its participation in the peacekeeping mission in Mali.", code: "164", none: true},
		{why: "an armed group's camps cleared by troops", text: "Nigerian troops cleared Boko Haram camps around Lake Chad.", code: "190", src: "NGA", tgt: "NGA"},
		{why: "cleared camps are no concession", text: "Nigerian troops cleared Boko Haram camps around Lake Chad.", code: "08", none: true},
		{why: "a protest camp cleared by its crowd", text: "Students in Belgrade cleared their protest camp on Sunday.", code: "19", none: true},
		{why: "bases overrun", text: "Kenyan troops overran al-Shabaab bases in southern Somalia.", code: "190", src: "KEN", tgt: "SOM"},
		{why: "a war that could spread is foreseen", text: "The Ukrainian president warned that the war could spread beyond Ukraine's borders.", code: "012", src: "UKR", tgt: "-"},
		{why: "a war that could spread is no threat", text: "The Ukrainian president warned that the war could spread beyond Ukraine's borders.", code: "13", none: true},
		{why: "fighting that might spill over", text: "The UN envoy warned that the fighting in Darfur might spill into Chad.", code: "012", src: "-", tgt: "-"},
		{why: "a warning of one's own strike is a threat", text: "Israel warned that it would strike Hezbollah if the rockets continued.", code: "13", src: "ISR", tgt: "LBN"},
		{why: "a promise not to attack is restraint", text: "The rebels promised not to attack civilians during the truce.", code: "0356", src: "-", tgt: "-"},
		{why: "a promise not to attack is no threat", text: "The rebels promised not to attack civilians during the truce.", code: "13", none: true},
		{why: "agreed not to strike", text: "Israel agreed not to strike Iranian nuclear facilities.", code: "0356", src: "ISR", tgt: "IRN"},
		{why: "a vow to strike stays a threat", text: "The rebels vowed to attack government forces in the capital.", code: "1384", src: "-", tgt: "-"},
		{why: "access to websites blocked curbs freedoms", text: "The Egyptian authorities blocked access to dozens of news websites.", code: "1721", src: "EGY", tgt: "-"},
		{why: "access to websites blocked is no blockade", text: "The Egyptian authorities blocked access to dozens of news websites.", code: "191", none: true},
		{why: "prosecutors charge: legal action", text: "Prosecutors in Istanbul charged 12 people with membership of a terrorist organisation.", code: "173", src: "TUR", tgt: "-"},
		{why: "an opposition charges in words", text: "The opposition in Lagos charged the government with incompetence.", code: "17", none: true},
		{why: "protests that spread are nobody's in the clause before", text: "The regime in Tehran cut internet access nationwide as protests spread.", code: "14", src: "IRN", none: true},
		{why: "a threat with a condition", text: "Russia threatened to cut off gas supplies to Ukraine unless Kyiv paid its debts.", code: "1312", src: "RUS", tgt: "UKR"},
	}
	checkRootCases(t, p, cases)
}

// TestRecallS7Cooperation: verbs of support that look alike: backing a
// state or a person against backing a force; "called on" as appeal or
// visit; the agent of a decision welcomed or criticised.
func TestRecallS7Cooperation(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		{why: "backing a state is endorsement", text: "The United States backed the Philippines in its maritime dispute with China.", code: "051", src: "USA", tgt: "PHL"},
		{why: "backing a state is no aid", text: "The United States backed the Philippines in its maritime dispute with China.", code: "07", none: true},
		{why: "backing a leader", text: "Germany backed the Kenyan president in the row with Tanzania.", code: "051", src: "DEU", tgt: "KEN"},
		{why: "backing a force is material", text: "Syrian regime forces, backed by Russia, gained ground.", code: "070", src: "RUS", tgt: "SYR"},
		{why: "called on without an infinitive is a visit", text: "The Pope called on the Iraqi Shiite cleric during his visit to Najaf.", code: "042", src: "VAT", tgt: "IRQ"},
		{why: "called on during a visit appeals for nothing", text: "The Pope called on the Iraqi Shiite cleric during his visit to Najaf.", code: "02", none: true},
		// R35: CAMEO's own TABARI verb dictionary codes "INVITE * + TO_"
		// 036, an offer to meet; an invitation to act stays an appeal.
		{why: "an invitation to a place is an offer to meet", text: "China invited Putin to Beijing.", code: "036", src: "CHN", tgt: "RUS"},
		{why: "called on with an infinitive is an appeal", text: "The African Union called on the international community to help Somalia.", code: "020", src: "-", tgt: "-"},
		{why: "the decision's agent acts", text: "Russia welcomed the decision of the Niger junta to expel French troops.", code: "166", src: "NER", tgt: "FRA"},
		{why: "the welcomer expels no one", text: "Russia welcomed the decision of the Niger junta to expel French troops.", code: "051", src: "RUS", tgt: "NER"},
		{why: "a decision by someone", text: "Washington praised the decision by Saudi Arabia to restore ties with Iran.", code: "050", src: "SAU", tgt: "IRN"},
		{why: "a refusal is a rejection", text: "The EU criticised the refusal of the Serbian government to recognise Kosovo.", code: "05", none: true},
		{why: "the owner of a decision acts", text: "The White House welcomed Sudan's decision to normalise ties with Israel.", code: "050", src: "SDN", tgt: "ISR"},
		{why: "an owned refusal is the owner's rejection", text: "The Kremlin praised Hungary's refusal to send weapons to Ukraine.", code: "12", src: "HUN", tgt: "UKR"},
		{why: "a refusal sends no weapons", text: "The Kremlin praised Hungary's refusal to send weapons to Ukraine.", code: "07", none: true},
		{why: "a thing's relative clause has no actor subject", text: "Pakistan demanded an explanation from India over the missile that landed in its territory.", code: "04", none: true},
		{why: "a bombing that killed: the condemner killed no one", text: "Egypt's foreign ministry strongly condemned the bombing of a mosque in northern Sinai that killed more than 300 worshippers.", code: "18", src: "-", tgt: "EGY"},
		{why: "a group that attacked is the group", text: "Al-Shabaab, the militant group that attacked the hotel, claimed responsibility.", code: "18", src: "SOM", tgt: "-"},
		{why: "held responsible for a bombing", text: "The government held the Islamic State group responsible for the bombing.", code: "112", src: "-", tgt: "-"},
		{why: "the one who holds responsible bombed nothing", text: "The government held the Islamic State group responsible for the bombing.", code: "19", none: true},
		{why: "found guilty of a killing", text: "A court in Conakry found the former army chief guilty of the killing of protesters.", code: "18", none: true},
		{why: "pledged aid is intent", text: "Japan pledged 500 million dollars in aid to Ukraine.", code: "0331", src: "JPN", tgt: "UKR"},
	}
	checkRootCases(t, p, cases)
}

// TestRecallS7Asked: what an ultimatum, a deadline or a period granted
// demands is asked, not done: the act may be coded only as hypothetical
// (or negated), never as a plain event.
func TestRecallS7Asked(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		{why: "what an ultimatum demands is not done", text: "Moscow issued an ultimatum to Kyiv to withdraw its forces.", code: "08", none: true},
		{why: "a deadline set by someone demands", text: "The rebels were given a deadline set by the army to lay down their arms.", code: "08", none: true},
		{why: "a deadline for someone demands", text: "The junta set a deadline for the rebels to surrender.", code: "08", none: true},
		{why: "days granted are a deadline", text: "The Security Council gave Iraq 30 days to comply with the resolution.", code: "08", none: true},
	}
	for _, c := range cases {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if !e.Modality.Negated && !e.Modality.Hypothetical && strings.HasPrefix(e.CAMEO, c.code) {
				t.Errorf("%s: %q coded %s %s>%s as done, want it asked (hypothetical)", c.why, c.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}

// TestRecallS7Poised: a headline's "poised to", "set to" and "to" are
// still to come: the act is coded future.
func TestRecallS7Poised(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, code string }{
		{"Kenya poised to send police to Haiti", "15"},
		{"Turkey set to expel Dutch ambassador", "13"},
		{"Iran to free tanker crew, foreign ministry says", "03"},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for _, e := range evs {
			if strings.HasPrefix(e.CAMEO, c.code) {
				found = true
				if !e.Modality.Future {
					t.Errorf("%q: %s %s>%s is not future", c.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s event; got %s", c.text, c.code, describe(evs))
		}
	}
}

// TestRecallS7DecisionAgent: the one who welcomes, praises or criticises
// a decision is not the agent of the act decided: no event of the act's
// root goes from the judge to the act's object.
func TestRecallS7DecisionAgent(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, judge, object, root string }{
		{"The White House welcomed Sudan's decision to normalise ties with Israel.", "USA", "ISR", "05"},
		{"Russia welcomed the decision of the Niger junta to expel French troops.", "RUS", "FRA", "16"},
		{"Washington praised the decision by Saudi Arabia to restore ties with Iran.", "USA", "IRN", "05"},
		{"The Kremlin praised Hungary's refusal to send weapons to Ukraine.", "RUS", "UKR", "07"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEORoot == c.root && hasCountry(e.Source, c.judge) && hasCountry(e.Target, c.object) {
				t.Errorf("%q: %s %s>%s: the %s does not act", c.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), c.judge)
			}
		}
	}
}

// TestRecallS7ThingRelative: the subject of a relative clause on a thing
// ("the bombing that killed", "the missile that landed") is that thing,
// never the actor of the main clause.
func TestRecallS7ThingRelative(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, notSrc, root string }{ // root: a code prefix
		{"Egypt's foreign ministry strongly condemned the bombing of a mosque in northern Sinai that killed more than 300 worshippers.", "EGY", "190"},
		{"Kenya protested over the shell that hit a school in Mandera.", "KEN", "19"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if strings.HasPrefix(e.CAMEO, c.root) && hasCountry(e.Source, c.notSrc) {
				t.Errorf("%q: %s %s>%s: %s did not do it", c.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), c.notSrc)
			}
		}
	}
}

// TestRecallS7OneProtest: a protest and the infinitive that states its
// purpose ("took to the streets to protest against", "rallied to
// demand") are one protest event, not two.
func TestRecallS7OneProtest(t *testing.T) {
	p := newTestPipeline(t)
	for _, text := range []string{
		"Thousands of Kenyans took to the streets of Nairobi on Tuesday to protest against tax increases.",
		"Students marched through central Santiago to protest against the new education law.",
	} {
		n := 0
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEORoot == "14" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d protest events, want 1", text, n)
		}
	}
}

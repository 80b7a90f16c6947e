package pipeline

import "testing"

// TestS27I27WeaponPurpose: an attack told as the purpose of a weapon
// used, launched or sent is the subject's attack with that weapon
// (weaponPurpose, verb/instrument_i27.go): the weapon gives the code
// where CAMEO has one, the subject of the verb of use the source, and
// the verb of use no event of its own. Must-not rows: an object that is
// no weapon, or a verb of use whose own act is another (aid, a veto).
// Every sentence was written for this test.
func TestS27I27WeaponPurpose(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "used drones, source the user", text: "Azerbaijan used drones to kill three Armenian soldiers near the border.", code: "1952", src: "AZE", tgt: "ARM"},
		{why: "drones of another", text: "Tehran used its allies' drones to attack American bases in Syria.", code: "1952", src: "IRN", tgt: "USA"},
		{why: "launched missiles", text: "Pakistan launched missiles to strike militant positions inside Iran.", code: "195", src: "PAK", tgt: "-"},
		{why: "launched missiles, no posture", text: "Pakistan launched missiles to strike militant positions inside Iran.", code: "15", none: true},
		{why: "warplanes used", text: "Turkey used warplanes to strike Kurdish targets in northern Iraq.", code: "195", src: "TUR", tgt: "-"},
		{why: "sent jets", text: "Sudan sent fighter jets to bomb rebel villages in Darfur.", code: "195", src: "SDN", tgt: "-"},
		{why: "sent jets, no deployment", text: "Sudan sent fighter jets to bomb rebel villages in Darfur.", code: "15", none: true},
		{why: "artillery used", text: "Armenia used artillery to shell Azerbaijani villages overnight.", code: "194", src: "ARM", tgt: "AZE"},
		{why: "gunships deployed", text: "Nigeria deployed helicopter gunships to pound Boko Haram camps.", code: "195", src: "NGA", tgt: "-"},
		{why: "cruise missiles", text: "The United States used cruise missiles to hit Syrian air bases.", code: "1951", src: "USA", tgt: "SYR"},
		{why: "sea drones are no aerial weapon", text: "Ukraine used sea drones to attack Russian warships in the Black Sea.", code: "1952", none: true},
		// must-not: no weapon, or another act of the verb of use
		{why: "talks used", text: "Cairo used the summit to press for a truce in Gaza.", code: "19", none: true},
		{why: "troops sent to help", text: "Ghana sent soldiers to help people hit by the floods.", code: "070", src: "GHA", tgt: "-"},
		{why: "veto used", text: "China used its veto to block a Security Council resolution on Myanmar.", code: "129", src: "CHN", tgt: "-"},
		{why: "arms sent as aid", text: "Britain sent drones to Ukraine to help it strike Russian positions.", code: "072", src: "GBR", tgt: "UKR"},
	})
}

// TestS27I27Held: people held by police, soldiers, a court or a
// government are detained (173), by an armed group taken hostage (181);
// "held X responsible" stays an accusation (112). The bare line "hold +"
// of verbs/17-coerce.txt with heldPerson (verb/held_i27.go). Must-not
// rows: talks, elections, a meeting, a rally, a press conference, a
// referendum, a town, an office, a particle or idiom, a standing count.
// Every sentence was written for this test.
func TestS27I27Held(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "police, a term", text: "Zimbabwean police held the opposition spokesman for five days.", code: "173", src: "ZWE", tgt: "ZWE"},
		{why: "security forces, a place", text: "Ethiopian security forces held dozens of students at an army camp near Gondar.", code: "173", src: "ETH", tgt: "-"},
		{why: "conjoined after a raid", text: "Turkish police raided the offices of a pro-Kurdish newspaper and held 12 journalists.", code: "173", src: "TUR", tgt: "-"},
		{why: "a state alone, since", text: "Russia has held the American reporter since March.", code: "173", src: "RUS", tgt: "USA"},
		{why: "a junta, a pronoun", text: "The Guinean junta arrested the former president and held him at a military base for months.", code: "17", src: "GIN", tgt: "-"},
		{why: "armed group's captives", text: "Al-Shabaab militants held three Kenyan teachers in the forest for two weeks.", code: "181", src: "SOM", tgt: "KEN"},
		{why: "held responsible", text: "Armenia held Azerbaijan responsible for the shelling of Goris.", code: "112", src: "ARM", tgt: "AZE"},
		// must-not
		{why: "talks", text: "Egyptian officials held talks with Sudanese army leaders in Cairo.", code: "17", none: true},
		{why: "elections", text: "Zambia held presidential elections on Thursday.", code: "17", none: true},
		{why: "a meeting", text: "The Nigerian police held a meeting with community leaders in Kano.", code: "17", none: true},
		{why: "a rally", text: "Opposition supporters held a rally in Harare.", code: "17", none: true},
		{why: "a press conference", text: "The Kenyan police chief held a press conference on the protests.", code: "17", none: true},
		{why: "a referendum", text: "The Chilean government held a referendum on the new constitution.", code: "17", none: true},
		{why: "a town", text: "Malian troops held Kidal for three months.", code: "17", none: true},
		{why: "an office", text: "Hungary held the rotating EU presidency for six months.", code: "17", none: true},
		{why: "held off", text: "Sudanese soldiers held off the rebels for two days.", code: "17", none: true},
		{why: "a standing count", text: "Greece holds thousands of Afghan migrants at camps on its islands.", code: "17", none: true},
		{why: "a firm", text: "The mining company held the union leaders for two days.", code: "17", none: true},
		{why: "an armed group's captives, no term", text: "Jihadist fighters held the aid workers near the border.", code: "18", none: true},
	})
}

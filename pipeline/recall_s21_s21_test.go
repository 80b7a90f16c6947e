package pipeline

import "testing"

// TestS21CoupTarget: a coup ("seized power", "staged a coup") with no
// target named is the plotters' own state's affair (coupTarget); the
// place or a named victim still decide when there is one, and a verb that
// seizes something other than power is no coup.
func TestS21CoupTarget(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "seized power, no place", text: "Niger's presidential guard seized power on Wednesday and detained President Mohamed Bazoum.", code: "180", src: "NER", tgt: "NER"},
		{why: "seized power in a raid", text: "Guinean special forces seized power in a dawn raid, the junta's spokesman said.", code: "180", src: "GIN", tgt: "GIN"},
		{why: "grabbed power", text: "Sudan's generals grabbed power again in October 2021, ending a fragile transition.", code: "180", src: "SDN", tgt: "SDN"},
		{why: "staged a coup", text: "Malian army officers staged a coup on Tuesday, two years after the last one.", code: "180", src: "MLI", tgt: "MLI"},
		{why: "attempted a coup, attribution", text: "A faction of the Bolivian army attempted a coup, the government said on Wednesday.", code: "180", src: "BOL", tgt: "BOL"},
		{why: "relative clause before the verb", text: "The Thai military, which has staged a dozen coups since 1932, seized power again in May.", code: "180", src: "THA", tgt: "THA"},
		{why: "reported perfect", text: "Gabonese officers announced on television that they had seized power and annulled the election.", code: "180", src: "GAB", tgt: "GAB"},
		{why: "usurped power", text: "Myanmar's army usurped power and arrested the country's elected leaders, a rights group said.", code: "180", src: "MMR", tgt: "MMR"},
		{why: "seized power in a second coup", text: "Burkina Faso's army captain Ibrahim Traore seized power in a second coup in eight months.", code: "180", src: "BFA", tgt: "BFA"},
		// must not: the place or the named victim decide as before.
		{why: "must-not: the place gives the target", text: "Soldiers staged a coup in Gabon on Wednesday.", code: "180", src: "GAB", tgt: "GAB"},
		{why: "must-not: power seized from a named party", text: "The Burkinabe military seized power from the elected president.", code: "180", src: "BFA", tgt: "BFA"},
		{why: "must-not: an ouster names its victim", text: "The Egyptian army ousted President Mohamed Morsi in a coup in July 2013.", code: "180", src: "EGY", tgt: "EGY"},
	})
	checkRootCases(t, p, []rootCase{
		{why: "must-not: power won at an election is no coup", text: "The opposition party won the election and took power in January.", code: "18", none: true},
		{why: "must-not: power stations seized are no coup", text: "Sudanese paramilitaries seized power stations and bridges in Khartoum on Saturday.", code: "180", none: true},
	})
}

// TestS21SharedSanctionTarget: a sanction or blockade coordinated with an
// earlier verb of the same subject acts on that verb's target
// (sharedSanctionTarget); a new subject, a target of its own or a
// subordinate clause keeps its own reading.
func TestS21SharedSanctionTarget(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "closed its land border after cutting ties", text: "Saudi Arabia cut diplomatic ties with Qatar and closed its land border.", code: "191", src: "SAU", tgt: "QAT"},
		{why: "closed a named crossing", text: "Russia broke off relations with Georgia and closed the Verkhni Lars crossing.", code: "191", src: "RUS", tgt: "GEO"},
		{why: "third verb of a list", text: "Venezuela expelled Colombia's ambassador, recalled its own envoy and closed the border bridges.", code: "191", src: "VEN", tgt: "COL"},
		{why: "headline comma", text: "Mali junta rejects ECOWAS sanctions, recalls ambassadors from member states", code: "161", src: "MLI", tgt: "IGO"},
		{why: "after a participle aside", text: "Egypt cut ties with Qatar in June, accusing Doha of backing militants, and closed its airspace to Qatari planes.", code: "191", src: "EGY", tgt: "QAT"},
		// must not
		{why: "must-not: a new subject", text: "Kenya cut ties with Somalia on Monday, and Ethiopia closed its border hours later.", code: "191", src: "ETH", tgt: "!SOM"},
		{why: "must-not: its own target", text: "Greece cut ties with Turkey and closed the border with Bulgaria to migrants.", code: "191", src: "GRC", tgt: "BGR"},
		{why: "must-not: a domestic first act", text: "Peru's president declared a state of emergency and closed the borders with Bolivia to stop the spread of the virus.", code: "191", src: "PER", tgt: "BOL"},
		{why: "must-not: the other side answers", text: "Russia expelled two US diplomats, and Washington closed a Russian consulate in San Francisco in response.", code: "161", src: "USA", tgt: "RUS"},
		{why: "must-not: the first act's target is a people", text: "Tajikistan deported hundreds of Afghan refugees and closed the border crossing at Panj.", code: "191", src: "TJK", tgt: "!AFG"},
	})
}

// TestS21QuitPartyTarget: sanctions with no target, coordinated after a
// verb of their subject that left, scrapped or suspended a tie with one
// other state, fall on that state (quitPartyTarget); two states, or an
// ally joined, give no target.
func TestS21QuitPartyTarget(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "suspended a treaty, comma and", text: "Washington suspended the arms treaty with Moscow, and imposed new sanctions.", code: "163", src: "USA", tgt: "RUS"},
		{why: "headline: pulls out of talks", text: "US pulls out of Iran talks, slaps fresh sanctions", code: "163", src: "USA", tgt: "IRN"},
		{why: "headline: pulls out of a pact", text: "Seoul pulls out of military pact with Pyongyang, imposes sanctions", code: "163", src: "KOR", tgt: "PRK"},
		// must not
		{why: "must-not: two states in the tie left", text: "Ukraine severed its gas contract with Russia and Belarus and imposed sanctions.", code: "163", src: "UKR", tgt: ""},
		// Since session 22 "and imposed/JJ sanctions" is read as the verb
		// it is (text/verbform.go), so the sanctions are coded; the ally
		// joined is still no target.
		{why: "must-not: an ally joined is no tie left", text: "Japan joined the United States and imposed sanctions on Monday.", code: "163", src: "JPN", tgt: ""},
	})
}

// TestS21RetreatFromAttacker: a retreat from home ground, in a sentence
// with a foreign force attacking, seizing or encircling the retreating
// side, is a retreat from that force (retreatFromAttacker); a force of the
// same state or of none, or a retreat abroad, keep their reading.
func TestS21RetreatFromAttacker(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "encircled, after clause", text: "Ukrainian forces pulled out of Lysychansk after Russian troops encircled the city.", code: "0874", src: "UKR", tgt: "RUS"},
		{why: "captured, then withdrew", text: "Russian forces captured Soledar, and Ukraine's army withdrew its units to new positions.", code: "0874", src: "UKR", tgt: "RUS"},
		{why: "drone strikes", text: "Syrian government troops retreated from Saraqeb after Turkish drones struck their columns.", code: "0874", src: "SYR", tgt: "TUR"},
		// must not
		{why: "must-not: a force of the same state", text: "Ethiopian federal troops withdrew from Mekelle as Tigrayan forces advanced on the city.", code: "0874", src: "ETH", tgt: "ETH"},
		{why: "must-not: attackers of no state", text: "Malian soldiers withdrew from the base at Tessit after jihadists attacked it.", code: "0874", src: "MLI", tgt: "MLI"},
		{why: "must-not: no attack", text: "Ukraine withdrew its troops from the front line to rest, the army said.", code: "0874", src: "UKR", tgt: "UKR"},
		{why: "must-not: a retreat from occupied ground keeps the place", text: "Russian troops withdrew from Kherson as Ukrainian forces advanced on the city.", code: "0874", src: "RUS", tgt: "UKR"},
		{why: "must-not: a retreat abroad keeps the place", text: "French troops withdrew from Mali as Russian mercenaries arrived in Bamako and attacked a village.", code: "0874", src: "FRA", tgt: "MLI"},
	})
}

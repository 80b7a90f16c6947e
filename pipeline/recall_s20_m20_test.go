package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// M20 (twentieth session): misfires, events coded where the sentence
// tells no act of their code, each cause on sentences written for this
// test (none from the dev sets). Every table has must-not rows: cases
// the rule must leave coding as before. Sides as k19Side: a country or
// code prefix, "-" any, "" none.

// TestS20M20AnimalLoan: animals a state or a zoo lends are no economic
// aid (misfire_m20.go, animalLoan); money lent stays 071.
func TestS20M20AnimalLoan(t *testing.T) {
	checkSideCases(t, newTestPipeline(t), []m13Case{
		{why: "loan of pandas", text: "Japan received a loan of two pandas from China.", code: "07", src: "-", tgt: "-", none: true},
		{why: "pandas on loan", text: "Finland received two giant pandas on loan from China in 2018.", code: "07", src: "-", tgt: "-", none: true},
		{why: "zoo, koalas", text: "The Edinburgh zoo got two koalas on loan from Australia.", code: "07", src: "-", tgt: "-", none: true},
		{why: "lent a pair", text: "China lent a pair of giant pandas to the Netherlands last year.", code: "07", src: "-", tgt: "-", none: true},
		{why: "agreed to lend", text: "Beijing has agreed to lend two pandas to Qatar ahead of the World Cup.", code: "07", src: "-", tgt: "-", none: true},
		{why: "loaned platypuses", text: "Australia loaned two platypuses to a zoo in San Diego.", code: "07", src: "-", tgt: "-", none: true},
		{why: "elephants on loan", text: "Thailand received three elephants on loan from Sri Lanka.", code: "07", src: "-", tgt: "-", none: true},
		// money lent stays aid
		{why: "loan of money", text: "Kenya received a $1 billion loan from China to build a railway.", code: "071", src: "CHN", tgt: "KEN"},
		{why: "loan of dollars", text: "Pakistan received a loan of $3 billion from Saudi Arabia.", code: "071", src: "SAU", tgt: "PAK"},
		{why: "IMF loan", text: "Egypt secured a loan of $3 billion from the IMF.", code: "071", src: "IGO", tgt: "EGY"},
		{why: "fresh loan", text: "Argentina obtained a fresh loan from the International Monetary Fund.", code: "071", src: "IGO", tgt: "ARG"},
		{why: "lent money", text: "China lent Sri Lanka $1.5 billion to shore up its reserves.", code: "071", src: "CHN", tgt: "LKA"},
		{why: "euros", text: "Ghana received a loan of 500 million euros from Germany.", code: "071", src: "DEU", tgt: "GHA"},
		{why: "yen", text: "Japan extended a loan of 100 billion yen to India for the bullet train.", code: "071", src: "JPN", tgt: "IND"},
		{why: "World Bank", text: "Zambia got an emergency loan from the World Bank on Tuesday.", code: "071", src: "IGO", tgt: "ZMB"},
	}, k19Side)
}

// TestS20M20ThingRepression: water cannon, teargas or batons turned on
// fires, paint or objects repress no one (thingRepression); on people
// and to disperse them they stay 175.
func TestS20M20ThingRepression(t *testing.T) {
	checkSideCases(t, newTestPipeline(t), []m13Case{
		{why: "clean graffiti", text: "Police used water cannon to clean graffiti off the monument.", code: "175", src: "-", tgt: "-", none: true},
		{why: "put out a blaze", text: "Firefighters and police used water cannon to put out the blaze at the warehouse.", code: "175", src: "-", tgt: "-", none: true},
		{why: "wash paint", text: "Police in Athens used water cannon to wash paint off the parliament steps.", code: "175", src: "-", tgt: "-", none: true},
		{why: "extinguish barricades", text: "Riot police used water cannon to extinguish burning barricades in Santiago.", code: "175", src: "-", tgt: "-", none: true},
		{why: "smoke out bees", text: "Soldiers used teargas to smoke out bees from the barracks roof.", code: "175", src: "-", tgt: "-", none: true},
		{why: "break windows", text: "Police used batons to break the windows of the burning car and free the driver.", code: "175", src: "-", tgt: "-", none: true},
		{why: "cool a tanker", text: "Police used a water cannon to cool the overheated fuel tanker on the highway.", code: "175", src: "-", tgt: "-", none: true},
		// on people, to disperse, to clear a camp
		{why: "on protesters", text: "Police in Minsk used water cannon on protesters on Sunday.", code: "175", src: "BLR", tgt: "-"},
		{why: "to disperse", text: "Police used water cannon to disperse demonstrators in Tbilisi.", code: "175", src: "GEO", tgt: "-"},
		{why: "against students", text: "Turkish police used teargas and water cannon against students in Istanbul.", code: "175", src: "TUR", tgt: "TUR"},
		{why: "break up a rally", text: "Riot police used batons to break up a rally of opposition supporters in Dhaka.", code: "175", src: "BGD", tgt: "-"},
		{why: "teargas to disperse", text: "Kenyan police used teargas to disperse protesters in Nairobi.", code: "175", src: "KEN", tgt: "-"},
		{why: "fired at farmers", text: "Police fired water cannon at farmers marching on Delhi.", code: "175", src: "IND", tgt: "-"},
		{why: "on mourners", text: "Security forces used teargas on mourners in Srinagar.", code: "175", src: "IND", tgt: "IND"},
		{why: "clear a camp", text: "Police in Paris used water cannon to clear a protest camp.", code: "175", src: "FRA", tgt: "-"},
		{why: "push back crowds", text: "Police used water cannon to push back crowds outside the parliament in Belgrade.", code: "175", src: "SRB", tgt: "-"},
	}, k19Side)
}

// TestS20M20SafetyEvacuation: evacuations and rescues by the emergency
// services (emergencyService) and an evacuation of civilians read as a
// retreat (civilianEvacuation) are no political act; K19's orders to
// leave ahead of an attack stay 201, and an army's evacuation of people
// under fire stays what it was.
func TestS20M20SafetyEvacuation(t *testing.T) {
	checkSideCases(t, newTestPipeline(t), []m13Case{
		{why: "fire brigade's order", text: "The fire brigade ordered the evacuation of residents from the burning tower.", code: "08", src: "-", tgt: "-", none: true},
		{why: "firefighters evacuated", text: "Firefighters evacuated 200 residents from the burning apartment block in Valencia.", code: "07", src: "-", tgt: "-", none: true},
		{why: "civil defence", text: "Civil defence teams evacuated thousands of villagers ahead of the cyclone in Odisha.", code: "07", src: "-", tgt: "-", none: true},
		{why: "rescue workers", text: "Rescue workers evacuated residents after floods hit the Indonesian province of Aceh.", code: "07", src: "-", tgt: "-", none: true},
		{why: "firefighters rescued", text: "Firefighters rescued a family from a burning house in Lyon.", code: "07", src: "-", tgt: "-", none: true},
		{why: "rescuers saved miners", text: "Rescuers saved 40 miners trapped in a collapsed mine in Chile.", code: "07", src: "-", tgt: "-", none: true},
		{why: "disaster agency", text: "The disaster management agency evacuated 3,000 families from the flooded villages of Sindh.", code: "07", src: "-", tgt: "-", none: true},
		{why: "police order evacuation of a school", text: "Police ordered the evacuation of pupils from a school in Lahore after a bomb threat.", code: "0874", src: "-", tgt: "-", none: true},
		// orders ahead of an attack, forces' own retreat, aid to migrants
		{why: "armed group's order", text: "Sudan's paramilitary RSF ordered residents to leave El Fasher ahead of an attack.", code: "201", src: "SDN", tgt: "-"},
		{why: "Israel's order", text: "Israel ordered residents of southern Lebanon to evacuate their villages before air strikes.", code: "201", src: "ISR", tgt: "LBN"},
		{why: "Russian order", text: "Russian forces ordered civilians to evacuate the town before the assault began.", code: "201", src: "RUS", tgt: "-"},
		{why: "troops evacuated", text: "Ukraine ordered the withdrawal of its troops from the town of Avdiivka.", code: "0874", src: "UKR", tgt: "-"},
		{why: "army evacuated villagers", text: "The army evacuated villagers near the border after Pakistani shelling.", code: "073", src: "-", tgt: "-"},
		{why: "coastguard, migrants", text: "The Libyan coastguard rescued 60 migrants from a sinking boat off Zuwara.", code: "070", src: "LBY", tgt: "-"},
		{why: "navy, migrants", text: "Italy's navy rescued 300 migrants in the Mediterranean.", code: "070", src: "ITA", tgt: "-"},
	}, k19Side)
}

// TestS20M20RescuedCaptives: security forces that rescue or free captives
// from their captors give no aid (rescuedCaptive): no 070 to the
// captives or the captors, no captor's release (0841). Captors who free
// their hostages, rescues of migrants and flood victims, and the force
// used in a rescue stay.
func TestS20M20RescuedCaptives(t *testing.T) {
	checkSideCases(t, newTestPipeline(t), []m13Case{
		{why: "kidnapped hostages", text: "Nigerian troops rescued 45 kidnapped hostages in Zamfara state.", code: "07", src: "-", tgt: "-", none: true},
		{why: "from his abductors", text: "Police rescued a kidnapped businessman from his abductors in Lagos.", code: "07", src: "-", tgt: "-", none: true},
		{why: "freed, held by", text: "Colombian soldiers freed 12 hostages held by the ELN.", code: "08", src: "-", tgt: "-", none: true},
		{why: "from Maoist rebels", text: "Indian security forces rescued three abducted engineers from Maoist rebels in Chhattisgarh.", code: "07", src: "-", tgt: "-", none: true},
		{why: "from jihadists", text: "French special forces rescued two hostages from jihadists in Burkina Faso.", code: "07", src: "-", tgt: "-", none: true},
		{why: "taken hostage by", text: "Pakistani troops rescued 20 passengers taken hostage by Baloch militants.", code: "07", src: "-", tgt: "-", none: true},
		{why: "a kidnapped German", text: "Philippine marines rescued a kidnapped German from Abu Sayyaf militants.", code: "07", src: "-", tgt: "-", none: true},
		{why: "abducted by bandits", text: "The army rescued 30 schoolgirls abducted by bandits in Katsina.", code: "07", src: "-", tgt: "-", none: true},
		// captors' releases, other rescues, the force used
		{why: "rebels freed hostages", text: "The ELN freed 12 hostages in Arauca on Sunday.", code: "0841", src: "COL", tgt: "-"},
		{why: "Hamas released hostages", text: "Hamas released four Israeli hostages to the Red Cross in Gaza.", code: "0841", src: "PSE", tgt: "-"},
		{why: "freed prisoners", text: "Ethiopia's government freed thousands of political prisoners in January.", code: "0841", src: "ETH", tgt: "-"},
		{why: "navy rescued migrants", text: "The Greek navy rescued 80 migrants off Crete.", code: "070", src: "GRC", tgt: "-"},
		{why: "troops rescued flood victims", text: "Nigerian troops rescued 30 students trapped by floods in Kaduna state.", code: "070", src: "NGA", tgt: "-"},
		{why: "EU rescued Cyprus", text: "The European Union rescued Cyprus with a 10 billion euro bailout.", code: "070", src: "IGO", tgt: "CYP"},
		{why: "storming kept", text: "Peruvian commandos stormed the residence in Lima, freeing 71 hostages held by Tupac Amaru rebels.", code: "19", src: "PER", tgt: "-"},
	}, k19Side)
}

// TestS20M20SamajwadiSP: "SP" is Uttar Pradesh's Samajwadi Party beside
// a party noun, another party or the party's names (actor/sp_m20.go,
// samajwadiSP); elsewhere it stays H19's superintendent of police.
func TestS20M20SamajwadiSP(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		why, text string
		party     bool
	}{
		{"SP chief", "SP chief Akhilesh Yadav criticised the BJP government in Lucknow.", true},
		{"the SP and the BJP", "The SP and the BJP traded charges over the Kanpur violence.", true},
		{"SP leaders", "SP leaders protested outside the Uttar Pradesh assembly on Monday.", true},
		{"accused the BJP of rigging", "The SP accused the BJP of rigging the Rampur by-election.", true},
		{"demanded resignation of Adityanath", "The SP has demanded the resignation of Chief Minister Yogi Adityanath.", true},
		{"SP workers", "SP workers clashed with BJP supporters in Azamgarh.", true},
		{"the BSP and the SP", "The BSP and the SP formed an alliance for the Lok Sabha polls.", true},
		{"SP MLAs", "SP MLAs staged a walkout from the assembly in Lucknow over the killing.", true},
		// the superintendent of police
		{"SP arrested", "The SP arrested three men for the robbery in Jhansi.", false},
		{"district SP said", "The district SP said police had detained the accused.", false},
		{"the SP said", "Police arrested two men, the SP said on Tuesday.", false},
		{"SP ordered a probe", "The SP ordered a probe into the custodial death in Bihar.", false},
		{"BJP leader arrested", "The SP said a local BJP leader had been arrested for rioting.", false},
		{"SP suspended", "The SP suspended two constables after the custodial death in Kanpur.", false},
	} {
		found := false
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			for _, a := range append(append([]event.Actor{}, e.Source...), e.Target...) {
				if !namesSP(a.Text) {
					continue
				}
				found = true
				if got := a.Code == "INDPTY"; got != c.party {
					t.Errorf("%s: %q: SP coded %s (party %v wanted)", c.why, c.text, a.Code, c.party)
				}
			}
		}
		if !found && c.party {
			t.Errorf("%s: %q: no event with the SP as a side", c.why, c.text)
		}
	}
}

// namesSP: the actor's words include the initials ("SP", "SP-BSP").
func namesSP(text string) bool {
	for _, w := range strings.Fields(text) {
		if w == "SP" || strings.HasPrefix(w, "SP-") {
			return true
		}
	}
	return false
}

// TestS20M20GuardedPlace: a city or a state placed under guard is a
// raised police alert (151), not detention (guardedPlace); a person
// placed or kept under guard stays 173.
func TestS20M20GuardedPlace(t *testing.T) {
	checkSideCases(t, newTestPipeline(t), []m13Case{
		{why: "Washington", text: "US authorities placed Washington under heavy police guard ahead of the inauguration.", code: "151", src: "USA", tgt: "USA"},
		{why: "Srinagar", text: "Indian authorities placed Srinagar under heavy police guard before the anniversary.", code: "151", src: "IND", tgt: "IND"},
		{why: "Bangkok", text: "The army put Bangkok under military guard as protests grew.", code: "151", src: "THA", tgt: "THA"},
		{why: "no detention of a city", text: "US authorities placed Washington under heavy police guard ahead of the inauguration.", code: "173", src: "-", tgt: "-", none: true},
		{why: "no detention of a capital", text: "The army put Bangkok under military guard as protests grew.", code: "173", src: "-", tgt: "-", none: true},
		// people under guard are detained
		{why: "opposition leader", text: "Authorities in Zimbabwe placed the opposition leader under military guard at his home.", code: "173", src: "ZWE", tgt: "ZWE"},
		{why: "Suu Kyi", text: "Myanmar's junta placed Aung San Suu Kyi under guard at her residence.", code: "173", src: "MMR", tgt: "MMR"},
		{why: "deposed president", text: "Soldiers placed the deposed president under armed guard in Niamey.", code: "173", src: "NER", tgt: "NER"},
		{why: "kept under close guard", text: "Police kept the activist under close guard in hospital.", code: "173", src: "-", tgt: "-"},
		{why: "Morsi", text: "Egyptian authorities put former president Mohamed Morsi under guard at a military base.", code: "173", src: "EGY", tgt: "EGY"},
	}, k19Side)
}

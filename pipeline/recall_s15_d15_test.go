package pipeline

import "testing"

// TestS15D15Recall codes domestic security sentences written for this
// test (none from the dev15 set that led to the rules): police and troops
// who shoot or kill protesters (175, not a fight), responsibility claimed
// for an attack (015, not the attack named by a noun), crowds counted
// before "marched" or "rallied" (141), throats slit (1823), wanted leaders and militants handed
// to another state (063) and a peacekeeping mission ordered out (1661),
// with the sentences on which each rule must stay silent.
func TestS15D15Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// Violent repression: security forces firing on or killing protesters.
		{why: "police shot dead protesters", text: "Police shot dead two protesters in Lagos on Tuesday, Amnesty said.", code: "175", src: "NGA", tgt: "NGA"},
		{why: "police shot dead demonstrators", text: "Indian police shot dead two demonstrators in Mangalore during protests against the citizenship law.", code: "175", src: "IND", tgt: "IND"},
		{why: "soldiers killed protesters", text: "Bolivian soldiers killed nine pro-Morales protesters near Cochabamba, the ombudsman said.", code: "175", src: "BOL", tgt: "BOL"},
		{why: "security forces shot dead dozens of protesters", text: "Yemeni security forces shot dead dozens of protesters at Sanaa University.", code: "175", src: "YEM", tgt: "YEM"},
		{why: "opened fire on a march", text: "Nicaraguan police opened fire on a march of mothers in Managua, killing 15 people.", code: "175", src: "NIC", tgt: "NIC"},
		{why: "gunmen, not security forces, shot the protesters", text: "Gunmen shot dead two protesters outside a mosque in Kano.", code: "175", none: true},
		{why: "robbers are no protesters", text: "Police shot dead three suspected robbers in a shootout in Nairobi.", code: "175", none: true},
		{why: "militants fired on are a fight", text: "Troops opened fire on militants hiding in a forest near Maiduguri.", code: "175", none: true},
		{why: "protesters as the killers", text: "Protesters shot dead a police officer during clashes in Bogota.", code: "175", none: true},
		{why: "fighters killed in an air strike", text: "The army killed 30 Islamist fighters in an air strike near Djibo.", code: "175", none: true},
		// Responsibility claimed for an attack.
		{why: "claimed responsibility for the bombing of a hospital", text: "The Pakistani Taliban claimed responsibility for the bombing of a hospital in Quetta.", code: "015", src: "PAK", tgt: "-"},
		{why: "claims responsibility, headline", text: "Pakistani Taliban faction claims responsibility for Peshawar mosque bombing", code: "015", src: "PAK", tgt: "-"},
		{why: "claimed responsibility for an attack on a base", text: "Al Shabaab claimed responsibility for an assault on a Kenyan army base in El Adde.", code: "015", src: "SOM", tgt: "KEN"},
		{why: "claimed responsibility for a shooting", text: "Islamic State claimed responsibility for the shooting in Vienna on Tuesday.", code: "015", src: "-", tgt: "-"},
		// A bombing claimed without "responsibility" stays the bombing; since
		// N23 (session 22) it is also the claim (015), as dev15 to dev18 list
		// it (TestS22N23Recall).
		{why: "a bombing claimed without responsibility stays the bombing", text: "Islamic State claimed the bombing of a Shiite mosque in Kandahar.", code: "183", src: "-", tgt: "AFG"},
		{why: "nobody claimed it", text: "No group has claimed responsibility for the blasts in Kabul.", code: "015", none: true},
		// A crowd counted right before "marched" or "rallied".
		{why: "people marched", text: "Thousands of people marched in Havana against shortages.", code: "14", src: "CUB", tgt: "-"},
		{why: "hundreds of people marched in a city", text: "Hundreds of people marched in Yangon against the military coup.", code: "14", src: "MMR", tgt: "-"},
		{why: "residents marched to an office", text: "Hundreds of residents marched to the governor's office in Port Harcourt.", code: "14", src: "NGA", tgt: "-"},
		{why: "hundreds rallied", text: "Hundreds rallied in Dhaka to demand justice for the murdered blogger.", code: "1413", src: "BGD", tgt: "-"},
		{why: "markets rally", text: "Oil prices rallied on Tuesday after a steep fall.", code: "14", none: true},
		{why: "soldiers on parade", text: "Hundreds of soldiers marched in the Victory Day parade in Moscow.", code: "14", none: true},
		{why: "people rallied behind a team", text: "The people rallied behind their team after the defeat.", code: "14", none: true},
		// A throat slit is a killing by assault.
		{why: "throats slit", text: "Jihadists slit the throats of 12 herders near Menaka.", code: "1823", src: "MLI", tgt: "-"},
		{why: "a throat slit by gunmen", text: "Two attackers slit the throat of an elderly priest during mass in Normandy.", code: "1823", src: "-", tgt: "FRA"},
		{why: "an envelope slit", text: "The surgeon slit the envelope open with a knife.", code: "18", none: true},
		// A wanted leader or militant handed to another state.
		{why: "a rebel leader handed over", text: "Kenya handed over two al Shabaab commanders to Somalia.", code: "063", src: "KEN", tgt: "SOM"},
		{why: "a rebel commander handed over", text: "Sudan handed over a wanted rebel commander to South Sudan.", code: "063", src: "SDN", tgt: "SSD"},
		{why: "militants handed to a neighbour's authorities", text: "Nepal handed over three Indian militants to Indian authorities at the border.", code: "063", src: "NPL", tgt: "IND"},
		{why: "power handed to leaders", text: "The army handed over power to the rebel leaders in a ceremony.", code: "063", none: true},
		{why: "a town handed to militants", text: "Government troops handed over the town to militants after a week of fighting.", code: "063", none: true},
		{why: "a captive handed to the Red Cross is released", text: "Rebels handed over the captured army commander to the Red Cross.", code: "063", none: true},
		{why: "a captive handed to a church commission is released", text: "The ELN handed over a kidnapped police commander to a church commission.", code: "0841", src: "COL", tgt: "-"},
		// A peacekeeping mission ordered out.
		{why: "a mission named by its acronym", text: "Congo ordered the UN peacekeeping force MONUSCO to leave by December.", code: "1661", src: "COD", tgt: "-"},
		{why: "journalists ordered out stay persons", text: "The Nigerian government ordered the foreign journalists to leave Borno state.", code: "1661", none: true},
	})
	// Diplomats a state expels are never its own.
	checkNotSides(t, p, []notSideCase{
		{why: "bare diplomats expelled", text: "Ukraine expelled 13 diplomats over the Salisbury poisoning.", code: "161", notTgt: "UKR"},
		{why: "bare envoys expelled, headline", text: "Bolivia expels envoys of three neighbours over election row", code: "16", notTgt: "BOL"},
	})
	checkRootCases(t, p, []rootCase{
		{why: "the named state's diplomats stay", text: "Italy expelled 30 Russian diplomats on national security grounds.", code: "161", src: "ITA", tgt: "RUS"},
		{why: "an envoy recalled from a named state", text: "Kenya recalled its ambassador from Somalia over the border row.", code: "161", src: "KEN", tgt: "SOM"},
	})
}

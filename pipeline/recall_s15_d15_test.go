package pipeline

import "testing"

// TestS15D15Recall codes domestic security sentences written for this
// test (none from the dev15 set that led to the rules): police and troops
// who shoot or kill protesters (175, not a fight), and responsibility
// claimed for an attack (015, not the attack named by a noun), with the
// sentences on which each rule must stay silent.
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
		{why: "a bombing claimed without responsibility stays the bombing", text: "Islamic State claimed the bombing of a Shiite mosque in Kandahar.", code: "015", none: true},
		{why: "nobody claimed it", text: "No group has claimed responsibility for the blasts in Kabul.", code: "015", none: true},
	})
}

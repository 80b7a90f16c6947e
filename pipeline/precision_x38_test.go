package pipeline

import "testing"

// TestX38MassHarmTwin: a participle of mass killing right after an attack,
// a shelling or a repression its clause has coded ("..., killing dozens of
// civilians") is that act's toll, not a second event; an abduction's
// killing, a chemical attack (itself a 20) and a massacre told by its own
// verb stay. Every sentence was written for this test.
func TestX38MassHarmTwin(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded a mass killing (202) beside the act
		{why: "a shelling's toll", text: "Government troops shelled the market town of Kidal, killing dozens of civilians.", code: "20", none: true},
		{why: "an attack's toll", text: "Militants attacked a village in Borno state, killing hundreds of people.", code: "20", none: true},
		{why: "the shelling stays", text: "Government troops shelled the market town of Kidal, killing dozens of civilians.", code: "194", src: "MLI", tgt: "MLI"},
		{why: "the attack stays", text: "Militants attacked a village in Borno state, killing hundreds of people.", code: "180", src: "NGA", tgt: "NGA"},
		// must not: an abduction's killing, a chemical attack, a massacre
		{why: "an abduction kills apart", text: "Gunmen abducted 40 travellers on the highway near Kaduna, killing dozens of people.", code: "202", src: "-", tgt: "NGA"},
		{why: "a chemical attack is a 20", text: "Government forces dropped chemical weapons on the town of Douma, killing hundreds of people.", code: "2041", src: "SYR", tgt: "SYR"},
		{why: "a massacre by its own verb", text: "Rebels massacred hundreds of villagers in Ituri.", code: "202", src: "COD", tgt: "COD"},
	})
}

// TestX38AskedConcession: a concession (08) only asked of a party, in a
// sentence that codes the demand or appeal addressed to it, is no event
// of its own; a concession done, one a court orders, and the demand
// itself stay. Every sentence was written for this test.
func TestX38AskedConcession(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded the asked concession (hypothetical 08)
		{why: "a ban's lifting demanded", text: "The European Parliament demanded that Hungary lift its ban on gay pride marches.", code: "08", none: true},
		{why: "a resignation demanded", text: "Kenya's bishops demanded that President Ruto, whose tax bill sparked protests, step down.", code: "08", none: true},
		{why: "the demand stays", text: "The European Parliament demanded that Hungary lift its ban on gay pride marches.", code: "1051", src: "-", tgt: "HUN"},
		// X38B: an asked act given the appealer as its doer
		{why: "a stepping aside asked, its doer misread", text: "Washington called on Daniel Ortega to step aside and ordered a freeze on Nicaraguan assets.", code: "08", none: true},
		// must not: a release done, a release a court orders
		{why: "a release done", text: "Mali's junta released the detained ministers a week after Ghana urged it to free them.", code: "0841", src: "MLI", tgt: "MLI"},
		{why: "a release ordered", text: "A Nairobi court ordered the police to release the detained journalist.", code: "0841", src: "KEN", tgt: "KEN"},
	})
}

// TestX38SecondPredicateHarm: a participle of harm after an attack whose
// subject goes on to a second predicate ("... and set the building
// ablaze, killing") is still that attack's toll; a second clause with a
// subject of its own keeps its killing. Every sentence was written for
// this test.
func TestX38SecondPredicateHarm(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: coded a harm (190) beside the attack
		{why: "fire and arson, killing", text: "Gunmen opened fire on worshippers at a mosque in Kano and set the building ablaze, killing at least 30 people.", code: "19", none: true},
		{why: "the attack stays", text: "Gunmen opened fire on worshippers at a mosque in Kano and set the building ablaze, killing at least 30 people.", code: "180", src: "-", tgt: "NGA"},
		// must not: a second clause with its own subject
		{why: "another subject's clause", text: "Troops shelled the village and rebels attacked a convoy nearby, killing ten soldiers.", code: "190", src: "-", tgt: "-"},
	})
}

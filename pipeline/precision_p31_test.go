package pipeline

import "testing"

// TestP31PurposeViolence: fighting named in an infinitive of purpose after
// forces, money or a mission sent is what they are for, not a battle
// fought; the sending stays. An infinitive after a verb of its own, a
// single blow, and a sentence whose only event is the purpose keep their
// violence. Every sentence was written for this test.
func TestP31PurposeViolence(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "officers to be deployed to fight", text: "Kenya promised to deploy more police officers to Haiti to fight the gangs.", code: "19", none: true},
		{why: "troops sent to help an army fight", text: "France deployed 3,000 troops to Mali to help the army fight jihadist groups.", code: "19", none: true},
		{why: "a force to help an army fight", text: "The United Nations authorised an African force to help Somalia's army fight al-Shabaab.", code: "19", none: true},
		{why: "money pledged to fight", text: "Germany pledged 100 million euros to Niger to fight the smugglers.", code: "19", none: true},
		// must not: the sending, a verb's complement, a single blow, a lone purpose
		{why: "the sending stays", text: "France deployed 3,000 troops to Mali to help the army fight jihadist groups.", code: "074", src: "FRA", tgt: "MLI"},
		{why: "the pledge stays", text: "Germany pledged 100 million euros to Niger to fight the smugglers.", code: "0331", src: "DEU", tgt: "NER"},
		{why: "a verb's complement", text: "Sudanese troops continued to fight the rebels in Darfur.", code: "19", src: "SDN", tgt: "-"},
		{why: "a single blow told as done", text: "Thailand sent fighter jets to strike Cambodian artillery positions.", code: "19", src: "THA", tgt: "KHM"},
		{why: "the only event stays", text: "Nigerian soldiers arrived in Maiduguri on Monday to fight Boko Haram.", code: "19", src: "NGA", tgt: "-"},
	})
}

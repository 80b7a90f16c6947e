package pipeline

import "testing"

// TestR29MassKilling: a killing whose object is a count of a hundred or
// more written in figures and named as non-combatants (civilians,
// villagers, men and boys) is a mass killing (202); fewer, or people,
// children or fighters, keep the fight's code. Every sentence was
// written for this test.
func TestR29MassKilling(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "more than 1,000 civilians", text: "Janjaweed militiamen killed more than 1,200 Masalit civilians in West Darfur in 2003.", code: "202", src: "SDN", tgt: "SDN"},
		{why: "about 300 villagers", text: "Soldiers killed about 300 villagers in the Batang Kali area, survivors said.", code: "202", src: "-", tgt: "-"},
		{why: "men and boys", text: "Serb paramilitaries killed some 200 Croat men and boys near Vukovar.", code: "202", src: "-", tgt: "-"},
		// must not: a small count, people, children, fighters
		{why: "twenty civilians", text: "Janjaweed militiamen killed 20 Masalit civilians in West Darfur in 2003.", code: "202", none: true},
		{why: "people in a protest", text: "Sudanese soldiers killed more than 100 people in Khartoum during the protests.", code: "202", none: true},
		{why: "schoolchildren", text: "Gunmen killed 140 children at a school in Beslan.", code: "202", none: true},
		{why: "fighters", text: "Nigerian troops killed 300 Boko Haram fighters in Borno state.", code: "202", none: true},
	})
}

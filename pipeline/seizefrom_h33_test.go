package pipeline

import "testing"

// TestH33SeizeFrom: a named place that a state's forces capture or seize
// from its holder is occupied (192), as "retook Palmyra from" is; the
// place being an actor, the bare line of taking a town leaves it. Goods
// seized from a group stay confiscation, and police or an armed group
// seizing from someone take no territory.
func TestH33SeizeFrom(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "headline, present tense", text: "Iraqi forces seize Kirkuk from Kurds", code: "192", src: "IRQ", tgt: "IRQ"},
		{why: "past tense", text: "Kurdish forces captured Kirkuk from Iraqi troops in 2014.", code: "192", src: "IRQ", tgt: "IRQ"},
		// must not: goods from a group, and police
		{why: "weapons seized from fighters", text: "Nigerian troops seized weapons from Boko Haram fighters in Borno.", code: "192", none: true},
		{why: "police seize records", text: "Police seized Kirkuk's records from Kurdish officials.", code: "192", none: true},
	})
}

// TestH33MembershipTalks: talks on joining a bloc that one side opens,
// begins or launches with another are negotiations (046), as "opened
// negotiations with" is; a party's membership drive negotiates nothing.
func TestH33MembershipTalks(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "headline, membership talks", text: "EU opens membership talks with Serbia", code: "046", src: "IGO", tgt: "SRB"},
		{why: "accession negotiations", text: "The European Union began accession negotiations with Ukraine on Tuesday.", code: "046", src: "IGO", tgt: "UKR"},
		// must not: a party's membership drive
		{why: "membership drive", text: "Serbia opened a new membership drive for its ruling party.", code: "046", none: true},
	})
}

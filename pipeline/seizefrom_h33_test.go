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

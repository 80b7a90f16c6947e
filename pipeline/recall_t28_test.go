package pipeline

import "testing"

// TestT28JudgedAppositiveMove: a judgement made in an appositive that
// names the act before as a whole (", a move X denounced", ", a step
// that X called hostile") is aimed at the subject that opens the
// sentence (judgedAppositiveMove). The judge's own state, an appositive
// naming a person, and a judgement with no appositive are left.
func TestT28JudgedAppositiveMove(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "a move denounced", text: "Hungary closed its border with Serbia on Monday, a move Belgrade denounced as unacceptable.", code: "111", src: "SRB", tgt: "HUN"},
		{why: "a step called hostile", text: "Moldova's parliament approved the new defence strategy, a step the Kremlin called hostile.", code: "11", src: "RUS", tgt: "MDA"},
		{why: "a decision that ... criticised", text: "Venezuela expelled the Peruvian ambassador, a decision that Chile and Colombia criticised.", code: "111", src: "CHL", tgt: "VEN"},
		{why: "an opening subordinator", text: "When Ethiopia began filling the dam, it also cut the river's flow, a measure Egypt condemned.", code: "111", src: "EGY", tgt: "ETH"},
		{why: "must-not: an appositive naming a person", text: "Hungary welcomed the Serbian opposition leader, a politician Belgrade condemned as a traitor.", code: "111", src: "SRB", tgt: "!HUN"},
		{why: "must-not: the judge's own state", text: "Kenya's parliament passed the finance bill, a move Kenyan bishops condemned.", code: "111", src: "-", tgt: "!KEN"},
		{why: "must-not: no appositive", text: "Hungary closed its border with Serbia on Monday, and Belgrade denounced the police.", code: "111", src: "SRB", tgt: "!HUN"},
	})
}

// TestT28CoMediators: mediators named together are co-brokers, not each
// other's parties (mutualCode leaves out 045): the parties come from the
// mediation's own words or the sentence's other act. Co-subjects of a
// meeting or an agreement still meet or agree with each other.
func TestT28CoMediators(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "two mediators between two parties", text: "Turkey and Saudi Arabia mediated between the Sudanese army and the paramilitary forces.", code: "045", src: "TUR", tgt: "!SAU"},
		{why: "two mediators between two parties", text: "Turkey and Saudi Arabia mediated between the Sudanese army and the paramilitary forces.", code: "045", src: "SAU", tgt: "!TUR"},
		{why: "two mediators of another act", text: "Ukraine freed 90 Russian soldiers in exchange for 90 Ukrainian prisoners, in a swap that Qatar and the UAE had mediated.", code: "045", src: "QAT", tgt: "!ARE"},
		{why: "must-not: co-subjects who meet", text: "Turkey and Saudi Arabia held talks in Ankara.", code: "04", src: "TUR", tgt: "SAU"},
		{why: "must-not: co-subjects who sign", text: "Turkey and Saudi Arabia signed a defence agreement.", code: "057", src: "TUR", tgt: "SAU"},
	})
}

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

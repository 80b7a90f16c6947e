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

// TestT28ArrestedAttacker: "... , and police arrested him" after a clause
// of violence holds the attacker, not the victim (arrestedAttacker). When
// the arrester did the violence, the pronoun is its victims.
func TestT28ArrestedAttacker(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "a lone attacker held", text: "A man stabbed the mayor of Gdansk on stage at a charity concert, and police arrested him.", code: "173", src: "POL", tgt: "!POL"},
		{why: "a lone attacker held", text: "A woman attacked two teachers at a school in Lyon, and police detained her.", code: "173", src: "FRA", tgt: "!FRA"},
		{why: "a named attacker held", text: "Russian soldiers beat two Ukrainian farmers in Kherson, and Ukrainian police later arrested them.", code: "173", src: "UKR", tgt: "RUS"},
		{why: "must-not: the arrester did the violence", text: "Police beat protesters in Nairobi and detained them.", code: "173", src: "KEN", tgt: "KEN"},
		{why: "must-not: a named object", text: "A man stabbed the mayor of Gdansk, and police arrested two of his friends.", code: "173", src: "POL", tgt: "-"},
	})
}

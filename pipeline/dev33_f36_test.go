package pipeline

import "testing"

// TestF36PriceThreat: "X said the Y would pay a price" threatens Y whether
// or not an article opens Y's name (sufferedThreat), and countermeasures
// vowed are a threat (13), not an intent to cooperate. A cost reported
// in the past and measures vowed to help are no threat.
func TestF36PriceThreat(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "article before the threatened party", text: "American jets struck targets in Afghanistan, and President George W. Bush said the Taliban would pay a price for sheltering terrorists.", code: "13", src: "USA", tgt: "AFG"},
		{why: "article before a group", text: "Washington said the Houthis would pay a heavy price for the attacks on shipping.", code: "13", src: "USA", tgt: "YEM"},
		{why: "countermeasures vowed", text: "Seoul vowed firm countermeasures against Pyongyang on Thursday.", code: "13", src: "KOR", tgt: "PRK"},
		{why: "a cost already paid", text: "The envoy said the civilians had paid the price of the war.", code: "13", none: true},
		{why: "measures to help", text: "The Kenyan government vowed firm measures to help farmers hit by the drought.", code: "13", none: true},
	})
}

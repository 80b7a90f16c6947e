package pipeline

import "testing"

// TestV33ReprisalMeans: a reprisal told by its means alone, with no
// object after it ("responded with air strikes", "retaliated with six
// expulsions", "retaliated by ordering out six diplomats"), is the act of
// that means, aimed at whoever acted on the responder earlier in the
// sentence. A reaction whose means is no act ("responded with anger", "with a statement")
// codes nothing.
func TestV33ReprisalMeans(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "air strikes after a raid", text: "Syrian rebels shelled a Turkish border town, and Ankara responded with air strikes.", code: "195", src: "TUR", tgt: "SYR"},
		// with a dateline abroad, no story state stands in for the side
		// answered: "responded with" must itself tell the reprisal
		{why: "responded with, dateline", text: "NAIROBI (AFP) - Syrian rebels shelled a Turkish border town, and Ankara responded with air strikes on their positions.", code: "195", src: "TUR", tgt: "SYR"},
		{why: "missile strikes, hit back", text: "Azerbaijani troops attacked Armenian positions, and Armenia hit back with missile strikes.", code: "195", src: "ARM", tgt: "AZE"},
		{why: "expulsions answer expulsions", text: "Poland imposed sanctions on Belarus on Monday; Minsk retaliated with four expulsions.", code: "161", src: "BLR", tgt: "POL"},
		{why: "ordered out", text: "The Dutch government ordered out two Russian diplomats.", code: "161", src: "NLD", tgt: "RUS"},
		// must not: a reaction whose means is a feeling or a word
		{why: "anger", text: "Hungary responded with anger to the expulsions.", code: "161", none: true},
		{why: "a statement", text: "Hungary responded with a statement on the expulsions.", code: "161", none: true},
	})
}

// TestV33CriticizedAct: a targetless criticism coordinated after another
// state's act ("..., and X said it was disappointed", "..., and X called
// the decision regrettable") is aimed at that act's agent; after the
// critic's own act, or with no clause join, it stays aimed at no one.
func TestV33CriticizedAct(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "said it was disappointed", text: "Pakistan tested a long-range missile on Monday, and Japan said it was deeply disappointed.", code: "111", src: "JPN", tgt: "PAK"},
		{why: "called the decision regrettable", text: "Mali ordered UN monitors to leave the country, and the European Union called the decision regrettable.", code: "111", src: "IGO", tgt: "MLI"},
		// must not: the critic's own act before, no clause join
		{why: "own act", text: "Chile withdrew from the talks on Monday, and Santiago said it was deeply disappointed.", code: "111", src: "CHL", tgt: "-"},
	})
	evs := codeText(t, p, "2024-05-01", "Chile withdrew from the talks on Monday, and Santiago said it was deeply disappointed.")
	for i := range evs {
		if evs[i].CAMEO == "111" && len(evs[i].Target) > 0 {
			t.Errorf("own act: criticism aimed at %s, want no target", actorCodes(evs[i].Target))
		}
	}
}

// TestV33InResponseTo: a show of force or a cut in relations whose
// reason is given as "in response to", "in retaliation for" or "in
// reprisal for" another state's act is aimed at that state, as one that
// cites it is; a force named only by itself is no adversary.
func TestV33InResponseTo(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "deployment in response to", text: "Cuba ordered the deployment of thousands of militia members in response to the US military build-up near the island.", code: "154", src: "CUB", tgt: "USA"},
		{why: "alert in response to", text: "Serbia put its army on high alert in response to Kosovo's deployment of police in the north.", code: "152", src: "SRB", tgt: "KSV"},
		// must not: a reason that names no state
		{why: "a storm", text: "Cuba ordered the deployment of thousands of militia members in response to the hurricane.", code: "154", src: "CUB", tgt: "-"},
	})
	evs := codeText(t, p, "2024-05-01", "Cuba ordered the deployment of thousands of militia members in response to the hurricane.")
	for i := range evs {
		for _, a := range evs[i].Target {
			if evs[i].CAMEO == "154" && a.Country != "" && a.Country != "CUB" {
				t.Errorf("a storm: deployment aimed at %s, want no other state", actorCodes(evs[i].Target))
			}
		}
	}
}

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

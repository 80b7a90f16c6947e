package pipeline

import "testing"

// TestK39ConjunctNominal: a past verb after "and" or "but" opens a
// conjunct of its own, so a verb of judging or reporting in the earlier
// conjunct does not govern the nominal act the later verb takes as its
// object; inside a phrase of that object, or with no conjunct, it still
// does.
func TestK39ConjunctNominal(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "called on ... and ordered a freeze", text: "Britain called on Moscow to withdraw its troops on Monday and ordered a freeze on Russian assets in London.", code: "163", src: "GBR", tgt: "-"},
		{why: "urged ... and imposed sanctions (unchanged)", text: "The European Union urged Minsk to free the detainees and imposed sanctions on Belarusian officials.", code: "163", src: "IGO", tgt: "BLR"},
		{why: "the appeal stays", text: "Britain called on Moscow to withdraw its troops on Monday and ordered a freeze on Russian assets in London.", code: "0256", src: "GBR", tgt: "RUS"},
	})
	// must not: the nominal inside a phrase of the object is no act of
	// the subject's
	checkRootNot(t, p, "05", "President Reagan condemned the attack and suspended talks on a new trade agreement with Moscow.")
	// must not: with no conjunct the judging verb governs the nominal
	checkSourceNot(t, p, "16", "Moscow condemned the freeze on Russian assets in London.", "RUS")
}

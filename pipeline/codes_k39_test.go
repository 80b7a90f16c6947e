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

// TestK39BareCount: "the two" or "the three" right before a verb, with no
// noun, stands for the parties just named, as "the two sides" does; a
// count before its own noun counts that noun.
func TestK39BareCount(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "hosted the leaders of ..., whose ..., and the three agreed", text: "Macron hosted the leaders of Germany and Italy, whose ties had been strained for years, and the three agreed to hold regular summits.", code: "036", src: "FRA", tgt: "DEU"},
		{why: "met ..., an aside, and the two pledged", text: "Kim Jong Un crossed the border at Panmunjom to meet Moon Jae-in, the first such visit in decades, and the two pledged to end hostilities.", code: "03", src: "PRK", tgt: "-"},
		{why: "the two sides (unchanged)", text: "Erdogan met Putin in Sochi on Tuesday, and the two sides agreed to set up joint patrols in northern Syria.", code: "03", src: "TUR", tgt: "RUS"},
	})
	// Both directions of a mutual act: the second party acts too.
	mirrored := false
	for _, e := range codeText(t, p, "2024-05-01", "Erdogan met Putin in Sochi on Tuesday, and the two agreed to set up joint patrols in northern Syria.") {
		mirrored = mirrored || e.CAMEORoot == "03" && hasCountry(e.Source, "RUS") && hasCountry(e.Target, "TUR")
	}
	if !mirrored {
		t.Errorf("the two agreed: no 03 RUS>TUR")
	}
	// must not: a count before its noun counts that noun
	checkSourceNot(t, p, "18", "Police in Nairobi arrested the four gunmen who attacked the mall.", "KEN")
}

// TestK39PronounObject: "he" or "she" opening a clause coordinated by
// "and" or "but" stands for the person the clause before took as its
// object when that clause's subject is no person ("the court", "the
// army"); a subject that agrees keeps the pronoun, and a background
// clause ("as he attended talks") stays uncoded.
func TestK39PronounObject(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "sentenced President Lula ..., and he resigned", text: "The court sentenced President Lula to prison, and he resigned.", code: "0831", src: "BRA", tgt: "-"},
		{why: "detained President Bazoum ..., and he resigned", text: "The army detained President Mohamed Bazoum in Niamey, and he resigned on Friday.", code: "0831", src: "NER", tgt: "-"},
		// must not: a person subject keeps "he"
		{why: "Modi met Xi, and he said", text: "Prime Minister Modi met Xi Jinping in Kazan, and he said the talks were constructive.", code: "010", src: "IND", tgt: "-"},
	})
	checkSourceNot(t, p, "01", "Prime Minister Modi met Xi Jinping in Kazan, and he said the talks were constructive.", "CHN")
	// must not: a background clause after "as" is not coded
	checkRootNot(t, p, "04", "A court indicted President Charles Taylor for war crimes on Wednesday as he attended peace talks in Ghana.")
}

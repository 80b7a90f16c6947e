package pipeline

import "testing"

// TestR30TakenTownPlaced: armed men who enter or take a town named right
// after the verb occupy it (192) even when another clause of the sentence
// names a place with "in" first; the place chooser had put the taking in
// that earlier place and the bare town line then dropped it. Sentences
// written for this test.
func TestR30TakenTownPlaced(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "truce in a region, rebels enter a town", text: "The government announced a truce in Darfur as rebel forces entered Nyala.", code: "192", src: "SDN", tgt: "SDN"},
		{why: "talks in one city, fighters enter another", text: "Talks opened in Doha as Taliban fighters entered Kunduz.", code: "192", src: "AFG", tgt: "AFG"},
	})
}

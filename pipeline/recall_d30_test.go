package pipeline

import "testing"

// TestD30AnnouncedCut: a state's announcement that it will break or
// reduce relations, or leave an international body, is the reduction
// itself (160, 161), not a threat (1313) or an intent to de-escalate
// (0356); a warning or a condition keeps the threat.
func TestD30AnnouncedCut(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{why: "ties to be cut, announced", text: "Bolivia announced that it would sever diplomatic ties with Israel over the bombing of Gaza.", code: "161", src: "BOL", tgt: "ISR"},
		{why: "a body to be left, declared", text: "Burkina Faso declared that it would quit the International Organisation of La Francophonie.", code: "160", src: "BFA", tgt: "IGO"},
		{why: "a court to be left, announced", text: "The Philippines announced it would withdraw from the International Criminal Court.", code: "160", src: "PHL", tgt: "IGO"},
		// must-keep: a warning or a condition is the threat
		{why: "warned, a threat", text: "Ankara warned that it would cut ties with Austria over the report.", code: "1313", src: "TUR", tgt: "AUT"},
		{why: "conditioned, a threat", text: "Ankara said it would cut ties with Austria unless the report was withdrawn.", code: "1313", src: "TUR", tgt: "AUT"},
	})
}

// TestD30DocumentEnding: a decree, law or order that ends, lifts or
// repeals a measure does so as it is issued, as one that imposes or
// bans does ("signed a decree lifting the curfew").
func TestD30DocumentEnding(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{why: "a decree lifting a curfew", text: "Kenya's president signed a decree lifting the curfew in Mombasa.", code: "0813", src: "KEN", tgt: "-"},
		{why: "a law repealing a ban", text: "Ghana's parliament passed a law repealing the ban on opposition parties.", code: "08", src: "GHA", tgt: "GHA"},
		{why: "an order ending an embargo", text: "Canada's prime minister signed an order ending the embargo on Venezuela.", code: "085", src: "CAN", tgt: "VEN"},
	})
}

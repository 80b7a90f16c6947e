package pipeline

import "testing"

// TestA30SharedShipNouns: every stage that asks whether a noun is a
// ship asks actor.ShipNoun, so a ship kind that one of the old lists
// lacked ("supertanker" and "dhow" for "-linked", "supertanker" for a
// crew's ship) is read as a ship by all of them.
func TestA30SharedShipNouns(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "-linked before a supertanker", text: "Houthi rebels attacked an Israel-linked supertanker in the Red Sea.", code: "19", src: "YEM", tgt: "ISR"},
		{why: "-linked before a dhow", text: "Pirates hijacked a Yemen-linked dhow off Somalia.", code: "181", src: "-", tgt: "YEM"},
		{why: "the crew of a supertanker", text: "Pirates released the crew of a Greek supertanker.", code: "0841", src: "-", tgt: "GRC"},
		{why: "must-not: -linked before no ship", text: "Houthi rebels attacked an Israel-linked warehouse in the Red Sea port.", code: "19", src: "YEM", tgt: "!ISR"},
	})
}

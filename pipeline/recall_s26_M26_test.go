package pipeline

import "testing"

// TestRecallS26M26WaterCannon: water cannon fired at a boat, a ship or a
// vessel is coercion short of arms (170), not a use of military force
// (19); fired at a crowd it is repression (175); told after "after" in a
// reaction's sentence it falls on the state that reacts. Every sentence
// was written for this test.
func TestRecallS26M26WaterCannon(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "patrol vessel at a fishing boat", text: "A Japanese patrol vessel fired water cannon at a Taiwanese fishing boat near the disputed islands.", code: "170", src: "JPN", tgt: "TWN"},
		{why: "coast guard at trawlers", text: "South Korean coast guard ships fired water cannons at Chinese fishing trawlers in the Yellow Sea.", code: "170", src: "KOR", tgt: "CHN"},
		{why: "patrol boats on vessels", text: "Indonesian patrol boats fired water cannon on Vietnamese fishing vessels off the Natuna Islands.", code: "170", src: "IDN", tgt: "VNM"},
		{why: "after, in a reaction", text: "Vietnam protested after Chinese ships fired water cannon at its fishing boats near the Paracels.", code: "170", src: "CHN", tgt: "VNM"},
		{why: "after, in a summons", text: "Seoul summoned the Chinese ambassador after Chinese vessels fired water cannon at a research ship.", code: "170", src: "CHN", tgt: "KOR"},
		// must not: no fight, and crowds stay repression
		{why: "no fight at a boat", text: "A Japanese patrol vessel fired water cannon at a Taiwanese fishing boat near the disputed islands.", code: "19", none: true},
		{why: "students marching", text: "Police fired water cannon at hundreds of students marching on parliament in Jakarta.", code: "175", src: "IDN", tgt: "IDN"},
		{why: "farmers marching", text: "Riot police fired water cannon at farmers marching on the capital in Bangkok.", code: "175", src: "THA", tgt: "-"},
		{why: "protesters", text: "Police fired water cannon at protesters outside the parliament in Belgrade.", code: "175", src: "SRB", tgt: "-"},
	})
}

package pipeline

import "testing"

// TestQ33EncirclementCompleted: an encirclement or a siege completed or
// closed is one imposed (191), also inside a report; a door closed during
// a siege is no blockade.
func TestQ33EncirclementCompleted(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "completed the encirclement", text: "Syrian government forces completed the encirclement of eastern Ghouta.", code: "191", src: "SYR", tgt: "-"},
		{why: "reported: had completed its encirclement", text: "Russia's defence ministry said its forces had completed the encirclement of Avdiivka.", code: "191", src: "RUS", tgt: "UKR"},
		{why: "closed the encirclement", text: "Azerbaijani troops closed the encirclement of Shusha.", code: "191", src: "AZE", tgt: "-"},
		// must not: a door closed during a siege
		{why: "doors closed during a siege", text: "The Iraqi hospital closed its doors during the siege of Fallujah.", code: "191", none: true},
	})
}

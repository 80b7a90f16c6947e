package pipeline

import "testing"

// TestR35CEnvoysOfStateOrderedOut: envoys named with their state after
// them ("the ambassador of France", "diplomats from Togo and Benin")
// ordered to leave are a mission expelled (161), as "the French
// ambassador" is; other nationals ordered out stay deportees (174).
func TestR35CEnvoysOfStateOrderedOut(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "ambassador of X ordered out", text: "Niger's junta ordered the ambassador of France to leave the country within 48 hours.", code: "161", src: "NER", tgt: "FRA"},
		{why: "diplomats from X and Y ordered out", text: "Ghana ordered diplomats from Togo and Benin to depart within a week.", code: "161", src: "GHA", tgt: "-"},
		// must not
		{why: "nationals of X ordered out", text: "Iran ordered nationals of Jordan to leave the country.", code: "161", none: true},
		{why: "envoys of X told to stay", text: "Mali ordered the diplomats of Algeria to stay in the capital.", code: "161", none: true},
	})
}

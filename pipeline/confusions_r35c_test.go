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

// TestR35CRespondWithTariffs: a state that says or vows it will answer
// with tariffs, sanctions or reciprocity threatens sanctions (1312); a
// response already made, or one with no sanction named, is no threat.
func TestR35CRespondWithTariffs(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "said would respond with tariffs", text: "China said it would respond with tariffs of its own against the United States.", code: "1312", src: "CHN", tgt: "USA"},
		{why: "said would answer with reciprocity", text: "The Canadian government said Canada would answer with reciprocity.", code: "1312", src: "CAN", tgt: "-"},
		{why: "vowed to retaliate with sanctions", text: "Russia vowed to retaliate with sanctions against Lithuania.", code: "1312", src: "RUS", tgt: "LTU"},
		// must not
		{why: "response already made", text: "China said it had responded with tariffs on American soybeans.", code: "1312", none: true},
		{why: "no sanction named", text: "Kenya said it would respond with more police patrols.", code: "131", none: true},
	})
}

// TestR35CEnvoysListTarget: envoys "from" a list of states, ordered out,
// cut relations with each state of the list; the group opens inside the
// pattern's span, right after the verb, so the verb stage takes it as
// the target.
func TestR35CEnvoysListTarget(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "diplomats from X and Y, first", text: "Ghana ordered diplomats from Togo and Benin to depart within a week.", code: "161", src: "GHA", tgt: "TGO"},
		{why: "diplomats from X and Y, second", text: "Ghana ordered diplomats from Togo and Benin to depart within a week.", code: "161", src: "GHA", tgt: "BEN"},
		// must not
		{why: "nationals of X and Y", text: "Ghana ordered nationals of Togo and Benin to leave the country.", code: "161", none: true},
	})
}

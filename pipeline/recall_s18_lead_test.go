package pipeline

import "testing"

// TestS18LeadRebelsHarmIts: a state that reports harm done to "its" posts,
// towns or positions owns them, and its own rebels, separatists or
// protesters are no part of the state whose act on its own the
// own-country check leaves alone (pipeline/itsvictim_m17.go,
// againstState). A state's own forces in the clause still keep "its" for
// no one. "fire on its positions" is read by "fire on +", so the owner
// found is the target (data/verbs/19-fight.txt).
func TestS18LeadRebelsHarmIts(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "domestic rebels shelled its posts", text: "Turkey said Kurdish militants had shelled its border posts.", code: "19", src: "TURREB", tgt: "TUR"},
		{why: "domestic rebels attacked its villages", text: "Colombia said FARC dissidents attacked its border villages overnight.", code: "19", src: "-", tgt: "COL"},
		{why: "separatists shelled its towns", text: "India said Kashmiri separatists had fired rockets at its towns.", code: "19", src: "-", tgt: "IND"},
		{why: "foreign troops fired on its positions", text: "India said Pakistani troops fired on its positions along the Line of Control.", code: "193", src: "PAKMIL", tgt: "IND"},
		{why: "foreign troops fired on its positions, a ministry speaks", text: "Armenia's defence ministry said Azerbaijani forces had fired on its positions near Sotk.", code: "193", src: "AZEMIL", tgt: "ARM"},
		{why: "must not: the state's own army in the clause", text: "Russia said its army had shelled its own positions by mistake.", code: "19", src: "-", tgt: "RUS", none: true},
		{why: "must not: rebels' own means", text: "Turkey said Kurdish militants had fired its rockets from Iraq.", code: "19", src: "-", tgt: "TUR", none: true},
	}, sideFull)
}

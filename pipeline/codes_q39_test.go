package pipeline

import "testing"

// TestQ39PossessiveHouse: a capitalised "House" after an office holder's
// possessive ("the Prime Minister's House", "the Governor's House") is a
// residence, not the US House; after a state's name it stays a House.
func TestQ39PossessiveHouse(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "the Prime Minister's House in Islamabad", text: "Soldiers surrounded the Prime Minister's House in Islamabad on Tuesday.", code: "19", src: "PAK", tgt: "PAK"},
		{why: "the Governor's House in Lahore", text: "Police baton-charged protesters outside the Governor's House in Lahore.", code: "17", src: "PAK", tgt: "PAK"},
		// must not: a state's own House is its legislature
		{why: "Australia's House", text: "Australia's House condemned China over the detention of a journalist.", code: "11", src: "AUS", tgt: "CHN"},
	})
}

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

// TestQ39ParticipleIt: "it" after a participle opening a comma clause
// (", accusing it of ...") is the main clause's object, not a party named
// later in the clause; a singular common noun before the comma binds
// nothing, and "it" opening a clause of its own is no object.
func TestQ39ParticipleIt(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "the UN office ordered closed", text: "Bujumbura ordered the UN human rights office to close, accusing it of tarnishing Burundi's image.", code: "112", src: "BDI", tgt: "IGO"},
		{why: "the aid halted to Pakistan", text: "Washington halted aid to Pakistan, accusing it of harbouring militants.", code: "112", src: "USA", tgt: "PAK"},
		// must not: a common noun before the comma may be what "it" means
		{why: "closed the office", text: "Nigeria closed the office, accusing it of smuggling rice into Lagos.", code: "1121", src: "NGA", tgt: "-"},
	})
}

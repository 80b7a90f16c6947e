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

// TestQ39DemandThatParticiple: a participle after a demand's that-clause
// ("demanded that Washington end the strikes, lodging a protest") is the
// demander's act; after a clause of fact it keeps the clause's subject.
func TestQ39DemandThatParticiple(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "demanded that ..., lodging a protest", text: "Islamabad demanded that Washington end drone strikes in the tribal areas, lodging a formal protest with the US embassy.", code: "114", src: "PAK", tgt: "USA"},
		{why: "demanded that ..., accusing it", text: "Peru demanded that Chile withdraw its troops, accusing it of violating the border.", code: "11", src: "PER", tgt: "CHL"},
		// must not: a participle after a plain clause is that clause's subject's
		{why: "insurgents shelled the city, killing", text: "Insurgents shelled Kunduz, killing eight policemen.", code: "19", src: "AFG", tgt: "AFG"},
	})
}

// TestQ39DemandedSeatSubject: a seat of government opening a demand's
// that-clause is the clause's subject even when the tagger calls its
// bare verb a noun ("demanded that Islamabad share all information").
func TestQ39DemandedSeatSubject(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "demanded that Islamabad share", text: "Kabul demanded that Islamabad share all information on the plotters of the suicide bombing at the Indian embassy.", code: "1014", src: "AFG", tgt: "PAK"},
		// must not: a seat before a noun in a statement stays a modifier
		{why: "said that Moscow airport", text: "Ukraine said that Moscow airport was closed after the drone attack.", code: "01", src: "UKR", tgt: "-"},
	})
}

package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// TestS15LeadNominalGerund: a state's adjective before an -ing noun and a
// preposition heads the subject of the verb after them ("Pakistani
// shelling across the Line of Control killed", verb/roles.go,
// nominalGerund), as it does before a noun ("Israeli strikes in southern
// Lebanon killed"). An -ing word with an object of its own is a verb, and
// an -ing noun of no violence gives no attack.
func TestS15LeadNominalGerund(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "shelling across a line", text: "Pakistani shelling across the Line of Control killed three civilians in Kashmir, Indian officials said.", code: "19", src: "PAK", tgt: "-"},
		{why: "bombing near a border", text: "Turkish bombing near the border killed two Kurdish fighters on Sunday.", code: "19", src: "TUR", tgt: "-"},
		{why: "shelling in a town", text: "Azerbaijani shelling in Stepanakert wounded four civilians, Armenian officials said.", code: "19", src: "AZE", tgt: "-"},
		{why: "must not: trading is no attack", text: "Russian trading in Gazprom shares rose sharply on Monday.", code: "19", none: true},
		{why: "must not: fishing angers, no force", text: "Chinese fishing near the Scarborough Shoal angered the Philippines.", code: "19", none: true},
	})
}

// TestS15LeadStruckPlaceNoun: the people a blow kills are of the place it
// fell on, when the blow is a noun too ("Russian shelling of Kharkiv killed
// four people", pipeline/default.go, struckPlace), not of the attacker's
// state that heads the sentence. "The killing of" names people, not a place.
func TestS15LeadStruckPlaceNoun(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "shelling of a city", text: "Russian shelling of Kharkiv killed four people on Tuesday, the regional governor said.", code: "190", src: "RUS", tgt: "UKR"},
		{why: "strike on a town", text: "A Saudi air strike on Saada killed 12 people, Houthi officials said.", code: "190", src: "SAU", tgt: "YEM"},
		{why: "bombardment of a town", text: "Syrian government bombardment of Douma killed 30 people.", code: "190", src: "SYR", tgt: "SYR"},
	}, func(as []event.Actor, want string) bool { return want == "-" || hasCountry(as, want) })
}

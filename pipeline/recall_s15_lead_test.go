package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// TestS15LeadNominalGerund: a state's adjective before an -ing noun and a
// preposition heads the subject of the verb after them ("Pakistani
// shelling across the Line of Control killed", verb/roles.go,
// nominalGerund), as it does before a noun ("Israeli strikes in southern
// Lebanon killed"). An -ing noun of no violence gives no attack.
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

// sideCountry is the side rule of the lead's tables: "-" matches any side.
func sideCountry(as []event.Actor, want string) bool { return want == "-" || hasCountry(as, want) }

// TestS15LeadStruckPlaceNoun: the people a blow kills are of the place it
// fell on, when the blow is a noun too ("Russian shelling of Kharkiv killed
// four people", pipeline/default.go, struckPlace), not of the attacker's
// state that heads the sentence.
func TestS15LeadStruckPlaceNoun(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "shelling of a city", text: "Russian shelling of Kharkiv killed four people on Tuesday, the regional governor said.", code: "190", src: "RUS", tgt: "UKR"},
		{why: "strike on a town", text: "A Saudi air strike on Saada killed 12 people, Houthi officials said.", code: "190", src: "SAU", tgt: "YEM"},
		{why: "bombardment of a town", text: "Syrian government bombardment of Douma killed 30 people.", code: "190", src: "SYR", tgt: "SYR"},
	}, sideCountry)
}

// TestS15LeadSettlers: settlers are of the state that settles them, not
// of the occupied land they live in (pipeline/default.go, settlerState and
// localSides): the West Bank's are Israel's, Western Sahara's Morocco's.
// Settlers named with their own state keep it.
func TestS15LeadSettlers(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "bare settlers, place after", text: "Settlers attacked a Palestinian village in the West Bank on Friday.", code: "19", src: "ISR", tgt: "PSE"},
		{why: "bare settlers in the occupied territory", text: "Settlers in the occupied West Bank shot dead a Palestinian man.", code: "19", src: "ISR", tgt: "PSE"},
		{why: "settlers arrested", text: "Israeli police arrested two settlers suspected of attacking a Palestinian family in Hebron.", code: "173", src: "ISR", tgt: "ISR"},
		{why: "stones at settlers", text: "Palestinian youths threw stones at settlers near Nablus.", code: "14", src: "PSE", tgt: "ISR"},
		{why: "Western Sahara", text: "Moroccan police detained settlers in Laayoune.", code: "173", src: "MAR", tgt: "MAR"},
		{why: "settlers named by their state", text: "Dutch settlers clashed with Xhosa warriors in 1779.", code: "19", src: "NLD", tgt: "-"},
		{why: "must not: Palestinians are not settlers", text: "Settlers attacked a Palestinian village in the West Bank on Friday.", code: "19", src: "PSE", tgt: "PSE", none: true},
	}, sideCountry)
}

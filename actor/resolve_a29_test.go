package actor

import "testing"

// TestResolveA29PossessorSubject: a capital's possessive after ", and" or
// ", but" that owns the subject of a new clause is the state, not one
// more place in the list the clause before ended on.
func TestResolveA29PossessorSubject(t *testing.T) {
	checkResolve(t, s12TestDict+"GOV  foreign ministry\nMIL  defence ministry\n", []resolveCase{
		{"Warships shadowed a tanker near the Spratly Islands, and Beijing's foreign ministry protested.", "2023-05-01", "CHNGOV"},
		{"Shells hit a market in Kharkiv, and Kyiv's defence ministry blamed Moscow.", "2023-05-01", "UKRMIL RUS"},
		// Must-nots: with no verb after the possessor's phrase the name
		// ends the list of places.
		{"Protesters marched in Paris, and Berlin's old squares.", "2023-05-01", "---CVL"},
	})
}

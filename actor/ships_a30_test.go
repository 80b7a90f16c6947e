package actor

import "testing"

// TestShipNounA30: the one list of ship nouns that every stage asks
// (ledBy's "-linked", the crew of a ship, the pipeline's flag and owner
// rules). Warships are sector entries and stay out; so do nouns built on
// "ship" that name no vessel.
func TestShipNounA30(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"supertanker", true}, {"supertankers", true}, {"dhow", true}, {"dhows", true},
		{"ferry", true}, {"ferries", true}, {"bulker", true}, {"tug", true},
		{"containership", true}, {"yachts", true}, {"ship", true}, {"vessels", true},
		{"carrier", true},
		// Must-nots.
		{"carriers", false}, {"warship", false}, {"frigate", false}, {"destroyer", false},
		{"shipment", false}, {"shipping", false}, {"boating", false}, {"", false},
	} {
		if got := ShipNoun(c.w); got != c.want {
			t.Errorf("ShipNoun(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

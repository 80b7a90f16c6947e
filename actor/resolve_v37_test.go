package actor

import "testing"

// TestV37CapitalAfterStanceFrom: after a noun of criticism or anger a
// state draws ("came under fire from", "drew flak from", "faced a
// backlash from"), "from" a capital names the state, as after
// "criticism"; after other nouns the capital stays a city.
func TestV37CapitalAfterStanceFrom(t *testing.T) {
	checkResolve(t, aimedTestDict, []resolveCase{
		{"The British government came under fire from Washington over the deal.", "", "GBRGOV USA"},
		{"Britain drew flak from Moscow over the visit.", "", "GBR RUS"},
		{"Russia faced a backlash from London over the ban.", "", "RUS GBR"},
		{"Iran drew the wrath of Washington and the anger from Paris.", "", "IRN USA FRA"},
		// must not: "from" after other nouns is still a place.
		{"Britain flew troops from London to Geneva.", "", "GBR"},
		{"Russia faced pressure from Washington over the tariffs.", "", "RUS"},
	})
}

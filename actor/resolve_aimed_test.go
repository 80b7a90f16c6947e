package actor

import "testing"

const aimedTestDict = `@kind country
CHN  China | Chinese
USA  United States | US | American
USA  Washington  [metonym]
GBR  Britain | British
GBR  London  [metonym]
RUS  Russia | Russian
RUS  Moscow  [metonym]
IRN  Iran | Iranian
IRN  Tehran  [metonym]
FRA  Paris  [metonym]
CHE  Geneva  [metonym]
@kind sector
GOV  government | ministry
`

// TestResolveCapitalAfterAt: after a word of criticism or anger, "at"
// names who is criticised, so a capital there is its state; after any
// other word "at" names a place, and the capital stays a city.
func TestResolveCapitalAfterAt(t *testing.T) {
	checkResolve(t, aimedTestDict, []resolveCase{
		// Phrasal verbs of attack in words, with "out" or "back".
		{"China hit out at Washington over the tariffs.", "", "CHN USA"},
		{"Iran lashed out at London on Sunday.", "", "IRN GBR"},
		{"Tehran hit back at Moscow after the vote.", "", "IRN RUS"},
		{"The ministry lashed out again at Paris.", "", "---GOV FRA"},
		// Verbs, nouns and adjectives of anger.
		{"Beijing officials fumed at Washington for days.", "", "USA"},
		{"Iran snapped at London over the detention.", "", "IRN GBR"},
		{"Russia took aim at London in a statement.", "", "RUS GBR"},
		{"China took a swipe at Washington and London.", "", "CHN USA GBR"},
		{"The government is angry at Moscow.", "", "---GOV RUS"},
		{"Britain was furious at Tehran over the ship.", "", "GBR IRN"},
		// A place after "at" stays a place.
		{"Talks at Geneva ended on Friday.", "", ""},
		{"Russia and China met at Geneva.", "", "RUS CHN"},
		{"The minister landed at Moscow's airport.", "", ""},
		{"Iran protested in London.", "", "IRN"},
		{"China sent an envoy to Moscow.", "", "CHN"},
		// "hit" with no "out" before "at" is a strike on a place.
		{"The storm hit at Washington harbour.", "", ""},
	})
}

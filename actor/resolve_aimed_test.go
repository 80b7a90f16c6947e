package actor

import (
	"strings"
	"testing"
)

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
		// An envoy's post is the capital's state ("an envoy to Moscow",
		// "its ambassador from Tehran"), a diplomatic metonym; a mission
		// building stays in its city.
		{"China sent an envoy to Moscow.", "", "CHN RUS"},
		{"Britain recalled its ambassador from Tehran.", "", "GBR IRN"},
		{"China opened a trade office in Moscow.", "", "CHN"},
		// "hit" with no "out" before "at" is a strike on a place.
		{"The storm hit at Washington harbour.", "", ""},
	})
}

// TestResolveBeforePastFormNoun: a past form the tagger took for a noun,
// which the lemmatizer gives a verb lemma, does not make the name before
// it a modifier: "Washington unfroze/NN funds" has Washington acting. The
// tags and lemmas are set by hand, so the test does not depend on the
// tagger's mistakes.
func TestResolveBeforePastFormNoun(t *testing.T) {
	r, an := testResolver(t, aimedTestDict)
	for _, tc := range []struct {
		sentence  string
		at        int    // the token retagged NN
		lemma     string // its lemma
		wantCodes string
	}{
		{"Washington unfroze the funds.", 1, "unfreeze", "USA"},
		{"Britain unfroze the funds.", 1, "unfreeze", "GBR"},
		// The same words with the noun's own lemma: a modifier, as
		// "Moscow talks" or "British territory" are.
		{"Washington unfroze the funds.", 1, "unfroze", ""},
		{"Britain unfroze the funds.", 1, "unfroze", ""},
	} {
		toks := an.Analyze(tc.sentence)[0].Tokens
		toks[tc.at].Tag, toks[tc.at].Lemma = "NN", tc.lemma
		var got []string
		for _, g := range r.Resolve(toks, "") {
			for _, ph := range g.Phrases {
				if !ph.Modifier {
					got = append(got, ph.Code)
				}
			}
		}
		if strings.Join(got, " ") != tc.wantCodes {
			t.Errorf("%q with %s/NN(%s): %v, want %q", tc.sentence, toks[tc.at].Text, tc.lemma, got, tc.wantCodes)
		}
	}
}

package pipeline

import "testing"

// TestV40VenueNotParty: where a meeting's or an agreement's parties are
// named otherwise (a plural of the parties, a subject joined to another
// name), the place it happened in is a venue, not its target; a lone
// actor still takes its place's state (placeHost).
func TestV40VenueNotParty(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "one state's warring parties meet abroad", text: "Sudan's warring parties held face-to-face talks in Jeddah.", code: "04", src: "SDN", tgt: "SDN"},
		{why: "one state's rival factions meet abroad", text: "Libya's rival factions held talks in Geneva.", code: "04", src: "LBY", tgt: "LBY"},
		// must keep: a lone actor's place is its host
		{why: "a lone delegation's talks in a capital", text: "A Turkish delegation led by the deputy foreign minister held talks in Baghdad.", code: "04", src: "TUR", tgt: "IRQ"},
		{why: "a lone signer's deal in a capital", text: "Yemen's President Ali Abdullah Saleh signed a deal in Riyadh.", code: "057", src: "YEM", tgt: "SAU"},
		{why: "talks with the host's officials", text: "A Yemeni delegation held talks in Riyadh with Saudi officials.", code: "04", src: "YEM", tgt: "SAU"},
	})
	// must not: the venue as a party
	for _, tc := range []struct{ why, text, not string }{
		{"plural parties", "Sudan's warring parties held face-to-face talks in Jeddah.", "SAU"},
		{"plural parties, no state", "The two sides held talks in Geneva.", "CHE"},
		{"second of two joined names", "Sudanese Vice-President Ali Osman Taha and SPLA leader John Garang signed a comprehensive peace agreement in Nairobi.", "KEN"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", tc.text) {
			if hasCountry(e.Target, tc.not) {
				t.Errorf("%s: %q coded %s %s>%s, want no %s target", tc.why, tc.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), tc.not)
			}
		}
	}
}

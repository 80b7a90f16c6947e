package geo

import "testing"

// TestAdminNameJJ: a capitalised word the tagger calls an adjective
// before an administrative noun names the unit ("in Shopian district"),
// unless it is a demonym or a compass adjective.
func TestAdminNameJJ(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct {
		sentence string
		tags     map[string]string
		want     string // "text=Name/ALPHA3" per mention
	}{
		// Wrong before: the JJ name was no proper-noun span.
		{"Three militants were killed in Shopian district on Thursday.", map[string]string{"Shopian": "JJ", "Three": "CD", "Thursday": "NNP"}, "Shopian district=Shopian/IND"},
		{"Police fired on protesters in Gaur District.", map[string]string{"Gaur": "JJ"}, "Gaur District=Gaur/NPL"},
		// Must not: a demonym or a people before the noun names no place.
		{"Troops moved into the Syrian province on Monday.", map[string]string{"Syrian": "JJ", "Monday": "NNP"}, ""},
		{"Gunmen attacked a Christian district of the city.", map[string]string{"Christian": "JJ", "Gunmen": "NNS"}, ""},
		// Must not: a capitalised adjective before another noun.
		{"Police fired in a Shopian market.", map[string]string{"Shopian": "JJ"}, ""},
	} {
		if got := mentionSummary(g.Mentions(naiveSentence(tc.sentence, tc.tags), nil, nil)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

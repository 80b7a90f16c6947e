package pipeline

import "testing"

// TestM30UnderMediation: "under X mediation" names the mediator by its
// adjective (data/verbs/04-consult.txt); a consultation of one side alone
// is no mediation (loneMediation). Sentences written for this test.
func TestM30UnderMediation(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"a deal between two named states", "The foreign ministers of Chad and Niger signed a border accord in Abuja under Nigerian mediation.", "045", "NGA", "TCD"},
		{"a side that names several parties", "Two rival Somali clans signed a peace accord in Nairobi under Kenyan mediation.", "045", "KEN", "SOM"},
	})
	checkRootCases(t, p, []rootCase{
		{why: "one side's talks alone", text: "Mali's junta leader held talks in Algiers under Algerian mediation.", code: "045", none: true},
		{why: "one side's consultations alone", text: "Chad's president consulted in Paris under French auspices.", code: "045", none: true},
	})
}

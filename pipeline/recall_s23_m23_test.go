package pipeline

import (
	"strings"
	"testing"
)

// TestRecallS23M23 codes sentences written for M23's acts told inside
// subordinate and background clauses, which complete-listing coders list
// beside the sentence's own act: a time clause whose subject has an adverb
// before its verb ("after Israel quickly seized the ship"). Must-not rows
// keep negations out and the main clause's subject off the clause's act.
func TestRecallS23M23(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		// A time clause's subject, an adverb, its verb (clauseadverb_m23.go).
		{why: "since ... first seized power", text: "Coups have spread across the Sahel since Burkina Faso's army first seized power in January 2022.", code: "180", src: "BFA", tgt: "BFA"},
		{why: "after ... quickly seized", text: "Trade fell after Israel quickly seized the ship.", code: "1711", src: "ISR", tgt: "-"},
		{why: "after ... reportedly fired", text: "Oil prices rose after Iran reportedly fired missiles at Israel.", code: "195", src: "IRN", tgt: "ISR"},
		{why: "after ... again struck", text: "Markets slumped after Russia again struck Ukraine's power grid.", code: "190", src: "RUS", tgt: "UKR"},
		{why: "after ... briefly detained", text: "Tension rose in Belgrade after Kosovo police briefly detained two Serbian officers.", code: "173", src: "KSV", tgt: "SRB"},
		{why: "after ... abruptly banned", text: "Exports collapsed after Beijing abruptly banned Lithuanian goods.", code: "163", src: "CHN", tgt: "LTU"},
		{why: "since ... first shot down", text: "Relations have been tense since Ankara first shot down a Russian bomber in 2015.", code: "190", src: "TUR", tgt: "RUS"},
		{why: "after ... allegedly killed", text: "Protesters gathered after Israel allegedly killed two Iranian generals in Damascus.", code: "190", src: "ISR", tgt: "IRN"},
		{why: "a negated clause stays negated", text: "Oil prices fell after Iran never fired the missiles it had promised.", code: "19", none: true},
	}
	checkRootCases(t, p, cases)

	// The clause's own subject, never the main clause's: "froze ties after
	// the Israeli navy quickly seized the ship" is no seizure by Turkey.
	notSource := []struct{ text, code, src string }{
		{"Ankara froze ties after the Israeli navy quickly seized the ship.", "1711", "TUR"},
		{"Cairo protested after Israeli troops briefly detained two Egyptian soldiers.", "173", "EGY"},
	}
	for _, c := range notSource {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if strings.HasPrefix(e.CAMEO, c.code) && hasCountry(e.Source, c.src) {
				t.Errorf("%q: %s source %s, want the clause's own subject", c.text, e.CAMEO, actorCodes(e.Source))
			}
		}
	}
}

package pipeline

import "testing"

// TestF39DemandedClause: an act given or done to another (04-09, 15, 17)
// whose verb stands in the that-clause of a demand the sentence codes is
// the demand's content, not an event of its own; the demand stays, and so
// do a demanded sanction (16), a statement's that-clause and an act asked
// of nobody. Every sentence was written for this test.
func TestF39DemandedClause(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded the demanded act (hypothetical) beside the demand
		{why: "cooperation demanded", text: "The Security Council demanded that Syria cooperate fully with the international inquiry.", code: "06", none: true},
		{why: "arms demanded", text: "Protesters in Kaya demanded that the junta arm local self-defence volunteers.", code: "07", none: true},
		{why: "an inquiry demanded", text: "Human rights groups demanded that Egypt investigate the killing of the Italian student.", code: "09", none: true},
		{why: "the demand stays", text: "The Security Council demanded that Syria cooperate fully with the international inquiry.", code: "101", src: "IGO", tgt: "SYR"},
		{why: "the demand for arms stays", text: "Protesters in Kaya demanded that the junta arm local self-defence volunteers.", code: "1032", src: "BFA", tgt: "-"},
		// must not: a sanction demanded, a statement's that-clause
		{why: "a sanction demanded stays", text: "The bishops demanded that the government impose sanctions on the junta.", code: "163", src: "-", tgt: "-"},
		{why: "a that-clause after a statement", text: "The minister insisted that Syria had cooperated fully with the international inquiry.", code: "060", src: "SYR", tgt: "-"},
	})
}

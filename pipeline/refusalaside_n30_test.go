package pipeline

import "testing"

// TestN30RefusalAside: a refusal told as a noun keeps its infinitive's act
// refused (12x, not done) when a short aside set off by commas stands
// between the noun and the infinitive; a comma closing a clause, or an
// aside with a verb, is no such aside, and a noun of decision stays done.
func TestN30RefusalAside(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a time aside after the refusal", text: "Hungary's refusal, for much of the spring, to deliver weapons to Kyiv strained its ties with Brussels.", code: "07", none: true},
		{why: "a time aside, the refusal is a rejection", text: "Hungary's refusal, for much of the spring, to deliver weapons to Kyiv strained its ties with Brussels.", code: "12", src: "HUN", tgt: "UKR"},
		{why: "a place aside after the failure", text: "Austria's failure, in the border towns, to deploy its police on time drew complaints.", code: "15", none: true},
		// Near misses that stay.
		{why: "no refusal noun before the aside", text: "Poland's decision, after months of debate, to deliver tanks to Kyiv was welcomed in Washington.", code: "07", src: "POL", tgt: "UKR"},
	})
}

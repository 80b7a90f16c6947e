package pipeline

import "testing"

// TestF38Govt: monitors' digests write the government "govt" ("Sudan:
// govt on 12 Dec expelled ..."); it is the government as the full word
// is, its state taken from the sentence or the entry's label. Every
// sentence was written for this test.
func TestF38Govt(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: nothing coded, "govt" was no actor
		{why: "label and govt", text: "Chad: govt on 3 May expelled the French ambassador.", code: "16", src: "TCD", tgt: "FRA"},
		{why: "demonym and govt", text: "The Malian govt rejected the ECOWAS ultimatum.", code: "12", src: "MLI", tgt: "IGO"},
		{why: "capitalised Govt", text: "Kurdistan Regional Govt on 1 March asked Baghdad for more funds.", code: "02", src: "IRQ", tgt: "IRQ"},
		// must not: the full word still codes as before
		{why: "the full word", text: "The Malian government rejected the ECOWAS ultimatum.", code: "12", src: "MLI", tgt: "IGO"},
	})
}

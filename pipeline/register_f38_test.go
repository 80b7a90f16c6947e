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

// TestF38RelativeBeforeAnd: a restrictive relative clause on the first
// verb's object, closed by a comma but opened by none, does not cut the
// verb after ", and" from its subject (verb/relativeand_f38.go). Every
// sentence was written for this test.
func TestF38RelativeBeforeAnd(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: the second verb had no subject
		{why: "that-relative, sealed off", text: "The Turkish army shelled the villages that sheltered the militants, and sealed off the border with Syria.", code: "191", src: "TUR", tgt: "SYR"},
		{why: "which-relative on the object", text: "Israel struck the buildings which housed Hamas commanders, and imposed a blockade on Gaza.", code: "191", src: "ISR", tgt: "PSE"},
		// coded since X38C's rule too; kept as a guard
		{why: "that-relative on the object", text: "The Chilean president suspended the fare rise that had triggered the riots, and imposed a curfew in Santiago.", code: "1723", src: "CHL", tgt: "-"},
		// must not: a reported clause's "that" is no relative, and the
		// second verb after it is not the first clause's
		{why: "a reported clause", text: "Ukraine said that Russian troops had shelled Kharkiv, and Kyiv condemned the attack.", code: "111", src: "UKR", tgt: "-"},
	})
}

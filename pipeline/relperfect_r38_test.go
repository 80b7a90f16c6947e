package pipeline

import "testing"

// TestR38RelativePerfectConjunct: ", and" after a restrictive relative in
// a perfect coordinates with the verb the relative's noun is the object
// of (boundRelativeOpener, verb/relativeand_f38.go, which reads any
// restrictive relative and so covers R38's perfect ones).
func TestR38RelativePerfectConjunct(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: the relative's object, or no one, was the subject
		{why: "a relative with no actor", text: "Chilean President Sebastian Pinera suspended the fare rise that had triggered the riots, and imposed a curfew in Santiago.", code: "1723", src: "CHL", tgt: "CHL"},
		{why: "a relative with an actor", text: "Kenya closed the camp that had sheltered refugees, and expelled two Somali diplomats.", code: "161", src: "KEN", tgt: "SOM"},
		// must not: a new subject after ", and" keeps its own
		{why: "a subject of its own", text: "Turkish police arrested the man who had attacked the mosque, and the Iraqi government condemned the attack.", code: "111", src: "IRQ", tgt: "-"},
	})
}

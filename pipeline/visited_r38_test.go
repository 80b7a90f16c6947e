package pipeline

import "testing"

// TestR38VisitedTown: a town visited by its name alone is a visit to the
// town's state (042, the place gives the host), as an arrival in it is.
func TestR38VisitedTown(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded nothing
		{why: "a city abroad", text: "The Indian prime minister visited Hiroshima on Friday.", code: "042", src: "IND", tgt: "JPN"},
		{why: "a city of a war", text: "The Turkish foreign minister visited Mosul on Sunday.", code: "042", src: "TUR", tgt: "IRQ"},
		// must not: a site, a place at home with no other state
		{why: "a site", text: "UN inspectors went on to visit the site and take samples.", code: "04", none: true},
		{why: "a monument at home", text: "The North Korean leader visited the Kumsusan Palace of the Sun on Friday.", code: "04", none: true},
	})
}

package pipeline

import "testing"

// TestT30bReportedOwnForces: a state reporting bare forces killed or
// wounded speaks of its own; the place they fell in does not make them
// another state's, and "enemy" forces stay someone else's.
func TestT30bReportedOwnForces(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "headline, no state for the soldiers", text: "Israel says two soldiers killed in fighting in southern Lebanon.", code: "010", src: "ISR", tgt: "ISR"},
		{why: "police fell abroad", text: "Kenya said four police officers had been killed in an ambush in Somalia.", code: "190", src: "-", tgt: "KEN"},
		{why: "servicemen shelled in the other state", text: "Ukraine said two servicemen were killed by shelling in the Russian region of Kursk.", code: "190", src: "RUS", tgt: "UKR"},
		// must-not: forces the sentence marks as the other side's
		{why: "enemy soldiers", text: "Azerbaijan said enemy soldiers were killed near Lachin in Armenia.", code: "190", src: "-", tgt: "!AZE"},
	})
}

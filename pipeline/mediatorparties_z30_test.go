package pipeline

import "testing"

// TestZ30MediatorParties: the agents after "brokered by" or "mediated by"
// are the mediators; a list "X and Y," is closed at its comma, so the
// parties named after it are the mediation's targets, not its sources
// (mediatorParties). A plain list "X, Y and Z" stays whole.
func TestZ30MediatorParties(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "parties after a closed broker list", text: "After two days of talks in Doha brokered by Qatar and Turkey, the presidents of Sudan and Chad agreed to a ceasefire along their border.", code: "045", src: "!SDN", tgt: "SDN"},
		{why: "mediated, parties after the comma", text: "In negotiations mediated by Norway and Cuba, the envoys of Colombia and Venezuela agreed to a truce on the frontier.", code: "045", src: "!VEN", tgt: "VEN"},
		{why: "must-not: a plain list of mediators", text: "Israel and Hamas agreed to a truce in Gaza brokered by Qatar, Egypt and the United States.", code: "045", src: "EGY", tgt: "-"},
	})
}

package pipeline

import "testing"

// TestT31BrokerNoSide: a state named as the broker of a deal ("brokered
// by X", a later member of that list, "under X mediation") is no side of
// the acts done under the deal: a lone-state aim (loneOtherState through
// noParty) and brokerSide skip it. The broker keeps its own mediation,
// a mediation that is an act's object ("rejected Kenyan mediation")
// keeps its broker a party, and a reporter after the list's comma is no
// broker.
func TestT31BrokerNoSide(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "broker is no lone aim of the attack", text: "Congolese soldiers said their base had been shelled by M23 rebels in breach of a truce brokered by Angola.", code: "194", src: "COD", tgt: "!AGO"},
		{why: "second member of the broker list", text: "Syrian troops withdrew from Daraa under a truce brokered by the United States and Jordan.", code: "0874", src: "SYR", tgt: "!JOR"},
		{why: "third member of the broker list", text: "Libyan troops withdrew from the port under a ceasefire mediated by Qatar, Egypt and Turkey.", code: "0874", src: "LBY", tgt: "!TUR"},
		{why: "must-not: the broker keeps its mediation", text: "Syrian troops began pulling out of Daraa under a ceasefire brokered by the United States and Jordan.", code: "045", src: "JOR", tgt: "-"},
		{why: "must-not: a reporter after the list's comma is no broker", text: "Libyan troops withdrew from the port under a ceasefire mediated by Qatar, Egypt said.", code: "045", src: "!EGY", tgt: "-"},
		{why: "must-not: rejected mediation names its broker", text: "Ethiopia rejected a Kenyan mediation offer and vowed to crush the rebels.", code: "12", src: "ETH", tgt: "KEN"},
	})
}

package pipeline

import "testing"

// TestL37BodyBrokered: a body of states named before "-brokered" or
// "-mediated" mediates the deal or talks named next (045 to the
// parties), as a state does ("a US-brokered truce"); the same body
// "-backed", or "-brokered" before a noun that is no deal, mediates
// nothing.
func TestL37BodyBrokered(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "U.N.-brokered ceasefire", text: "A U.N.-brokered ceasefire between Israel and Hezbollah took effect on Monday.", code: "045", src: "IGO", tgt: "ISR"},
		{why: "AU-mediated deal", text: "An AU-mediated deal between Sudan's army and the RSF was signed in Jeddah.", code: "045", src: "IGO", tgt: "SDN"},
		{why: "EU-brokered talks", text: "The EU-brokered talks between Serbia and Kosovo collapsed on Tuesday.", code: "045", src: "IGO", tgt: "SRB"},
		// must not
		{why: "U.N.-backed deal", text: "A U.N.-backed deal between Israel and Hezbollah took effect on Monday.", code: "045", none: true},
		{why: "brokered before no deal", text: "A U.N.-brokered convoy reached Aleppo on Monday.", code: "045", none: true},
	})
}

package pipeline

import "testing"

// TestR31Conventions codes the thirty-first session's conventions re-decided
// from the CAMEO codebook: aid kept out of a territory by whoever holds
// its crossings is a blockade (191), while a donor's halted aid stays 162.
func TestR31Conventions(t *testing.T) {
	p := newTestPipeline(t)
	cases := []rootCase{
		{why: "aid deliveries halted into a territory", text: "Egypt halted all fuel deliveries into the Gaza Strip on Monday.", code: "191", src: "EGY", tgt: "PSE"},
		{why: "convoys kept from entering", text: "Sudan's army blocked relief convoys from entering Darfur.", code: "191", src: "SDN", tgt: "SDN"},
		{why: "a donor's halted aid is no blockade", text: "Sweden halted its development aid to Mali.", code: "191", none: true},
		{why: "a donor's halted aid stays 162 (1621)", text: "Sweden halted its development aid to Mali.", code: "1621", src: "SWE", tgt: "MLI"},
		{why: "a convoy kept from leaving restricts no entry", text: "Floods stopped the food trucks from leaving the port.", code: "191", none: true},
	}
	checkRootCases(t, p, cases)
}

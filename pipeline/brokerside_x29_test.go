package pipeline

import "testing"

// TestX29BrokerSide: a broker named after "brokered by" or "mediated by"
// is no party to the act it brokered; the one state on the other side
// acts among its own parties (brokerSide); two states that sign keep
// their sides.
func TestX29BrokerSide(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "a swap brokered by an agency", text: "The warring sides in Colombia began exchanging 300 prisoners in a deal brokered by the Red Cross.", code: "0841", src: "COL", tgt: "COL"},
		{why: "disarming under a mediated ceasefire", text: "Ethiopia's rebel authorities agreed to disarm under a ceasefire mediated by Kenyan officials.", code: "0871", src: "ETH", tgt: "ETH"},
		{why: "must-not: two states sign", text: "Eritrea and Djibouti signed a ceasefire brokered by Qatar.", code: "0871", src: "ERI", tgt: "DJI"},
	})
}

package pipeline

import "testing"

// TestF38BTransferredSum: a sum transferred to a named party is money
// given (071), as one disbursed is; a sum moved with no recipient named
// gives nothing. Every sentence was written for this test.
func TestF38BTransferredSum(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: nothing coded
		{why: "sum to a central bank", text: "Saudi Arabia on 4 March transferred $200 million to Yemen's central bank.", code: "071", src: "SAU", tgt: "YEM"},
		{why: "sum to a state", text: "Kuwait transferred $1 billion to Egypt to prop up its currency.", code: "071", src: "KWT", tgt: "EGY"},
		// must not: no recipient named
		{why: "no recipient", text: "The minister transferred $2 million abroad before fleeing the country.", code: "07", none: true},
	})
}

package pipeline

import "testing"

// TestF37BSuspendedBroker: a state or body before a hyphen left hanging
// ("a U.N.- and Turkish-brokered deal") brokered the deal as the state
// joined to the participle did, so it mediates (045 to the parties) and
// is no party to the signing; the same hanging hyphen before "-backed"
// mediates nothing.
func TestF37BSuspendedBroker(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "U.N.- and Turkish-brokered deal: the U.N. mediates", text: "Russia and Ukraine signed a U.N.- and Turkish-brokered deal on Friday to reopen Ukraine's Black Sea ports.", code: "045", src: "IGO", tgt: "UKR"},
		{why: "U.N.- and Turkish-brokered deal: the parties sign with each other", text: "Russia and Ukraine signed a U.N.- and Turkish-brokered deal on Friday to reopen Ukraine's Black Sea ports.", code: "057", src: "RUS", tgt: "UKR"},
		{why: "Qatari- and Egyptian-mediated truce", text: "Israel and Hamas agreed to a Qatari- and Egyptian-mediated truce on Sunday.", code: "045", src: "QAT", tgt: "ISR"},
		// must not
		{why: "U.S.- and British-backed deal", text: "Israel and Lebanon signed a U.S.- and British-backed deal on Sunday.", code: "045", none: true},
	})
}

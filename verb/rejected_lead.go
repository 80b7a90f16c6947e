package verb

import "github.com/parley-events/parley/internal/wordset"

// rejectedPlan: a rejection (12) whose object is a proposal with a
// purpose ("rejected the deployment of a UN mission to protect
// civilians", "rejected the opposition's demand to free political
// prisoners") turns the purpose down: it is not done, and postureAim
// drops it as it drops a deployment's aim. Objections (110) and
// criticism (111) are left out: "opposed the plan to arm the Kurds" was
// tried and cost a held-out probe a root, and "criticised the raid to
// free the hostages" reports a raid that happened.
func rejectedPlan(code string) bool {
	return code[:2] == "12"
}

// turnedDown: the purpose codes a rejection drops: acts done to someone
// (05-09, 14-20). Words and proposals (01-04, 10-13) after "to" are what
// an invitation or an offer puts forward, and the rejection takes its
// sides or its own code from them ("rejected an invitation to meet
// Netanyahu", "turned down a Trump offer to mediate").
func turnedDown(code string) bool {
	r := code[:2]
	return r >= "05" && r <= "09" || r >= "14"
}

// proposals are the things a rejection turns down whose purpose follows
// them: "rejected the plan to", "turned down calls to", "rejected the
// deployment of a UN mission to".
var proposals = wordset.Of(
	"plan", "plans", "proposal", "proposals", "offer", "offers", "demand",
	"demands", "call", "calls", "request", "requests", "appeal", "appeals",
	"bid", "deployment", "idea", "initiative", "motion", "bill",
	"resolution", "suggestion", "scheme", "draft", "ultimatum",
)

// proposalBetween: a proposal noun stands between the rejection at a and
// the "to" at b, so what follows "to" is the proposal's aim.
func (s *sentence) proposalBetween(a, b int) bool {
	for k := a + 1; k < b && k < len(s.toks); k++ {
		if proposals.Has(s.toks[k].Lower) {
			return true
		}
	}
	return false
}

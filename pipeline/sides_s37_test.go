package pipeline

import "testing"

// TestS37ReactedThirdOwnPeople: a third state's answer after ", and"
// whose only target is its own people (the citizens the act before hit)
// is aimed at the one agent of the clause before (reactedThird with
// ownPeopleOnly). An answer after the answerer's own act, or after an act
// of no one known, keeps its target.
func TestS37ReactedThirdOwnPeople(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a demand over a citizen killed by a strike", text: "A Russian missile struck a hotel in Kramatorsk, and Norway demanded accountability for the death of its citizen.", code: "10", src: "NOR", tgt: "RUS"},
		{why: "a condemnation of a citizen's killing", text: "Israeli troops shot dead a volunteer in the West Bank, and Turkey condemned the killing of its citizen.", code: "11", src: "TUR", tgt: "ISR"},
	})
	// must not: the answerer's own act before; attackers of no state
	for _, c := range []struct{ text, tgt string }{
		{"The United States cancelled joint military exercises with Egypt on Thursday, and President Obama condemned the violence against civilians.", "USA"},
		{"Gunmen attacked a hotel in Mali, and France condemned the killing of its citizens.", "FRA"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEORoot == "11" && !hasCountry(e.Target, c.tgt) {
				t.Errorf("%q coded %s %s>%s, want the target kept (%s)", c.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), c.tgt)
			}
		}
	}
}

package pipeline

import "testing"

// TestS36ReactedThird: an answer by a third party, a body of states among
// them, whose subject opens a clause after ", and" and which names no one
// is aimed at the one agent of the clause before (reactedThird). Acts of
// two agents before, or of the answerer itself, give no target.
func TestS36ReactedThird(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a body refuses an order to leave", text: "Burundi ordered UN human rights monitors to leave the country, and the United Nations refused.", code: "12", src: "IGO", tgt: "BDI"},
		{why: "a body demands the release of people arrested", text: "Serbian police arrested three Kosovo officials near the border, and the European Union demanded their release.", code: "10", src: "IGO", tgt: "SRB"},
	})
	// must not: two agents before, or the answerer's own act
	for _, text := range []string{
		"Serbian police arrested three Kosovo officials and Kosovo police detained two Serbs, and the European Union demanded their release.",
		"The European Union imposed sanctions on Belarus, and the European Commission rejected the criticism.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if (e.CAMEORoot == "10" || e.CAMEORoot == "12") && len(e.Target) > 0 {
				t.Errorf("%q coded %s %s>%s, want no target", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}

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
		"The European Union imposed sanctions on Belarus and Russia, and the European Commission rejected the criticism.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if (e.CAMEORoot == "10" || e.CAMEORoot == "12") && len(e.Target) > 0 {
				t.Errorf("%q coded %s %s>%s, want no target", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}

// TestS36LoneStateOfBody: an act by a body of states that names no party
// is aimed at the one state its sentence names (loneOtherState, late,
// with a body as source). A member's vote or abstention in the body's
// proceedings names no party.
func TestS36LoneStateOfBody(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a campaign a body's investigators called cleansing", text: "The Sudanese army drove thousands of Masalit into Chad in a campaign that UN investigators called ethnic cleansing.", code: "11", src: "IGO", tgt: "SDN"},
		{why: "a warning after a state's lawmakers acted", text: "The European Union warned of consequences after Georgian lawmakers passed the foreign agents law.", code: "13", src: "IGO", tgt: "GEO"},
	})
	// must not: a member's abstention
	text := "The Security Council demanded an immediate ceasefire in Gaza after the United States abstained."
	for _, e := range codeText(t, p, "2024-05-01", text) {
		if e.CAMEORoot == "10" && hasCountry(e.Target, "USA") {
			t.Errorf("%q coded %s %s>%s, want no USA target", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

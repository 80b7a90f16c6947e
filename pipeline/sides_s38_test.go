package pipeline

import "testing"

// checkSourceNot fails when an event of the root has a source of the
// state src: the rule under test must not lend it one.
func checkSourceNot(t *testing.T, p *Pipeline, root, text, src string) {
	t.Helper()
	for _, e := range codeText(t, p, "2024-05-01", text) {
		if e.CAMEORoot == root && hasCountry(e.Source, src) {
			t.Errorf("%q coded %s %s>%s, want no source of %s", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), src)
		}
	}
}

// TestS38WeaponPartner: a weapon that opens an agentless line and ends a
// subject coordinated after an armed actor is fired by that actor; a
// weapon coordinated after an actor that is no armed force has no agent.
func TestS38WeaponPartner(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "warplanes and cruise missiles", text: "WASHINGTON, Dec 17 (AP) - American and British warplanes and cruise missiles struck targets across Iraq for a second night on Thursday.", code: "195", src: "USA", tgt: "IRQ"},
		{why: "the second state of the subject", text: "WASHINGTON, Dec 17 (AP) - American and British warplanes and cruise missiles struck targets across Iraq for a second night on Thursday.", code: "195", src: "GBR", tgt: "IRQ"},
		{why: "drones and missiles", text: "Russian drones and missiles hit Kyiv overnight, killing three people.", code: "195", src: "RUS", tgt: "UKR"},
		// must not: the missiles' own adjective still names the agent
		{why: "Russian missiles alone", text: "Russian missiles hit Odesa before dawn.", code: "195", src: "RUS", tgt: "UKR"},
	})
	checkSourceNot(t, p, "19", "Ukrainian officials and missiles hit the market in Kherson overnight.", "UKR")
}

// TestS38IGOTerritory: land an international body protects ("the U.N.
// safe area of Srebrenica", "the United Nations enclave of ...") is the
// territory of the state it lies in, not the body; the body's own base
// and troops stay its.
func TestS38IGOTerritory(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "U.N. safe area of Srebrenica", text: "Bosnian Serb forces led by General Ratko Mladic overran the U.N. safe area of Srebrenica on Tuesday.", code: "192", src: "BIH", tgt: "BIH"},
		{why: "United Nations enclave of Srebrenica", text: "Bosnian Serb forces overran the United Nations enclave of Srebrenica today.", code: "192", src: "BIH", tgt: "BIH"},
		// must not: a U.N. base is the body's
		{why: "a U.N. base", text: "Israeli tanks shelled a U.N. base in southern Lebanon.", code: "194", src: "ISR", tgt: "IGO"},
	})
}

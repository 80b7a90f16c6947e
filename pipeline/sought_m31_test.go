package pipeline

import "testing"

// TestM31SoughtActs: an act that is only the content of an effort or a
// push is not done; the verb about the bid is the event,
// and a sentence whose only act is the sought one keeps it.
func TestM31SoughtActs(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// coded the sought act (hypothetical) besides the verb before
		{why: "efforts welcomed", text: "Jordan welcomed American efforts to reach a ceasefire in Gaza.", code: "08", none: true},
		// must not: the verb about the push stays, a lone sought act stays,
		// and an attempt at force is the act
		{why: "the denunciation stays", text: "Moscow denounced Ukraine's push to join NATO.", code: "111", src: "RUS", tgt: "UKR"},
		{why: "a lone push's act", text: "Serbia's push to join the European Union stalled.", code: "05", src: "SRB", tgt: "IGO"},
		{why: "an attempt at force", text: "Police foiled an attempt by gunmen to storm the parliament.", code: "19", src: "-", tgt: "-"},
	})
}

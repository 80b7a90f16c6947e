package pipeline

import "testing"

// checkRootNot fails when an event of the root is coded for the text.
func checkRootNot(t *testing.T, p *Pipeline, root, text string) {
	t.Helper()
	for _, e := range codeText(t, p, "2024-05-01", text) {
		if e.CAMEORoot == root {
			t.Errorf("%q coded %s %s>%s (%s), want no root %s", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), e.Evidence.Pattern, root)
		}
	}
}

// TestS38FrozenDeposits: bank deposits frozen are assets frozen (163),
// not a deposit made (071); a deposit made stays aid.
func TestS38FrozenDeposits(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "froze all Iranian government deposits", text: "President Carter froze all Iranian government deposits in American banks today after Teheran threatened to withdraw its funds.", code: "163", src: "USA", tgt: "IRN"},
		{why: "froze the deposits of", text: "Britain froze the deposits of the Libyan central bank.", code: "163", src: "GBR", tgt: "LBY"},
		// must not: a deposit made is still aid
		{why: "deposited in a central bank", text: "Saudi Arabia deposited $3 billion in Pakistan's central bank.", code: "071", src: "SAU", tgt: "PAK"},
	})
	checkRootNot(t, p, "07", "President Carter froze all Iranian government deposits in American banks today.")
}

// TestS38InfinitiveObjectRelative: a past form that modifies an appeal's
// infinitive object ("to release the journalists held under its law") is
// no finite verb that makes the appeal's own verb a reduced relative; a
// subject's reduced relative before its real verb stays one.
func TestS38InfinitiveObjectRelative(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "called/VBN on ... to release the journalists held under", text: "The Committee to Protect Journalists called on Ethiopia on Thursday to release the journalists held under its anti-terrorism law.", code: "0253", src: "NGO", tgt: "ETH"},
		// must not: the appeal with no relative after it is unchanged
		{why: "no relative on the object", text: "The Committee to Protect Journalists called on Ethiopia to release the journalists.", code: "0253", src: "NGO", tgt: "ETH"},
	})
	checkRootNot(t, p, "04", "The Committee to Protect Journalists called on Ethiopia on Thursday to release the journalists held under its anti-terrorism law.")
	// must not: a subject's own relative, with no infinitive, stays one
	checkRootNot(t, p, "17", "Militias backed by the government massacred villagers in the north.")
}

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

// TestS38FrontedList: a fronted adverbial that ends in a list joined by a
// conjunction ("After talks brokered by France and Germany,") keeps that
// list; the clause's subject is the phrases after its comma.
func TestS38FrontedList(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "brokered by France and Germany, the leaders of Russia and Ukraine agreed", text: "After 16 hours of talks in Minsk brokered by France and Germany, the leaders of Russia and Ukraine agreed to a ceasefire in eastern Ukraine.", code: "0871", src: "RUS", tgt: "UKR"},
		{why: "the brokers still mediate", text: "After 16 hours of talks in Minsk brokered by France and Germany, the leaders of Russia and Ukraine agreed to a ceasefire in eastern Ukraine.", code: "045", src: "FRA", tgt: "RUS"},
		// must not: a comma list after the adverbial stays one subject
		{why: "After talks, a three-state subject", text: "After talks in Astana, Russia, Turkey and Iran agreed to a ceasefire in Syria.", code: "0871", src: "RUS", tgt: "TUR"},
		// must not: a dateline lead that opens with the list itself
		{why: "Iran and the powers", text: "VIENNA, July 14 (AP) - Iran and the United States, Britain, France, Germany, Russia and China concluded a long-term nuclear agreement on Tuesday.", code: "057", src: "IRN", tgt: "GBR"},
	})
	checkSourceNot(t, p, "08", "After 16 hours of talks in Minsk brokered by France and Germany, the leaders of Russia and Ukraine agreed to a ceasefire in eastern Ukraine.", "FRA")
}

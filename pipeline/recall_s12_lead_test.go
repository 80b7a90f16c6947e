package pipeline

import "testing"

// TestS12Occasion: a visit or talks named as the occasion of the clause's
// act are coded beside it, by the clause's subject: inside the clause,
// fronted, fronted after a dateline or after "said that". A possessed
// visit stays its possessor's, and a trailing attribution never makes it.
func TestS12Occasion(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "during a visit, inside the clause", text: "The Kenyan president signed a trade accord with Ethiopia during a three-day visit to Ethiopia.", code: "042", src: "KENGOV", tgt: "ETH"},
		{why: "during talks with", text: "The Polish defence minister praised Lithuania's air defences during talks with his Lithuanian counterpart.", code: "040", src: "POLGOV", tgt: "LTUGOV"},
		{why: "fronted", text: "During his visit to India, the Australian prime minister signed a uranium deal.", code: "042", src: "AUSGOV", tgt: "IND"},
		{why: "fronted after a dateline", text: "NEW DELHI, March 9 (Reuters) - During his visit to India, the Australian prime minister signed a uranium deal.", code: "042", src: "AUSGOV", tgt: "IND"},
		{why: "fronted after said that", text: "Officials said that during his visit to India, the Australian prime minister signed a uranium deal.", code: "042", src: "AUSGOV", tgt: "IND"},
		{why: "fronted after a time phrase", text: "On Tuesday, during his visit to India, the Australian prime minister signed a uranium deal.", code: "042", src: "AUSGOV", tgt: "IND"},
		{why: "fronted after an attribution", text: "According to state media, during his visit to India, the Australian prime minister signed a uranium deal.", code: "042", src: "AUSGOV", tgt: "IND"},
		{why: "on a visit, fronted, city", text: "SEOUL (AP) - On a visit to Seoul, the Japanese foreign minister pledged closer ties.", code: "042", src: "JPNGOV", tgt: "KOR"},
		{why: "a trailing attribution is no visitor", text: "The Turkish president signed a gas deal with Azerbaijan during a two-day visit to Azerbaijan, state media reported.", code: "042", src: "TURGOV", tgt: "AZE"},
		{why: "a possessed visit is the possessor's", text: "Police detained 30 Tibetan activists during the Chinese president's visit to Nepal.", code: "042", src: "CHNGOV", tgt: "NPL"},
		{why: "no actor in the clause, no visit", text: "Security was tight during talks with the rebels in Doha.", code: "04", none: true},
	})
}

// TestS12DeniedAccuser: a denial with no target of its own answers the
// accusation of the denier's state in its sentence; "rejected" or
// "dismissed" a charge in the same clause is a denial too.
func TestS12DeniedAccuser(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "contact clause", text: "Armenia accused Azerbaijan of shelling border villages, a charge Baku denied.", code: "016", src: "AZE", tgt: "ARM"},
		{why: "but ... denied the accusation", text: "Britain blamed Russia for the cyber attack on its parliament, but Moscow denied the accusation.", code: "016", src: "RUS", tgt: "GBR"},
		{why: "a group's denial", text: "Nigeria accused Boko Haram of abducting the schoolgirls, a charge the group denied.", code: "016", src: "NGAREB", tgt: "NGA"},
		{why: "rejected as baseless", text: "Pakistan accused India of backing separatists in Balochistan, an allegation New Delhi rejected as baseless.", code: "016", src: "IND", tgt: "PAK"},
		{why: "dismissed", text: "Serbia accused Croatia of expelling Serb civilians, an accusation Zagreb dismissed.", code: "016", src: "HRV", tgt: "SRB"},
		{why: "a proposal rejected is no denial", text: "Israel accused Hamas of stalling the talks, and Hamas rejected the proposal.", code: "016", none: true},
	})
	// A denier the accusation did not name answers no one.
	evs := codeText(t, p, "2024-05-01", "Kenya accused Somalia of harbouring militants, and Ethiopia denied any involvement in the raid.")
	for _, e := range evs {
		if e.CAMEO == "016" && len(e.Target) > 0 {
			t.Errorf("a third party's denial got target %s", actorCodes(e.Target))
		}
	}
}

// TestS12SaidThatComplement: "that" after a verb of saying and its time
// adjunct or object opens a complement, so a statement reported inside
// it stays a statement; a said-aside on a noun is still no statement.
func TestS12SaidThatComplement(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, src, tgt string }{
		{"Officials said on Monday that Chile wrote in a letter to Bolivia that the border would stay open.", "CHL", "BOL"},
		{"The spokesman told reporters that Egypt stated in a note to Ethiopia that the dam talks had failed.", "EGY", "ETH"},
	} {
		found := false
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if e.CAMEORoot == "01" && actorCodes(e.Source) == c.src && actorCodes(e.Target) == c.tgt {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no 01 statement %s>%s", c.text, c.src, c.tgt)
		}
	}
	checkRootCases(t, p, []rootCase{
		{why: "a said-aside on a noun stays dropped", text: "Indian jets struck targets that Pakistan said were civilian homes.", code: "010", none: true},
	})
}

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
		{why: "on a visit, fronted, city", text: "SEOUL (AP) - On a visit to Seoul, the Japanese foreign minister pledged closer ties.", code: "042", src: "JPNGOV", tgt: "KOR"},
		{why: "a trailing attribution is no visitor", text: "The Turkish president signed a gas deal with Azerbaijan during a two-day visit to Azerbaijan, state media reported.", code: "042", src: "TURGOV", tgt: "AZE"},
		{why: "a possessed visit is the possessor's", text: "Police detained 30 Tibetan activists during the Chinese president's visit to Nepal.", code: "042", src: "CHNGOV", tgt: "NPL"},
		{why: "no actor in the clause, no visit", text: "Security was tight during talks with the rebels in Doha.", code: "04", none: true},
	})
}

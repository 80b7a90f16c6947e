package pipeline

import "testing"

// TestS26X26NeverTookPlace: a nominal act whose own predicate says it
// never took place, never happened, did not go ahead or never
// materialised is negated (verb/pending_n15.go, notBegun), across an
// adverb before the predicate and an aside of when it was set for; it
// outranks a head only planned or proposed. Acts that took place, or went
// ahead, and a relative clause's negation stay as they were.
func TestS26X26NeverTookPlace(t *testing.T) {
	p := newTestPipeline(t)
	checkModalityCases(t, p, []x25ModalityCase{
		{why: "never took place", text: "The planned meeting between Putin and Zelensky never took place.", code: "04", negated: true},
		{why: "never happened", text: "The scheduled talks between India and Pakistan never happened.", code: "04", negated: true},
		{why: "aside, never materialised", text: "Talks between Serbia and Kosovo, planned for Monday, never materialised.", code: "04", negated: true},
		{why: "aside, never went ahead", text: "The meeting between Erdogan and Assad, originally set for March, never went ahead.", code: "04", negated: true},
		{why: "proposed, did not take place", text: "A proposed summit between Kim Jong Un and Moon Jae-in did not take place.", code: "04", negated: true, hypothetical: true},
		{why: "keep: took place", text: "Talks between Ethiopia and Egypt on the dam took place in Cairo on Monday.", code: "04"},
		{why: "keep: went ahead", text: "The meeting between Modi and Xi went ahead despite the border clash.", code: "04"},
		{why: "keep: a relative clause's negation", text: "The talks between the two Koreas in Panmunjom, which never produced a deal, ended on Friday.", code: "04"},
		{why: "keep: an aside with a held meeting", text: "The meeting between the foreign ministers of Iran and Saudi Arabia, scheduled for Tuesday, was held in Beijing.", code: "04"},
	})
}

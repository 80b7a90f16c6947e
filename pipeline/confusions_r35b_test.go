package pipeline

import "testing"

// TestR35BWarnedNoThat: a warning to a named party whose clause drops
// "that" ("warned Israel it would face") is a threat (130), as it is
// with "that"; a warning to no one named stays uncoded.
func TestR35BWarnedNoThat(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "warned X it would face", text: "Iran's supreme leader warned Israel it would face a harsh response.", code: "130", src: "IRN", tgt: "ISR"},
		{why: "warns X it would be at war", text: "Putin warns NATO it would be \"at war\" with Russia if Kyiv fires Western missiles into Russia", code: "130", src: "RUS", tgt: "IGO"},
		// must not
		{why: "no party warned", text: "Analysts warned it would take years for prices to fall.", code: "130", none: true},
		{why: "warned of snow", text: "Forecasters warned of heavy snow in Moscow this week.", code: "130", none: true},
	})
}

package pipeline

import "testing"

// Review of the seventeenth session's rules (R17): sentences of our own on
// which a rule added this session misfired, next to the rule's intended
// cases, which must keep coding.

// TestReviewS17SharedAdversaryAppeals: the lead's sharedAdversary
// (verb/clauses.go) gave an appeal joined to an act of force the victims
// of that act: who has just arrested or shot someone and calls for calm,
// patience or witnesses asks the public. An appeal for what the victim
// holds (a release, talks) and appeals after a verbal act keep the target.
func TestReviewS17SharedAdversaryAppeals(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "intended: bombed and called for negotiations, Russia", text: "Russia bombed Kharkiv and called for negotiations.", code: "026", src: "RUS", tgt: "UKR"},
		{why: "intended: criticised and called for dialogue, Turkey", text: "Ankara criticised Greece's naval exercise and called for dialogue.", code: "026", src: "TUR", tgt: "GRC"},
		{why: "intended: condemned and called for restraint, Pakistan", text: "Pakistan condemned the Indian strike and called for restraint.", code: "0256", src: "PAK", tgt: "IND"},
		{why: "intended: struck and called for a release, Israel", text: "Israel struck Hamas targets in Gaza and called for the release of the hostages.", code: "0253", src: "ISR", tgt: "PSE"},
		{why: "must not: killed militants and called for calm, Nigeria", text: "The army killed five militants in Borno and called for calm.", code: "02", src: "-", tgt: "NGA", none: true},
		{why: "must not: arrested protesters and called for calm, Kenya", text: "Police arrested 12 protesters in Nairobi and called for calm.", code: "02", src: "-", tgt: "KEN", none: true},
		{why: "must not: tear gas and a call for restraint, Bangladesh", text: "Police fired tear gas at students in Dhaka and called for restraint.", code: "02", src: "-", tgt: "BGD", none: true},
		{why: "must not: detained separatists and appealed for patience, India", text: "Indian police detained dozens of Kashmiri separatists and appealed for patience.", code: "02", src: "-", tgt: "IND", none: true},
	}, sideCountry)
}

package pipeline

import "testing"

// TestR37WouldNotAllow: a party that says it will (would) not allow
// troops, inspectors, passage or inspection refuses now (12), as
// "refused to allow" does; rights it "would not allow to be violated"
// are a warning, no refusal.
func TestR37WouldNotAllow(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "would not allow foreign troops", text: "Kenyan officials said on Friday they would not allow American troops on their soil.", code: "1212", src: "KEN", tgt: "USA"},
		{why: "would not permit warships", text: "Turkey said it would not permit Russian warships in the straits.", code: "1212", src: "TUR", tgt: "RUS"},
		{why: "would not allow safe passage", text: "Britain said it would not allow him safe passage to the airport.", code: "120", src: "GBR", tgt: "-"},
		{why: "would not allow cameras", text: "Iran said it would not allow the IAEA to install cameras at the Fordow site.", code: "120", src: "IRN", tgt: "IGO"},
		// must not
		{why: "would allow troops", text: "Kenyan officials said on Friday they would allow American troops on their soil.", code: "12", none: true},
		{why: "rights not allowed to be violated is a warning", text: "Tehran said it would not allow its water rights on the Helmand river to be violated.", code: "12", none: true},
	})
}

// TestR37NecessaryMeans: "all necessary means" authorised against a
// party, or force authorised to drive it out of somewhere, threatens
// that party (138); means authorised to protect civilians are no threat.
func TestR37NecessaryMeans(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "necessary means against a state", text: "The Security Council authorised member states to use all necessary means against Sudan unless it disarmed the militias by March 1.", code: "138", src: "IGO", tgt: "SDN"},
		{why: "necessary means to drive a state out", text: "The Security Council authorized the coalition to use all necessary means to drive Serbia out of Kosovo.", code: "138", src: "IGO", tgt: "SRB"},
		// must not
		{why: "means to protect civilians", text: "The Security Council authorised member states to use all necessary means to protect civilians in Libya.", code: "13", none: true},
	})
}

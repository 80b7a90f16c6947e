package pipeline

import "testing"

// TestF39YearTally: victims counted over a year or a span of years by an
// agentless passive are a tally, no event; a passive told of one day, or
// with its agent, stays. Every sentence was written for this test.
func TestF39YearTally(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded the tally as an act
		{why: "killed in a year", text: "At least 900 people were killed in political violence in Mali's Mopti region in 2021, according to the monitor's tally.", code: "19", none: true},
		{why: "killed in a year, up from", text: "Mexico: 57 journalists were killed in 2017, up from 40 the year before, according to the rights commission.", code: "19", none: true},
		{why: "driven out over a decade", text: "Some three million Sudanese have been driven from their homes over the past decade, according to aid groups.", code: "20", none: true},
		// must not: one day, an agent named
		{why: "one day's dead", text: "Five soldiers were killed in an ambush in Borno state on Monday.", code: "190", src: "-", tgt: "NGA"},
		{why: "an agent named", text: "In 2021, 30 villagers were killed by Boko Haram fighters in Borno state.", code: "190", src: "NGA", tgt: "NGA"},
	})
}

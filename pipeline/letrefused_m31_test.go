package pipeline

import "testing"

// TestM31LetRefused: a refusal to let or allow someone act is aimed at the
// one refused leave, not at whoever the act was meant for.
func TestM31LetRefused(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		// each had no target, or the beneficiary, before
		{"let teams into", "Ethiopia refused to let UN relief teams into Tigray last month.", "12", "ETH", "IGO"},
		{"let monitors into", "Sudan refused to let UN monitors into Darfur last month.", "12", "SDN", "IGO"},
		{"let ships deliver, beneficiary later", "Eritrea refused to let French navy ships deliver food to flood victims on the coast.", "12", "ERI", "FRA"},
		{"aid of a named state", "Myanmar refused to let Japanese humanitarian aid into the country on Friday.", "12", "MMR", "JPN"},
		// must not: a target named before the let-object stands
		{"target before the let", "Hungary refused Sweden's request to let Finnish inspectors visit the site.", "12", "HUN", "SWE"},
	})
}

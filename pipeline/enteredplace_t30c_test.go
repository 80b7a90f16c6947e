package pipeline

import "testing"

// TestT30cEnteredPlaceVictims: bare victims of an agent that crossed into
// another state to strike are that state's, not the agent's own.
func TestT30cEnteredPlaceVictims(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		// each had the attacker's own state as target before
		{"crossed into, then killed", "Sudanese rebels moved into Chad overnight and killed five soldiers.", "190", "SDN", "TCD"},
		{"a participle of entry", "Hamas gunmen, slipping into southern Israel before dawn, killed three policemen.", "190", "PSE", "ISR"},
		// must not
		{"victims driven into a place", "Hezbollah fighters shot four soldiers and pushed the survivors into Israel.", "190", "LBN", "!ISR"},
		{"victims with a state of their own", "Hezbollah fighters crossed into Israel and killed two Lebanese soldiers.", "190", "LBN", "!ISR"},
	})
}

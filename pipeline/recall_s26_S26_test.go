package pipeline

import "testing"

// TestS26EntryPlace: a force that entered, reached, invaded or occupied a
// place named as the verb's direct object is there, so a bare local
// phrase after it in the clause is of that place's state (stationPlace's
// entryVerbs). Before the rule it needed a preposition ("arrived in"), and
// the story's count gave the force's own state.
func TestS26EntryPlace(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"entered a town", "Ethiopian troops entered Baidoa and clashed with militants.", "190", "ETH", "SOM"},
		{"reached a city", "Rwandan soldiers reached Goma and fought the rebels.", "190", "RWA", "COD"},
		{"occupied a town", "Israeli troops occupied Jenin and arrested dozens of militants.", "173", "ISR", "PSE"},
		{"invaded a country", "Iraqi troops invaded Kuwait and fired on protesters.", "175", "IRQ", "KWT"},
		// must-not: a place in the force's own state
		{"own capital", "Kenyan soldiers entered Nairobi and arrested protesters.", "173", "KEN", "KEN"},
	})
}

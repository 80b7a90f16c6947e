package pipeline

import "testing"

// TestY30CaptivesDestination: the place captives are carried to after a
// taking is not whose they are.
func TestY30CaptivesDestination(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		// each had the destination's state as target before
		{"took them to", "Gunmen kidnapped four engineers and took them to Somalia.", "181", "-", "!SOM"},
		{"back to, captor of the place", "Hamas gunmen seized 30 hostages and took them back to Gaza overnight.", "181", "PSE", "!PSE"},
		{"destination taken for target", "Islamic Jihad fighters pushed into southern Israel at dawn, taking dozens of captives back to Gaza.", "181", "PSE", "ISR"},
		// must not (the first already held before: an origin named with a
		// second state keeps it)
		{"origin kept, destination not taken", "Militants abducted six tourists from a Thai beach hotel and carried them by boat to Myanmar.", "181", "-", "THA"},
		{"captives' own state stated", "Gunmen kidnapped four Somali engineers and took them to Kenya.", "181", "-", "SOM"},
	})
}

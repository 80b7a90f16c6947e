package pipeline

import "testing"

// TestS27PoliceAtPlace: police with no country of their own who coerce
// or assault the people of the place where it happens are that state's
// police (policeAtPlace), even where words between the verb and the place
// (the victims' demand) keep localSides from filling the source.
func TestS27PoliceAtPlace(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"rubber bullets at teachers", "Police fired rubber bullets at teachers demanding back pay in Nairobi's Kibera.", "175", "KEN", "KEN"},
		{"water cannon at farmers", "Riot police fired water cannon at farmers demanding subsidies in Warsaw's Old Town.", "17", "POL", "POL"},
		{"arrest of students", "Police arrested dozens of students calling for reforms in Harare's Mbare township.", "173", "ZWE", "ZWE"},
		// must-not: soldiers do fight abroad, so the place gives them nothing
		{"troops stay unknown", "Troops fired tear gas at students demanding reforms in Harare's suburbs.", "175", "!ZWE", "ZWE"},
	})
}

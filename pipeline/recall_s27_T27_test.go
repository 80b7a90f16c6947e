package pipeline

import "testing"

// TestS27PostureAtHome: a raised alert or a mobilisation (151-154) aimed
// at no one its sentence names is the agent's own state's affair
// (postureAtHome, posturehome_t27.go); a foreign state or place named,
// two states acting, a show of force at sea and a plain test (150) keep
// no target.
func TestS27PostureAtHome(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"police alert after riots", "Uruguay put its police on maximum alert after a string of prison riots.", "151", "URY", "URY"},
		{"terror alert after a bomb", "The Peruvian government raised the national terror alert after a bomb exploded outside a bank.", "152", "PER", "PER"},
		{"reservists called up", "Ecuador called up army reservists as gang violence spread through the port city.", "154", "ECU", "ECU"},
		{"army deployed to guard buildings", "The Tunisian government deployed the army to guard state buildings as unrest spread.", "154", "TUN", "TUN"},
		{"soldiers mobilised to a region", "Ghana mobilised its soldiers to the north after clashes between rival clans.", "154", "GHA", "GHA"},
		// must-not: another state named, at sea, two states, a test
		{"because of a war abroad", "Estonia raised its military alert level because of the war in Ukraine.", "152", "EST", ""},
		{"destroyers sent to a sea", "Japan sent two destroyers to the South China Sea on Tuesday.", "154", "JPN", ""},
		{"two states on alert", "India and Pakistan put their troops on high alert.", "152", "IND", ""},
		{"war games at home", "Iran staged war games in its central desert, state television said.", "150", "IRN", ""},
		{"alert after a neighbour's move", "Lithuania put its army on alert after Belarus moved troops to the border.", "152", "LTU", "BLR"},
	})
}

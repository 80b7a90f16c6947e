package pipeline

import "testing"

// TestX30CaptivesApposed: captives named by a bare noun take the state an
// apposition after them names, not their captor's own.
func TestX30CaptivesApposed(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		// each had the captor's own state as target before
		{"including", "Hamas freed 30 hostages, including 12 Israelis, on Sunday.", "0841", "PSE", "ISR"},
		{"among them", "Hamas let go of 17 hostages, among them four Thais, late on Saturday.", "0841", "PSE", "THA"},
		{"most of them", "Islamic Jihad freed eight captives, most of them Nepalis, overnight.", "0841", "PSE", "NPL"},
		// must not
		{"no state in the apposition", "Hamas freed 30 hostages, including two women, on Sunday.", "0841", "PSE", "!ISR"},
		{"captives of the agent's own state", "Hamas freed 30 hostages, including 12 Palestinians, on Sunday.", "0841", "PSE", "!ISR"},
	})
}

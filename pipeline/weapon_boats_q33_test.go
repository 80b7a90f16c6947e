package pipeline

import "testing"

// TestQ33WeaponBoats: a boat made into a weapon (a drone boat, an
// explosive-laden boat, boats rigged with explosives) is the enemy's arms,
// so destroying it is force (190), also inside reported speech; a plain
// boat destroyed stays no act (smugglers' or fishermen's craft, storms).
func TestQ33WeaponBoats(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "drone boats", text: "The Ukrainian navy destroyed three Russian drone boats near Odesa.", code: "190", src: "UKR", tgt: "RUS"},
		{why: "explosive-laden boats in reported speech", text: "The Pentagon said American forces had destroyed two explosive-laden boats launched by the Houthis.", code: "190", src: "USA", tgt: "-"},
		{why: "boats rigged with explosives in reported speech", text: "Egypt's army said its navy had destroyed four boats rigged with explosives off Sinai.", code: "190", src: "EGY", tgt: "-"},
		{why: "boats packed with explosives", text: "Sri Lankan forces destroyed Tamil Tiger boats packed with explosives.", code: "190", src: "LKA", tgt: "-"},
		// must not: plain boats, boats loaded with goods
		{why: "smugglers' boats", text: "Italian police destroyed smugglers' boats in Lampedusa.", code: "190", none: true},
		{why: "boats loaded with goods", text: "Indian coast guards destroyed boats loaded with contraband cigarettes.", code: "190", none: true},
	})
}

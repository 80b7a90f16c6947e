package pipeline

import "testing"

// TestS27I27WeaponPurpose: an attack told as the purpose of a weapon
// used, launched or sent is the subject's attack with that weapon
// (weaponPurpose, verb/instrument_i27.go): the weapon gives the code
// where CAMEO has one, the subject of the verb of use the source, and
// the verb of use no event of its own. Must-not rows: an object that is
// no weapon, or a verb of use whose own act is another (aid, a veto).
// Every sentence was written for this test.
func TestS27I27WeaponPurpose(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "used drones, source the user", text: "Azerbaijan used drones to kill three Armenian soldiers near the border.", code: "1952", src: "AZE", tgt: "ARM"},
		{why: "drones of another", text: "Tehran used its allies' drones to attack American bases in Syria.", code: "1952", src: "IRN", tgt: "USA"},
		{why: "launched missiles", text: "Pakistan launched missiles to strike militant positions inside Iran.", code: "195", src: "PAK", tgt: "-"},
		{why: "launched missiles, no posture", text: "Pakistan launched missiles to strike militant positions inside Iran.", code: "15", none: true},
		{why: "warplanes used", text: "Turkey used warplanes to strike Kurdish targets in northern Iraq.", code: "195", src: "TUR", tgt: "-"},
		{why: "sent jets", text: "Sudan sent fighter jets to bomb rebel villages in Darfur.", code: "195", src: "SDN", tgt: "-"},
		{why: "sent jets, no deployment", text: "Sudan sent fighter jets to bomb rebel villages in Darfur.", code: "15", none: true},
		{why: "artillery used", text: "Armenia used artillery to shell Azerbaijani villages overnight.", code: "194", src: "ARM", tgt: "AZE"},
		{why: "gunships deployed", text: "Nigeria deployed helicopter gunships to pound Boko Haram camps.", code: "195", src: "NGA", tgt: "-"},
		{why: "cruise missiles", text: "The United States used cruise missiles to hit Syrian air bases.", code: "1951", src: "USA", tgt: "SYR"},
		{why: "sea drones are no aerial weapon", text: "Ukraine used sea drones to attack Russian warships in the Black Sea.", code: "1952", none: true},
		// must-not: no weapon, or another act of the verb of use
		{why: "talks used", text: "Cairo used the summit to press for a truce in Gaza.", code: "19", none: true},
		{why: "troops sent to help", text: "Ghana sent soldiers to help people hit by the floods.", code: "070", src: "GHA", tgt: "-"},
		{why: "veto used", text: "China used its veto to block a Security Council resolution on Myanmar.", code: "129", src: "CHN", tgt: "-"},
		{why: "arms sent as aid", text: "Britain sent drones to Ukraine to help it strike Russian positions.", code: "072", src: "GBR", tgt: "UKR"},
	})
}

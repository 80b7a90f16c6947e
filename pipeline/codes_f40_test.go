package pipeline

import "testing"

// TestF40BombDestroyed: a bomb told by what it destroyed, wrecked or sank
// is a bombing (183), a car or truck bomb 1832; a vehicle packed with
// explosives, or driven into a target, is a car bomb. A storm or a fire
// that destroys is no one's act, and a truck packed with food no bomb.
func TestF40BombDestroyed(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a car bomb destroyed", text: "A car bomb destroyed a police station in the Colombian city of Cali.", code: "1832", src: "-", tgt: "COL"},
		{why: "a truck bomb devastated", text: "A truck bomb devastated the Jordanian embassy in Baghdad.", code: "1832", src: "-", tgt: "JOR"},
		{why: "a bomb wrecked", text: "A bomb wrecked a Shiite mosque in the Pakistani city of Quetta.", code: "183", src: "-", tgt: "PAK"},
		{why: "bombs sank a ship", text: "Two bombs sank a ferry in the Philippine port of Zamboanga.", code: "183", src: "-", tgt: "PHL"},
		{why: "a truck packed with explosives blew up", text: "A truck packed with explosives blew up the American embassy in Nairobi.", code: "1832", src: "-", tgt: "USA"},
		{why: "drove an explosives-laden car into", text: "Somali militants drove an explosives-laden car into the gate of an army base in Mogadishu.", code: "1832", src: "SOM", tgt: "SOM"},
	})
	// must not: the weather, a fire, a truck of food, an armoured car
	checkRootNot(t, p, "18", "A storm destroyed dozens of homes in the Colombian city of Cali.")
	checkRootNot(t, p, "18", "The fire destroyed the dome of an Iraqi shrine in Samarra.")
	checkRootNot(t, p, "18", "A truck packed with food reached the Somali town of Baidoa.")
	checkRootNot(t, p, "18", "Somali police drove an armoured car into the gate of the ministry.")
}

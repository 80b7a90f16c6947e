package pipeline

import "testing"

// TestR34ArmyBombing: a state or its forces that bomb a place or a party,
// and a strike named by its side that kills, use aerial weapons (195), not
// the plain force (190) the verb and noun lines code for any agent;
// armed groups' bombings and raids that kill keep their codes.
func TestR34ArmyBombing(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "forces bombed a camp", text: "Peruvian forces bombed a Shining Path camp in the VRAEM valley on Sunday.", code: "195", src: "PER", tgt: "-"},
		{why: "a state bombed a port", text: "Egypt bombed the port of Derna on Tuesday.", code: "195", src: "EGY", tgt: "LBY"},
		{why: "a strike killed", text: "A Turkish strike killed four PKK fighters in northern Iraq, the ministry said.", code: "195", src: "TUR", tgt: "-"},
		// must not: insurgents bomb with devices, a raid is on the ground,
		// a labour strike kills no one
		{why: "insurgents bombed", text: "Insurgents bombed a bridge near Kandahar on Monday.", code: "195", none: true},
		{why: "a raid killed", text: "A night raid killed four Somali soldiers near Kismayo.", code: "195", none: true},
		{why: "a labour strike", text: "The strike by dock workers hit exports across Chile.", code: "19", none: true},
	})
}

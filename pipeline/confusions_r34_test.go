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

// TestR34AskedContent: an unspecified appeal (020) or demand (100) whose
// infinitive or "that" clause names the act asked takes CAMEO's code for
// asking that act (0253, 1051, 0212, 1013); a call for "help",
// a demand that is a protest's aim, and an act of another clause leave
// it as it was.
func TestR34AskedContent(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "appeal to free", text: "Norway appealed to the Taliban to free two detained journalists.", code: "0253", src: "NOR", tgt: "AFG"},
		{why: "demand that a curfew be lifted", text: "The African Union demanded that Chad lift the curfew in N'Djamena.", code: "1051", src: "IGO", tgt: "TCD"},
		{why: "appeal to hold joint drills", text: "Egypt appealed to Greece to hold joint naval drills.", code: "0212", src: "EGY", tgt: "GRC"},
		{why: "demand an extradition", text: "Germany demanded that Turkey extradite the suspects.", code: "1013", src: "DEU", tgt: "TUR"},
		// must not: help is no aid, another clause's act, a protest's aim
		{why: "help end a crisis", text: "Hungary urged Serbia to help end the crisis.", code: "023", none: true},
		{why: "another clause", text: "Britain made an appeal to Iran on Monday, and Iraq later released 20 Iranian prisoners.", code: "0253", none: true},
		{why: "a protest's aim", text: "Thousands marched in Lima, demanding that President Boluarte step down.", code: "1041", none: true},
	})
}

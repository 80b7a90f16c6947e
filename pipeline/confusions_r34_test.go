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

// TestR34ThreatKinds: a threat names its kind by what it threatens to do:
// to take back territory (1382), to quit as a mediator (135), to pull
// troops out of a force (136, which the unspecified 131 line tied), to
// shut a university (132), to crush unrest (137, which the dissent line
// read from "unrest"); a threat to quit a body, a threat of protests and
// weather that threatens stay as they were.
func TestR34ThreatKinds(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "reoccupy", text: "Serbian nationalists threatened to reoccupy northern Kosovo.", code: "1382", src: "SRB", tgt: "KSV"},
		{why: "quit as mediator", text: "Kuwait threatened to withdraw as a mediator between Saudi Arabia and Qatar.", code: "135", src: "KWT", tgt: "-"},
		{why: "pull troops out of a force", text: "Burundi threatened to pull its troops out of the African Union mission in Somalia.", code: "136", src: "BDI", tgt: "-"},
		{why: "shut a university", text: "The Nicaraguan government threatened to close the Jesuit university in Managua.", code: "132", src: "NIC", tgt: "-"},
		{why: "crush unrest", text: "Kazakhstan's interior ministry threatened to crush the unrest in Almaty.", code: "137", src: "KAZ", tgt: "-"},
		// must not
		{why: "quit a body", text: "Hungary threatened to quit the organisation.", code: "136", none: true},
		{why: "protests threatened", text: "Opposition parties in Togo threatened mass protests over the vote.", code: "137", none: true},
		{why: "weather", text: "Heavy rain threatened the rally in Lagos.", code: "13", none: true},
	})
}

// TestR34ProtestAimInfinitive: a protest whose aim an infinitive of
// purpose names ("to demand") takes the aim's sub-code as one with
// "demanding" does, and universal suffrage is a change of institutions;
// a protest with no aim stays 141.
func TestR34ProtestAimInfinitive(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "marched to demand rights", text: "Thousands of Roma marched in Bucharest to demand equal rights.", code: "1413", src: "ROU", tgt: "-"},
		{why: "rallied for suffrage", text: "Thousands of students rallied in Macau for universal suffrage.", code: "1414", src: "-", tgt: "-"},
		{why: "strike to demand rights", text: "Dock workers in Mombasa went on strike to demand the right to organise.", code: "1433", src: "KEN", tgt: "-"},
		// must not: no aim named
		{why: "no aim", text: "Thousands of Roma marched in Bucharest on Sunday.", code: "1413", none: true},
	})
}

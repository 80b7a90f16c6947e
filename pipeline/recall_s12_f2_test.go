package pipeline

import "testing"

// Rules of engineer F2 in the twelfth session. Sentences are written for
// these tests; each rule has rows where it must not fire.

// TestS12F2Hazards: a natural hazard or an accident that kills, destroys
// or forces is no actor's act, wherever its subject stands: behind a
// relative clause or a parenthesis, as the subject of an earlier
// conjunct or of the clause a participle chain hangs on, or as a name's
// title or head. An actor as the clause's subject keeps its act.
func TestS12F2Hazards(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a hazard behind a relative clause", text: "The tsunami that hit the coast of Aceh last month killed more than 100,000 people in Indonesia.", code: "19", none: true},
		{why: "a quake behind a relative clause with a date", text: "A strong earthquake that struck eastern Turkey on Sunday killed at least 40 people, officials said.", code: "19", none: true},
		{why: "a hazard behind a parenthesis", text: "Cyclone Idai, which made landfall near Beira, killed hundreds of people in Mozambique.", code: "19", none: true},
		{why: "a named fire, second conjunct", text: "The Dixie Fire in northern California has burned 400 homes and killed two firefighters.", code: "19", none: true},
		{why: "a named storm, second conjunct", text: "Hurricane Katrina flooded New Orleans and killed more than 1,800 people.", code: "19", none: true},
		{why: "rains forcing, through a participle chain", text: "Torrential rains flooded large parts of Dhaka, disrupting traffic and forcing schools to close.", code: "1", none: true},
		{why: "a cyclone forcing, second conjunct behind a relative", text: "A cyclone that swept through Bangladesh destroyed thousands of homes and forced 300,000 people to flee.", code: "17", none: true},
		{why: "homes destroyed by the cyclone behind a relative", text: "A cyclone that swept through Bangladesh destroyed thousands of homes and forced 300,000 people to flee.", code: "1712", none: true},
		{why: "an epidemic", text: "The measles epidemic has killed more than 1,000 children in Madagascar.", code: "19", none: true},
		{why: "gunmen in the first conjunct keep their act", text: "Gunmen attacked a flood relief camp in Sindh and killed 12 people.", code: "19", src: "-", tgt: "-"},
		{why: "weapons fire is no fire", text: "Israeli fire killed two Palestinians near the fence in Gaza.", code: "19", src: "ISR", tgt: "-"},
		{why: "a new subject after the comma keeps its act", text: "The storm destroyed crops in Ituri, and rebels killed 20 villagers.", code: "19", src: "-", tgt: "-"},
		{why: "a hazard in a parenthesis on an actor", text: "The army, which had been deployed after the floods, killed three protesters in Khartoum.", code: "19", src: "SDN", tgt: "-"},
		{why: "a fronted hazard phrase leaves the subject", text: "After the earthquake, soldiers shot dead two looters in Port-au-Prince.", code: "19", src: "HTI", tgt: "-"},
		{why: "troops forcing villagers to flee", text: "Government troops forced thousands of villagers to flee their homes in Darfur.", code: "20", src: "SDN", tgt: "-"},
	})
}

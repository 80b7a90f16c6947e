package pipeline

import "testing"

// TestR33CrowdMetWithForce: a crowd that force meets as it protests
// ("fired tear gas at farmers marching against ...") protested, and the
// protest is coded beside the repression; a participle of protest on a
// crowd that is arrested, killed or only met stays what its noun was
// doing. A crowd occupying or blocking a place that a state's force fires
// on is repressed (175), as protesters are.
func TestR33CrowdMetWithForce(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "tear gas at farmers marching", text: "Chilean police fired tear gas at farmers marching against water cuts in Santiago.", code: "14", src: "CHL", tgt: "-"},
		{why: "clubbed workers marching", text: "Riot police clubbed dock workers marching in Rotterdam on Monday.", code: "14", src: "NLD", tgt: "-"},
		{why: "water cannon at residents blocking", text: "Georgian police used water cannon against residents blocking a highway near Batumi.", code: "144", src: "GEO", tgt: "-"},
		{why: "fire on students occupying", text: "Bangladeshi police opened fire on students occupying a campus in Dhaka.", code: "175", src: "BGD", tgt: "BGD"},
		// must not: an arrest or a killing keeps the crowd's act out, and
		// a protesting subject is only described
		{why: "an arrest", text: "Chilean police detained dozens of farmers protesting against water cuts in Santiago.", code: "14", none: true},
		{why: "a killing", text: "Chilean soldiers killed four farmers protesting against water cuts in Santiago.", code: "14", none: true},
		{why: "a subject's participle", text: "Chilean farmers protesting against water cuts met the minister in Santiago.", code: "14", none: true},
	})
}

// TestR33PoliceKilledPeople: a state's police or security forces who
// kill or shoot people of their own state use violent repression (175),
// with a protest named or not; soldiers alone, an operation's harm told
// by a participle, an attack's toll in a relative clause and people
// named only by a pronoun keep what the lines code.
func TestR33PoliceKilledPeople(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "security forces killed people", text: "Guinean security forces killed at least 30 people in Conakry on Monday.", code: "175", src: "GIN", tgt: "GIN"},
		{why: "soldiers and police", text: "Soldiers and police shot dead 40 people across Sudan on Thursday.", code: "175", src: "SDN", tgt: "-"},
		{why: "fire on a crowd, killing people", text: "Police opened fire in a township near Durban, South Africa, killing at least six people.", code: "175", src: "ZAF", tgt: "-"},
		// must not
		{why: "soldiers alone", text: "Malian soldiers killed 20 people in the village.", code: "175", none: true},
		{why: "an operation's toll", text: "Guinean security forces launched an operation against armed smugglers near Boke, killing at least nine people.", code: "175", none: true},
		{why: "an attack's toll in a relative clause", text: "Police in Conakry arrested two men over the bombing of a market, which killed 12 people.", code: "175", none: true},
	})
}

// TestR33SaysDisappointed: a government or an official that says it is
// disappointed, dismayed, disgusted or appalled disapproves (111), with
// the party named after a noun or a clause for a target, or none; private
// people's disappointment codes nothing.
func TestR33SaysDisappointed(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "disappointed by a deal between two states", text: "Oslo said it was deeply disappointed by the trade deal between Hanoi and Seoul.", code: "111", src: "NOR", tgt: "VNM"},
		{why: "quoted, then a clause", text: `The UN envoy said he was "very disappointed" that Israeli officials had not opened the crossing.`, code: "111", src: "IGO", tgt: "ISR"},
		{why: "disgusted, no target", text: "Moscow vetoed the resolution, and the French envoy said Paris was disgusted.", code: "111", src: "FRA", tgt: "-"},
		// must not: private people's feelings, and an adjective before
		// its noun
		{why: "fans", text: "Fans were disappointed by the result of the match.", code: "111", none: true},
		{why: "attributive", text: "A disappointed Dutch team flew home from Cairo.", code: "111", none: true},
	})
}

// TestR33CrowdHeadNoun: a crowd named with the words that say whose it
// is ("Malian protesters", "Kosovo Serb protesters") that clashes with
// peacekeepers or troops riots (145), as "protesters" alone do; fighters
// so named keep the fight.
func TestR33CrowdHeadNoun(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "two demonyms before protesters", text: "Bosnian Serb protesters clashed with EUFOR peacekeepers near Brcko.", code: "145", src: "BIH", tgt: "-"},
		{why: "a demonym before protesters", text: "Malian protesters clashed with MINUSMA peacekeepers in Gao.", code: "145", src: "MLI", tgt: "IGO"},
		// must not: fighters so named fight
		{why: "fighters", text: "Bosnian Serb fighters clashed with Bosnian army troops near Brcko.", code: "145", none: true},
	})
}

// TestR33StatedAidAndDrawdown: a state that says it will settle another's
// debts or pay for the fuel delivered to it means to give economic aid
// (0331), and one that says it will cut the number of its troops in a
// state means to pull part of them out (0356); a state's own debts and
// its own purchases give nothing.
func TestR33StatedAidAndDrawdown(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "settle another's debt", text: "Kuwait said it would settle Sudan's arrears to the African Development Bank.", code: "0331", src: "KWT", tgt: "SDN"},
		{why: "pay for deliveries to", text: "Algeria said it would pay for diesel shipments to Tunisia this winter.", code: "0331", src: "DZA", tgt: "TUN"},
		{why: "cut the number of troops in", text: "Paris said it would cut the number of French troops in Chad to 1,000.", code: "0356", src: "FRA", tgt: "TCD"},
		// must not: one's own debts and purchases, and a number of
		// soldiers with no state
		{why: "own debts", text: "Jordan said it would settle its debts to the World Bank.", code: "033", none: true},
		{why: "own purchases", text: "Italy said it would pay for gas deliveries from Algeria.", code: "033", none: true},
	})
}

// TestR33TerritoryTaken: armed men who take part of a named town ("the
// ruins of", "the eastern neighbourhoods of"), push deeper into a state
// or move into a buffer zone occupy territory (192); police who seize
// goods in a town centre, and aid convoys, occupy nothing.
func TestR33TerritoryTaken(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "the ruins of a town", text: "Russian forces captured the ruins of Marinka after a year of fighting.", code: "192", src: "RUS", tgt: "-"},
		{why: "neighbourhoods of a city", text: "Iraqi troops liberated the western neighbourhoods of Mosul.", code: "192", src: "IRQ", tgt: "-"},
		{why: "pushed deeper into", text: "Ethiopian troops pushed deeper into Somalia on Tuesday.", code: "192", src: "ETH", tgt: "SOM"},
		{why: "a buffer zone", text: "Turkish troops moved into the buffer zone in Cyprus.", code: "192", src: "TUR", tgt: "-"},
		// must not
		{why: "police seize goods", text: "Police seized the ruins of an old car in the centre of Lyon.", code: "192", none: true},
		{why: "aid convoys", text: "Aid convoys moved into the buffer zone in Cyprus.", code: "192", none: true},
	})
}

// TestR33WarrantApplied: a prosecutor who applies or asks for an arrest
// warrant for someone seeks it (173), as one who seeks it does; a permit
// applied for is no warrant.
func TestR33WarrantApplied(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "applied for warrants", text: "The ICC prosecutor applied for arrest warrants for two Sudanese generals.", code: "173", src: "IGO", tgt: "SDN"},
		{why: "asked for a warrant against", text: "Argentine prosecutors asked for an arrest warrant against Iranian officials.", code: "173", src: "ARG", tgt: "IRN"},
		// must not
		{why: "a permit", text: "Kenyan students applied for work permits for the summer.", code: "173", none: true},
	})
}

package pipeline

import "testing"

// TestS13FA13DatelineScene: a bare state organ of a later sentence of a
// datelined story is the dateline state's when the sentences before place
// what happened in that state (a town or province of it), or name the
// other state only as what suffered ("A former Russian spy was found
// poisoned"): the dateline state's organs answer what happened on its
// soil. A story filed from a neighbour about events in the other state
// keeps that state.
func TestS13FA13DatelineScene(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []longStory{
		{why: "ships seized near Crimea, Kiev dateline", date: "2018-11-26", text: "KIEV - Russia seized three navy ships near Crimea. The president proposed martial law.", si: 1, root: "03", want: "UKRGOV>"},
		{why: "troops moved into Crimea, parliament", date: "2014-03-01", text: "KIEV (Reuters) - Russia moved troops into Crimea. Parliament appealed to the United Nations.", si: 1, root: "02", want: "UKRLEG>IGOUNO"},
		{why: "Beirut airport bombed", date: "2006-07-13", text: "BEIRUT (Reuters) - Israel bombed Beirut airport. The government called for an immediate ceasefire.", si: 1, root: "02", want: "LBNGOV>"},
		{why: "a Georgian town bombed", date: "2008-08-08", text: "TBILISI (AFP) - Russian jets bombed the town of Gori. The president ordered a general mobilisation.", si: 1, root: "15", want: "GEOGOV>"},
		{why: "a foreign spy poisoned", date: "2018-03-05", text: "LONDON - A former Russian spy was found poisoned in Salisbury. Police said a nerve agent had been used.", si: 1, root: "01", want: "GBRCOP>"},
		{why: "foreign engineers shot", date: "2016-07-20", text: "ISLAMABAD (Reuters) - Two Chinese engineers were shot dead in Karachi. Police said the gunmen had fled.", si: 1, root: "01", want: "PAKCOP>---UAF"},
		{why: "foreign tourists robbed", date: "2017-06-03", text: "PARIS (AFP) - Three Chinese tourists were robbed near the Louvre. Police said two suspects had been detained.", si: 1, root: "01", want: "FRACOP>"},
		{why: "a foreign aid worker kidnapped", date: "2019-01-10", text: "NAIROBI (Reuters) - A British aid worker was kidnapped on the coast. The government said security forces were searching for her.", si: 1, root: "01", want: "KENGOV>KENCOP"},
		// must-not: a story filed from a neighbour about the other state
		{why: "Beirut story about Syria, places in Syria", date: "2024-04-01", text: "BEIRUT (AFP) - Syria shelled villages near Idlib. The government said the rebels had attacked first.", si: 1, root: "01", want: "SYRGOV>SYRREB"},
		{why: "Beirut story, Syrian rebels driven out of Homs", date: "2014-05-01", text: "BEIRUT (AFP) - Syrian rebels were driven out of Homs. The government said the city was secure.", si: 1, root: "01", not: "LBNGOV>"},
		{why: "Beirut story, Damascus suburbs", date: "2013-08-21", text: "BEIRUT (Reuters) - Syrian troops pounded suburbs of Damascus. The government denied using chemical weapons.", si: 1, root: "20", not: "LBNGOV>"},
		{why: "an army's own soldiers killed keep their army", date: "2015-01-01", text: "BEIRUT (Reuters) - Two Syrian soldiers were killed in an ambush near Deraa. The army said it had killed the attackers.", si: 1, root: "01", want: "SYRMIL>"},
	} {
		checkStory(t, p, c)
	}
}

// TestS13FA13StruckPlace: the state where a bare army's strike falls
// (after its verb: strike, hit, bomb, shell, pound, raid, target) is the
// struck side, no sign of whose army it is: the story's acting state or
// the dateline's. An army striking in the dateline's own state is that
// state's.
func TestS13FA13StruckPlace(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []longStory{
		{why: "an army's strikes in Gaza, Jerusalem dateline", date: "2014-07-10", text: "JERUSALEM (AP) - The army said it had struck hundreds of Hamas targets in the Gaza Strip.", si: 0, root: "19", want: "ISRMIL>PSEREB"},
		{why: "commanders' homes in Gaza City", date: "2021-05-12", text: "JERUSALEM (Reuters) - The military said it struck two Hamas commanders' homes in Gaza City.", si: 0, root: "19", want: "ISRMIL>PSEREB"},
		{why: "a strike in Syria after Israel acted", date: "2018-02-10", text: "Israel said it shot down an Iranian drone. The military said it then struck the drone's control vehicle in Syria.", si: 1, root: "19", want: "ISRMIL>SYRMIL"},
		{why: "warplanes over Sanaa, Riyadh dateline", date: "2015-03-26", text: "RIYADH (Reuters) - Warplanes struck Houthi positions in Sanaa, the military said.", si: 0, root: "19", want: "SAUMIL>YEMREB"},
		// must-not: an army striking at home, in the dateline's state
		{why: "Kabul dateline, strikes in Kunduz", date: "2015-06-02", text: "KABUL (Reuters) - The army said it had bombed Taliban hideouts in Kunduz province.", si: 0, root: "19", want: "AFGMIL>AFGREB"},
		{why: "Lagos dateline, strikes near Lake Chad", date: "2019-03-01", text: "LAGOS (Reuters) - The air force said it had struck Boko Haram camps near Lake Chad.", si: 0, root: "19", want: "NGAMIL>NGAREB"},
		{why: "Kabul dateline, killings in Helmand", date: "2015-06-02", text: "KABUL (Reuters) - The army said troops had killed 30 Taliban fighters in Helmand province.", si: 0, root: "19", want: "AFGMIL>AFGREB"},
	} {
		checkStory(t, p, c)
	}
}

// TestS13FA13GroupState: a named armed group's state ("Boko Haram" is
// Nigeria's) counts as a state the sentence names when its places are
// resolved, so a village abroad with the name of one of its towns is a
// homonym: "Boko Haram militants attacked the town of Baga" is no Bagà
// in Catalonia, and the army that answers is Nigeria's, not Spain's.
func TestS13FA13GroupState(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []longStory{
		{why: "the army answering an attack on Baga", date: "2015-01-07", text: "Boko Haram militants attacked the town of Baga. The army said it had repelled the attack.", si: 1, root: "01", want: "NGAMIL>"},
		{why: "no Spanish target for Baga", date: "2015-01-07", text: "Boko Haram militants attacked the town of Baga. The army said it had repelled the attack.", si: 0, root: "19", not: "NGAREB>ESP"},
		// must-not: towns of the group's own state keep their reading
		{why: "a Nigerian town stays", date: "2009-07-27", text: "Boko Haram militants attacked a police station in Bauchi. Police said 39 militants were killed.", si: 0, root: "19", want: "NGAREB>NGACOP"},
		{why: "a Somali town stays", date: "2014-08-10", text: "Al Shabaab fighters attacked a military base in Merca. The army said ten soldiers were killed.", si: 0, root: "19", want: "SOMREB>SOMMIL"},
	} {
		checkStory(t, p, c)
	}
	for _, e := range codeText(t, p, "2015-01-07", "Boko Haram militants attacked the town of Baga.") {
		if e.Location != nil && e.Location.Country == "ESP" {
			t.Errorf("Baga placed in Spain: %+v", e.Location)
		}
	}
}

package pipeline

import "testing"

// TestS14S14TownPolice: a town's name before a local body ("Victoria
// police", "Hamilton police") is the town or region of that name in the
// state the story's other places lie in, when it has one of some size,
// not a capital or seat of the name abroad; with no other place, or a
// place in the name's own best state, the name keeps its reading.
func TestS14S14TownPolice(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "place later in the sentence", text: "Victoria police charged two men over the attack in Melbourne.", code: "173", src: "AUSCOP"},
		{why: "place in the sentence before", text: "A man was stabbed to death in Melbourne on Saturday. Victoria police charged two men over the attack.", code: "173", src: "AUSCOP"},
		{why: "dateline", text: "MELBOURNE (Reuters) - Victoria police arrested three men after a brawl on Saturday.", code: "173", src: "AUSCOP"},
		{why: "region named after", text: "Hamilton police arrested three protesters outside city hall in Ontario.", code: "173", src: "CANCOP"},
		{why: "town in the sentence before", text: "Protesters blocked a highway near Toronto. Hamilton police arrested 12 of them on Tuesday.", code: "173", src: "CANCOP"},
		{why: "no other place", text: "Victoria police arrested two men suspected of drug trafficking.", code: "173", src: "SYCCOP"},
		{why: "other place in the name's own state", text: "A man stabbed two people in Auckland. Hamilton police arrested a second suspect later.", code: "173", src: "NZLCOP"},
		{why: "no namesake in the story's state", text: "Aleppo residents protested in Gaziantep on Friday.", code: "14", src: "SYRCVL"},
	})
}

// TestS14S14ConflictAreas: battlefields that are no administrative unit
// (Eastern Ghouta, South Ossetia) and the English spelling of a capital
// the data spells otherwise (Sukhumi for Sokhumi) are places whose state
// bare sides and struck places take (geo/data/aliases.txt).
func TestS14S14ConflictAreas(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "Eastern Ghouta", text: "Government forces pounded rebel-held towns in Eastern Ghouta on Sunday.", code: "194", src: "SYRGOVMIL", tgt: "SYR"},
		{why: "Ghouta alone", text: "Rebels in Ghouta fired mortars at a Damascus suburb.", code: "19", src: "SYRREB", tgt: "-"},
		{why: "South Ossetia", text: "Troops shelled villages in South Ossetia overnight.", code: "194", src: "GEOMIL", tgt: "GEO"},
		{why: "Sukhumi", text: "Police detained two students in Sukhumi.", code: "173", src: "GEOCOP"},
	})
}

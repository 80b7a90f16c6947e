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
// the data spells otherwise (Sukhumi for Sokhumi; Kiryat and Beit for
// Qiryat and Bayt) are places whose state
// bare sides and struck places take (geo/data/aliases.txt).
func TestS14S14ConflictAreas(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "Eastern Ghouta", text: "Government forces pounded rebel-held towns in Eastern Ghouta on Sunday.", code: "194", src: "SYRGOVMIL", tgt: "SYR"},
		{why: "Ghouta alone", text: "Rebels in Ghouta fired mortars at a Damascus suburb.", code: "19", src: "SYRREB", tgt: "-"},
		{why: "South Ossetia", text: "Troops shelled villages in South Ossetia overnight.", code: "194", src: "GEOMIL", tgt: "GEO"},
		{why: "Sukhumi", text: "Police detained two students in Sukhumi.", code: "173", src: "GEOCOP"},
		{why: "Beit Hanoun (Bayt Hanun)", text: "Israeli artillery fired shells at Beit Hanoun from across the border.", code: "194", src: "ISRMIL", tgt: "PSE"},
		{why: "Kiryat Shmona (Qiryat Shmona)", text: "Two rockets landed in Kiryat Shmona overnight, wounding three civilians.", code: "19", src: "-", tgt: "ISR"},
	})
}

// TestS14S14ProjectileSides: a place that rockets, shells or missiles are
// fired "at" in a sentence naming another state is where the blow lands
// and gives the bare senders no state, as "into" a place already did
// (with no other state the war is the place's own: "Rebels fired rockets
// at the city of Aden" stays YEMREB); force sent "into" a party is aimed at
// it, and a state a projectile is fired "from" is where it was launched,
// no target. A place after "in" ("at a police station in Kunduz") and a
// human object fired on "at" a square keep their state; "recaptured the
// village from Russia" keeps its target.
func TestS14S14ProjectileSides(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "at a town, another state named", text: "A day after militants fired rockets at Sderot, Israeli jets struck Gaza.", code: "194", src: "---REB", tgt: "ISR"},
		{why: "toward a town, launched from", text: "Militants fired two rockets toward Beersheba from the Gaza Strip overnight.", code: "194", src: "PSEREB", tgt: "ISR"},
		{why: "at a town, a group's state", text: "Hezbollah militants fired rockets at Haifa.", code: "194", src: "LBNREB", tgt: "ISR"},
		{why: "at a capital, another state", text: "Militants in Yemen fired a ballistic missile at Riyadh.", code: "195", src: "YEMREB", tgt: "SAU"},
		{why: "only the place's state: its own war", text: "Rebels fired rockets at Kabul airport on Monday.", code: "194", src: "AFGREB", tgt: "AFG"},
		{why: "at, launched from", text: "Gunmen fired rockets at Sderot from the Gaza Strip.", code: "194", src: "-", tgt: "ISR"},
		{why: "compound weapon into, from", text: "Militants fired mortar shells into Israel from Gaza.", code: "194", src: "---REB", tgt: "ISR"},
		{why: "into, from, named group", text: "Hezbollah fired rockets into Israel from Lebanon.", code: "194", src: "LBNREB", tgt: "ISR"},
		{why: "bare army into, from", text: "The army fired shells into Syria from Turkey.", code: "194", src: "-", tgt: "SYR"},
		{why: "in a town keeps the state", text: "Rebels fired mortars at a police station in Kunduz.", code: "194", src: "AFGREB", tgt: "AFGCOP"},
		{why: "drones from", text: "Houthi rebels launched drones at Jeddah from Yemen.", code: "19", src: "-", tgt: "SAU"},
		{why: "recaptured from", text: "Ukrainian forces recaptured the village from Russia.", code: "192", src: "UKRMIL", tgt: "RUS"},
	})
	// A crowd fired on at a square: the square is the scene.
	for _, e := range codeText(t, p, "2024-05-01", "Soldiers fired on demonstrators at Tahrir Square in Cairo.") {
		if e.CAMEORoot == "19" && actorCodes(e.Source) != "EGYMIL" {
			t.Errorf("soldiers at Tahrir Square: %s %s>%s, want EGYMIL", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// TestS14S14DatelineReaction: a bare organ after a datelined story's
// acting state is the dateline state's only when it reacts to that state
// (reactingState): not when the state before only denied something, nor
// when the organ judges or accuses a state the story names, which the
// acting state may do itself; a state's organ accuses no one of its own.
func TestS14S14DatelineReaction(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "after a denial", text: "LONDON (Reuters) - Saudi Arabia denied involvement in the journalist's killing. The government condemned the reports as false.", code: "111", src: "SAUGOV", tgt: "-"},
		{why: "judges another state", text: "LONDON (Reuters) - Iran said on Monday it would not negotiate with Washington. The foreign ministry condemned U.S. sanctions.", code: "111", src: "IRNGOV", tgt: "USA"},
		{why: "accuses the state it names", text: "LONDON (Reuters) - China on Tuesday criticised a U.S. arms sale to Taiwan. The foreign ministry accused Washington of meddling.", code: "112", src: "CHNGOV", tgt: "USA"}, // meddling is no aggression (M24)
		{why: "a reaction still is the dateline's", text: "SEOUL (Reuters) - North Korea said it had tested a hydrogen bomb. The government condemned the test as a grave provocation.", code: "111", src: "KORGOV", tgt: "PRK"},
		{why: "a reaction in Tokyo", text: "TOKYO (Reuters) - North Korea fired a ballistic missile over northern Japan on Tuesday. The government condemned the launch.", code: "111", src: "JPNGOV"},
	})
}

// TestS14S14EnvoyPlace: an embassy, consulate or envoy "in" a place
// serves there for another state, so neither the place after it nor the
// event's place gives a bare one its country; police or officials in a
// place still take it.
func TestS14S14EnvoyPlace(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "diplomats in a capital", text: "Diplomats in Kabul said the talks had stalled.", code: "010", src: "---GOV", tgt: "-"},
		{why: "police in a capital", text: "Police in Kabul arrested two men on Monday.", code: "173", src: "AFGCOP", tgt: "-"},
	})
	for _, e := range codeText(t, p, "2024-05-01", "India condemned the attack on its consulate in Jalalabad.") {
		if actorCodes(e.Target) == "AFGGOV" {
			t.Errorf("India's consulate in Jalalabad: %s %s>%s, want no Afghan consulate", e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

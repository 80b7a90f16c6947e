package pipeline

import "testing"

// Review of the fourteenth session's rules (R14): sentences of our own on
// which a rule added this session misfired, next to the rule's intended
// cases, which must keep coding.

// TestReviewS14ExpandedAttacks: "attacks" or an "assault" expanded,
// widened or escalated (N14, data/verbs/19-fight.txt) are force only when
// armed ones ("drone attacks", "air assault") or on armed men or their
// positions; a leader's or a party's "attacks on" someone are words.
func TestReviewS14ExpandedAttacks(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: offensive expanded", text: "Russian forces expanded their offensive in the Kharkiv region.", code: "190", src: "RUS", tgt: "UKR"},
		{why: "intended: assault on militants", text: "Turkey widened its assault on Kurdish militants in northern Iraq.", code: "190", src: "TUR", tgt: "-"},
		{why: "intended: drone attacks", text: "Russia escalated its drone attacks on Ukrainian cities.", code: "190", src: "RUS", tgt: "UKR"},
		{why: "intended: air assault, Nigeria 2015", text: "Nigeria widened its air assault on Boko Haram in Borno in 2015.", code: "190", src: "NGA", tgt: "-"},
		{why: "intended: attacks on rebel positions", text: "The Congolese army broadened its attacks on rebel positions near Goma.", code: "190", src: "COD", tgt: "-"},
		{why: "must not: a president's attacks on a central bank", text: "Trump escalated his attacks on the Federal Reserve.", code: "19", none: true},
		{why: "must not: an opposition's attacks on a premier", text: "The opposition widened its attacks on the prime minister over the scandal.", code: "19", none: true},
		{why: "must not: Turkey-Netherlands row 2017", text: "Erdogan escalated his attacks on Dutch leaders after the rally ban.", code: "19", none: true},
		{why: "must not: a senator's assault on a record", text: "The senator broadened his assault on the health ministry's record.", code: "19", none: true},
	})
}

// TestReviewS14TownWonInVote: a town "captured" or "seized" by its name
// alone is occupied (192, N14's namedPlaceTaken) unless the phrase after
// the verb names a vote: a party that "captured Hartlepool in the 2024
// election" won it.
func TestReviewS14TownWonInVote(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: Kherson", text: "Russian forces captured Kherson on Wednesday.", code: "192", src: "RUS", tgt: "UKR"},
		{why: "intended: Mosul 2014", text: "Islamic State militants seized Mosul in June 2014.", code: "192", src: "-", tgt: "IRQ"},
		{why: "intended: Goma 2012", text: "M23 rebels overran Goma in November 2012.", code: "192", src: "COD", tgt: "COD"},
		{why: "must not: a by-election win, Britain", text: "Labour captured Hartlepool in the 2024 election.", code: "19", none: true},
		{why: "must not: municipal polls, South Africa", text: "The ANC seized Durban in the municipal polls.", code: "19", none: true},
	})
}

// TestReviewS14PronounAfterMeeting: an object "him" or "her" after a
// clause in which two persons met (M14's personPronoun and
// pronounTarget) is not simply the last-named one; with no gender known
// the clause before's target stands, which after a meeting is the
// first-named party. One person before it, or the other one the
// clause's own subject, still resolves (M14's intended cases).
func TestReviewS14PronounAfterMeeting(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: one visitor before it", text: "Modi visited Washington, where Trump praised him as a great friend.", code: "051", src: "USA", tgt: "IND"},
		{why: "intended: Lavrov in Tehran", text: "Lavrov visited Tehran, where Iranian officials criticised him.", code: "111", src: "IRN", tgt: "RUS"},
		{why: "intended: the other one is the subject", text: "Macron met Putin in Moscow and Putin thanked him.", code: "051", src: "RUS", tgt: "FRA"},
		{why: "meeting: her is the visitor, not the host", text: "Merkel met Macron in Paris, where protesters booed her.", code: "111", src: "-", tgt: "DEU"},
		{why: "meeting: Chequers 2018", text: "Theresa May met Donald Trump at Chequers, where protesters jeered her.", code: "111", src: "-", tgt: "GBR"},
		{why: "meeting: Washington 2023", text: "Modi met Biden at the White House, where reporters criticised him over press freedom.", code: "111", src: "-", tgt: "IND"},
	})
}

// TestReviewS14VehicleHit: a convoy, ship, bus or ambulance that "was
// attacked", "bombed" or "ambushed" with no agent named is attacked
// (N14's agentless line in data/verbs/19-fight.txt); one "hit", "struck"
// or "targeted" is attacked only by a weapon after "by": traffic,
// weather and critics attack nothing.
func TestReviewS14VehicleHit(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: a convoy bombed, Syria", text: "An aid convoy was bombed near Aleppo.", code: "190", src: "-", tgt: "SYR"},
		{why: "intended: a train ambushed, Pakistan", text: "A passenger train was ambushed in Balochistan.", code: "190", src: "-", tgt: "PAK"},
		{why: "intended: hit by a roadside bomb, Afghanistan", text: "A fuel convoy was hit by a roadside bomb in Helmand.", code: "190", src: "-", tgt: "AFG"},
		{why: "must not: a road accident, Nigeria", text: "An ambulance was hit by a drunk driver in Lagos.", code: "19", none: true},
		{why: "must not: a bus and a lorry, Kenya", text: "A bus was hit by a lorry on the Nairobi-Mombasa highway.", code: "19", none: true},
		{why: "must not: weather, Bangladesh", text: "A ferry was struck by a storm off Bangladesh.", code: "19", none: true},
		{why: "must not: critics, Brazil", text: "The presidential convoy was targeted by critics in Brazil for its cost.", code: "19", none: true},
	})
}

// TestReviewS14OwnAid: military aid (072) or economic aid pledged (0331)
// whose only target is the sources' own bare state is the state's own
// spending (ownAid): C14's trained battalions and D14's money pledged
// "for" a state's economy keep coding aid to another state.
func TestReviewS14OwnAid(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: Japan for Ukraine's recovery", text: "Japan pledged $5 billion for Ukraine's recovery.", code: "0331", src: "JPN", tgt: "UKR"},
		{why: "intended: Gulf money for Egypt 2015", text: "The Gulf states pledged $10bn for Egypt's economy in 2015, officials said.", code: "0331", src: "-", tgt: "EGY"},
		{why: "intended: Britain trains Ukrainian brigades", text: "Britain trained Ukrainian brigades in 2023.", code: "072", src: "GBR", tgt: "UKR"},
		{why: "must not: a US stimulus", text: "Biden pledged $1 trillion for America's economy.", code: "0331", none: true},
		{why: "must not: India's own budget", text: "Modi promised $10 billion for India's economy.", code: "0331", none: true},
		{why: "must not: an army's own recruits, Nigeria", text: "The army trained three new battalions in Kaduna.", code: "072", none: true},
	})
}

// TestReviewS14RefugeInBuilding: refuge or shelter found "in" a state is
// asylum it gives (075, C14); found in a church, a mosque or a school it
// is a roof, and no one grants asylum (refugeInBuilding).
func TestReviewS14RefugeInBuilding(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: Rohingya in Bangladesh", text: "Nearly a million Rohingya found refuge in Bangladesh.", code: "075", src: "BGD", tgt: "MMR"},
		{why: "intended: Sudanese in Chad 2023", text: "Thousands of Sudanese found refuge in Chad in 2023.", code: "075", src: "TCD", tgt: "SDN"},
		{why: "must not: a gunman in a church", text: "The gunman found refuge in a church.", code: "075", none: true},
		{why: "must not: migrants in a mosque, France", text: "Migrants found shelter in a mosque in Calais.", code: "075", none: true},
		{why: "must not: families in schools, Gaza", text: "Displaced families found shelter in schools run by UNRWA.", code: "075", none: true},
	})
}

// TestReviewS14PlaceInspection: experts, a team or a mission let visit or
// inspect (0862, C14) need an inspecting body; one whose only target is
// the place it happened lets in no inspection (placeInspection).
func TestReviewS14PlaceInspection(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: IAEA at Zaporizhzhia", text: "Russia allowed IAEA experts to visit the Zaporizhzhia nuclear plant.", code: "0862", src: "RUS", tgt: "-"},
		{why: "intended: a UN team in Rakhine", text: "Myanmar allowed a UN team to visit Rakhine state.", code: "0862", src: "MMR", tgt: "-"},
		{why: "intended: the OPCW at Douma 2018", text: "Syria allowed the OPCW team to visit Douma in April 2018.", code: "0862", src: "SYR", tgt: "-"},
		{why: "must not: a landlord, Britain", text: "The landlord allowed the team to inspect the flat in Leeds.", code: "086", none: true},
	})
}

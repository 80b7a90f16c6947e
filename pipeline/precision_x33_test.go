package pipeline

import "testing"

// TestX33DeclaredObject: "declare", "proclaim" or "announce" with a noun
// phrase as object performs or names an act and voices no position, so
// no 010 is coded for it; the same verbs with a clause, a quote or a
// prepositional phrase after them still make a statement. Every sentence
// was written for this test.
func TestX33DeclaredObject(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 010
		{why: "independence declared", text: "Somaliland's parliament declared independence from Somalia.", code: "010", none: true},
		{why: "a winner proclaimed", text: "Malawi's electoral commission proclaimed Peter Mutharika the winner of the vote.", code: "010", none: true},
		{why: "himself declared leader", text: "The rebel commander declared himself head of state in Bangui.", code: "010", none: true},
		{why: "a death made known", text: "The Vietnamese government announced the death of party chief Nguyen Phu Trong.", code: "010", none: true},
		{why: "a new cabinet announced", text: "Lebanon's prime minister announced a 24-member cabinet on Saturday.", code: "010", none: true},
		// must not: a clause, a clause after a time word, a quote, a preposition
		{why: "declared that", text: "Algeria declared that it would never accept foreign bases on its soil.", code: "010", src: "DZA", tgt: "-"},
		{why: "announced a clause with no that", text: "The Bolivian government announced the border crossings were calm.", code: "010", src: "BOL", tgt: "-"},
		{why: "a time word before that", text: "Zambia's president announced tonight that the border with Zimbabwe would stay open.", code: "010", src: "ZMB", tgt: "-"},
		{why: "declared in a statement", text: "Kenya declared in a statement that the elections had been fair.", code: "010", src: "KEN", tgt: "-"},
	})
}

// TestX33InterceptedProjectile: missiles, rockets or drones named before
// "intercepted" (a passive, a relative, a partitive) are downed by force
// (190), not a show of force (150); a ship or a plane intercepted after
// the verb stays 150. Every sentence was written for this test.
func TestX33InterceptedProjectile(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 150
		{why: "a passive", text: "Most of the 40 Iranian drones were intercepted by Israeli air defences.", code: "190", src: "ISR", tgt: "IRN"},
		{why: "a reduced relative before a passive", text: "The missiles Russia fired at Odesa overnight were intercepted by Ukraine's air force.", code: "190", src: "UKR", tgt: "-"},
		{why: "a partitive relative", text: "Hezbollah fired 60 rockets at Haifa, most of which were intercepted.", code: "15", none: true},
		{why: "a relative object", text: "The Houthis launched two missiles at Eilat, which Israeli air defences intercepted.", code: "15", none: true},
		// must not: a ship or a plane after the verb
		{why: "warships intercepted", text: "Kazakh jets intercepted American warships.", code: "150", src: "KAZ", tgt: "USA"},
		{why: "a patrol plane after drone talk", text: "After the drone talks in Ankara, Greek jets intercepted a Turkish patrol boat.", code: "150", src: "GRC", tgt: "TUR"},
	})
}

// TestX33MarkedOccasion: marking, honouring or remembering is a symbolic
// act (017) when the dead or a killing are marked; an anniversary of a
// founding or a fall, a treaty honoured and a warning to "remember" those
// who voted against are none. Every sentence was written for this test.
func TestX33MarkedOccasion(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 017
		{why: "a founding's anniversary", text: "The United Nations marked the 80th anniversary of its founding on Friday.", code: "017", none: true},
		{why: "a coup's anniversary", text: "Chile marked the anniversary of the 1973 coup.", code: "017", none: true},
		{why: "a treaty honoured", text: "Jordan said it would honour its peace treaty with Israel.", code: "017", none: true},
		{why: "a warning to remember", text: "Panama warned that it would remember the states that voted against it.", code: "017", none: true},
		// must not: the dead or a killing marked
		{why: "a massacre's anniversary", text: "Iraq marked the anniversary of the Halabja massacre with a ceremony.", code: "017", src: "IRQ", tgt: "-"},
		{why: "victims honoured", text: "Poland honoured the victims of the Katyn massacre.", code: "017", src: "POL", tgt: "-"},
		{why: "the dead remembered", text: "Rwanda remembered the victims of the genocide on Sunday.", code: "017", src: "RWA", tgt: "-"},
	})
}

// TestX33BodyInSession: a cabinet, council or parliament that meets by
// itself holds its own session, no consultation (040); one that meets a
// named party, and parties or delegations holding talks, still consult.
// Every sentence was written for this test.
func TestX33BodyInSession(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 040 with no target
		{why: "a cabinet met", text: "The Lebanese cabinet met for five hours on Tuesday without agreeing on a budget.", code: "04", none: true},
		{why: "a council's first meeting", text: "Libya's new presidential council held its first meeting in Tripoli.", code: "04", none: true},
		// must not: a party met, parties' talks
		{why: "a cabinet met an envoy", text: "Lebanon's cabinet met the UN envoy in Beirut.", code: "040", src: "LBN", tgt: "-"},
		// V40: one state's warring parties deal with each other, in a third state (044), not with the venue's
		{why: "warring parties' talks", text: "Yemen's warring parties held face-to-face talks in Muscat.", code: "044", src: "YEM", tgt: "YEM"},
	})
}

// TestX33FlagRaised: a flag raised is mourning (017) only at half-mast;
// a new flag raised at a ceremony or over a seized building is no homage.
// Every sentence was written for this test.
func TestX33FlagRaised(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a new flag raised", text: "South Sudan's president raised the new national flag in Juba for the first time.", code: "017", none: true},
		{why: "a flag over a seized town hall", text: "Separatist gunmen seized the town hall in Kramatorsk and raised their flag over it.", code: "017", none: true},
		{why: "keep: half-mast", text: "Kenya raised its flags at half-mast after the massacre.", code: "017", src: "KEN", tgt: "-"},
	})
}

// TestX33RejectedAsk: a demand named by a noun as the object of a
// rejection is the rejection's given, not an event beside it; a demand
// told by its own verb and an offer turned down stay. Every sentence was written for this
// test.
func TestX33RejectedAsk(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded the demand or the offer
		{why: "a demand turned down", text: "Zimbabwe's government turned down the opposition's demand for a caretaker administration to run the elections.", code: "10", none: true},
		{why: "a demand for a resignation rejected", text: "Bolivia rejected the US demand for the resignation of President Evo Morales.", code: "10", none: true},
		{why: "a demand for an end to war rejected", text: "Sudan rejected the rebels' demand for a permanent end to the war as a condition of talks.", code: "10", none: true},
		// must not: the rejection stays, a demand told by its verb stays
		{why: "the rejection", text: "Bolivia rejected the US demand for the resignation of President Evo Morales.", code: "12", src: "BOL", tgt: "USA"},
		{why: "a demand by its verb", text: "The United States demanded the release of all political prisoners, and Cuba rejected the call.", code: "10", src: "USA", tgt: "-"},
		{why: "an offer turned down was made", text: "Colombia rejected Venezuela's offer to send troops to the border.", code: "03", src: "VEN", tgt: "-"},
	})
}

// TestX33FeatureHeadline: a headline labelled analysis, opinion or
// explainer, or one that opens an explanation with "Why", "How" or "What"
// and a colon, reports no act; a news headline with a colon and a
// question of the news still code. Every sentence was written for this
// test.
func TestX33FeatureHeadline(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded an event
		{why: "an analysis label", text: "Analysis: Why Egypt keeps sending troops to the Sudanese border", code: "15", none: true},
		{why: "an explainer label", text: "Explainer: How Rwanda backs the M23 rebels in Congo", code: "07", none: true},
		{why: "an explanation after why", text: "Why Hungary accepts so few asylum seekers: a tradition of closed borders and a system that grants protection to few.", code: "07", none: true},
		// must not: news with a colon, a question
		{why: "news before a colon", text: "Russia attacks Kyiv with drones: what we know", code: "19", src: "RUS", tgt: "UKR"},
	})
}

// TestX33SiegeEndedByForce: a siege or blockade another party held,
// ended by the subject's storming or emergency powers, is no siege eased
// (0872); the blockader's own end stays. Every sentence was written for
// this test.
func TestX33SiegeEndedByForce(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 0872 beside the force
		{why: "a cafe stormed to end a siege", text: "Police stormed a cafe in Sydney's Martin Place early on Tuesday to end a 16-hour siege by a gunman.", code: "0872", none: true},
		{why: "emergency powers to end blockades", text: "Canada invoked emergency powers to end the trucker blockades in Ottawa.", code: "0872", none: true},
		// must not: the blockader's own end
		{why: "a corridor reopened to end the blockade", text: "Azerbaijan reopened the Lachin corridor to end the blockade of Karabakh.", code: "0872", src: "AZE", tgt: "-"},
	})
}

// TestX33ParadeSetting: a military parade named after "at", "during" or
// "in" as the scene of another act is no show of force (150); a parade
// held stays. Every sentence was written for this test.
func TestX33ParadeSetting(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each coded 150 beside the attack
		{why: "killed during a parade", text: "Bangladesh's president was shot dead during a military parade in Dhaka.", code: "15", none: true},
		{why: "an attack at a parade", text: "Iran blames Israel for bomb attack at military parade in Ahvaz", code: "15", none: true},
		// must not: a parade held
		{why: "a parade held", text: "North Korea held a military parade in Pyongyang to show off its new missiles.", code: "150", src: "PRK", tgt: "-"},
	})
}

package pipeline

import "testing"

// TestS16M16FloatingQuantifier: "both", "each" or "all" floated after a
// coordinated or plural subject leaves the past form after it the
// subject's verb (the tagger read it as an adjective before the object,
// and the verb stage skipped a past form after a determiner). A quantifier
// that opens a noun phrase after a verb still makes the past form an
// adjective.
func TestS16M16FloatingQuantifier(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "each deployed", text: "Kenya, Tanzania and Uganda each deployed troops to eastern Congo after the rebels seized Goma.", code: "154", src: "KEN", tgt: "COD"},
		{why: "both deployed", text: "Kenya and Uganda both deployed police to the border after cattle raiders killed eight herders.", code: "15", src: "UGA", tgt: "-"},
		{why: "each imposed", text: "Britain and Canada each imposed sanctions on Russian banks on Thursday.", code: "163", src: "CAN", tgt: "RUS"},
		{why: "all expelled", text: "The three Baltic states all expelled Russian diplomats on Monday.", code: "16", src: "-", tgt: "RUS"},
		// must not: a quantifier after a verb opens its object
		{why: "all detained protesters are no act of the police", text: "Police freed all detained protesters in Minsk.", code: "173", src: "-", tgt: "-", none: true},
		{why: "both wounded soldiers were not wounded by the army", text: "The army evacuated both wounded soldiers to Kabul.", code: "18", src: "-", tgt: "-", none: true},
	})
}

// TestS16M16PastAfterAnd: a past of destruction or threat after "and",
// in a clause whose verb came before, is a second verb of the subject,
// not an adjective of a second object.
func TestS16M16PastAfterAnd(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "and threatened sanctions", text: "The junta dissolved all political parties; ECOWAS condemned the decision and threatened sanctions.", code: "13", src: "IGO", tgt: "-"},
		{why: "and destroyed homes", text: "Troops killed two militants and destroyed homes in the village of Kuda.", code: "1712", src: "-", tgt: "-"},
		// must not: an adjective of a second object after a verb of no such kind
		{why: "trained volunteers are thanked, not trained", text: "The Kenyan government thanked doctors and trained volunteers.", code: "06", src: "-", tgt: "-", none: true},
		{why: "injured bystanders are no assault", text: "Nigerian police detained protesters and injured bystanders were taken to hospital.", code: "18", src: "NGA", tgt: "-", none: true},
	})
}

// TestS16M16SeizedContraband: rifles, ammunition and explosives seized
// are property taken (1711), also as the second act of a raid; a drug
// haul is not.
func TestS16M16SeizedContraband(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "killed and seized rifles", text: "Mexican soldiers killed 19 suspected cartel members in a shootout in Michoacan and seized rifles and trucks.", code: "1711", src: "MEX", tgt: "-"},
		{why: "said it had killed and seized ammunition", text: "The Jordanian army said it had killed 27 smugglers on the Syrian border and seized ammunition.", code: "1711", src: "JOR", tgt: "-"},
		{why: "arrested and seized explosives", text: "Indonesian police arrested 18 suspected militants in Java and seized explosives.", code: "1711", src: "IDN", tgt: "-"},
		// must not
		{why: "seizing on a deal takes nothing", text: "The opposition seized on the arms deal to attack the government.", code: "171", src: "-", tgt: "-", none: true},
		{why: "a drug haul is no coercion", text: "Colombian police seized eight tonnes of cocaine in Buenaventura.", code: "17", src: "-", tgt: "-", none: true},
		{why: "a town seized is territory", text: "Rebels seized the town of Goma and its airport.", code: "171", src: "-", tgt: "-", none: true},
	})
}

// TestS16M16TimeClauseSubject: a clause of time ("after", "before",
// "until", ...) whose subject is a noun phrase with no actor in it has
// that noun for subject: its verb's agent is unknown, never the main
// clause's subject. An actor in the phrase is still found, and "both
// countries" still names the pair told before.
func TestS16M16TimeClauseSubject(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "the actor after 'after' acts", text: "Israel struck Gaza after Hamas fired rockets at Sderot.", code: "19", src: "PSE", tgt: "-"},
		{why: "the main act stays", text: "Kenya deployed police to the border after raiders killed eight herders.", code: "153", src: "KEN", tgt: "-"},
		{why: "the pair after 'as both countries'", text: "Pakistan warned India against any attack, as both countries moved troops towards their common border.", code: "154", src: "IND", tgt: "PAK"},
		// must not: the main subject is no agent of the time clause
		{why: "raiders are no Kenyan force", text: "Kenya deployed police to the border after raiders killed eight herders.", code: "19", src: "KEN", tgt: "-", none: true},
		{why: "cattle raiders are no Kenyan or Ugandan force", text: "Both Kenya and Uganda deployed police to the border after cattle raiders killed eight herders.", code: "19", src: "UGA", tgt: "-", none: true},
		{why: "a new nation is no Sudanese statement", text: "Sudan recognised South Sudan hours before the new nation declared its independence in Juba.", code: "01", src: "SDN", tgt: "-", none: true},
	})
}

// TestS16M16PlottedAct: the infinitive of a plot noun ("over a plot to
// kill an activist") did not happen and is no act of the clause's
// subject; a plot told with a verb ("plotted to kill") still codes.
func TestS16M16PlottedAct(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "the summons stays", text: "The Netherlands summoned Iran's envoy over a plot to kill an activist and froze the assets of four Iranians.", code: "114", src: "NLD", tgt: "IRN"},
		{why: "plotted to kill is still an attempt", text: "Iraq plotted to kill the Russian ambassador.", code: "185", src: "IRQ", tgt: "RUS"},
		{why: "a plan approved is still an intent", text: "Iran's parliament approved a plan to expel European diplomats.", code: "13", src: "IRN", tgt: "-"},
		// must not
		{why: "the Dutch kill no one", text: "The Netherlands summoned Iran's envoy over a plot to kill an activist and froze the assets of four Iranians.", code: "19", src: "NLD", tgt: "-", none: true},
		{why: "Germany assassinates no one", text: "Germany expelled two Russian diplomats over a plot to assassinate a dissident in Berlin.", code: "18", src: "DEU", tgt: "-", none: true},
		{why: "Denmark attacks no newspaper", text: "Danish police arrested three men over an alleged plot to attack a newspaper in Copenhagen.", code: "19", src: "DNK", tgt: "-", none: true},
		{why: "Britain kidnaps no one", text: "Britain sanctioned Iranian officials for a scheme to kidnap journalists in London.", code: "18", src: "GBR", tgt: "-", none: true},
	})
}

// TestS16M16FiredOnShip: fire at a ship, a boat, a convoy or a vehicle is
// gunfire even with no actor named as the object; with one named the
// target stays.
func TestS16M16FiredOnShip(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "fired on a rescue ship", text: "Libyan coast guard vessels fired on a rescue ship and seized migrants from a dinghy.", code: "19", src: "LBY", tgt: "-"},
		{why: "fired at a tanker", text: "Iranian gunboats fired at a tanker in the Strait of Hormuz.", code: "19", src: "IRN", tgt: "-"},
		{why: "a named boat keeps its state", text: "Chinese troops fired on a Philippine boat near the shoal.", code: "193", src: "CHN", tgt: "PHL"},
		// must not
		{why: "an airline sacking no one by gunfire", text: "The airline fired on Monday the captain of the ship.", code: "19", src: "-", tgt: "-", none: true},
	})
}

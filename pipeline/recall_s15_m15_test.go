package pipeline

import "testing"

// TestS15M15ObjectRelative: the verb of an object relative clause ("whom
// they had detained", "which Moscow had seized", "it had detained") has
// its own subject and the noun the clause hangs on as its object, so the
// second, earlier act of the sentence is coded with that noun as target.
// A reaction after ", which" still reacts to the act before the comma, and
// "that" after the object of a verb of telling opens what is told.
func TestS15M15ObjectRelative(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "whom they had detained", text: "The Taliban freed a British aid worker whom they had detained in Kabul in January.", code: "173", src: "AFG", tgt: "GBR"},
		{why: "whom it had arrested, pronoun subject", text: "Iran freed a Swedish diplomat whom it had arrested at Tehran airport in 2022.", code: "173", src: "IRN", tgt: "SWE"},
		{why: "whom Ankara had accused", text: "Greek police arrested a Turkish journalist whom Ankara had accused of terrorism.", code: "112", src: "TUR", tgt: "TUR"},
		{why: "whom it accused, past tense", text: "Russia jailed an American reporter whom it accused of spying for the CIA.", code: "112", src: "RUS", tgt: "USA"},
		{why: "comma and whom, an accusation", text: "Egypt praised Qatar, whom Israel had accused of funding Hamas.", code: "112", src: "ISR", tgt: "QAT"},
		{why: "no relative word before a pronoun subject", text: "The Pakistani government released the Afghan refugees it had detained.", code: "173", src: "PAK", tgt: "AFG"},
		{why: "the relative's verb is tried at all", text: "Kenyan police freed 12 hostages whom al-Shabab militants had kidnapped near the Somali border.", code: "181", src: "SOM", tgt: "-"},
		{why: "abductees freed by the army", text: "The Sudanese army freed 40 civilians whom the RSF had abducted in Khartoum.", code: "181", src: "SDN", tgt: "SDN"},
		// must not
		{why: "a reaction after ', which' answers the act", text: "The European Union imposed sanctions on Russia, which Moscow condemned.", code: "111", src: "RUS", tgt: "RUS", none: true},
		{why: "the freeing is no kidnapping's target", text: "Kenyan police freed 12 hostages whom al-Shabab militants had kidnapped near the Somali border.", code: "0841", src: "SOM", tgt: "-", none: true},
		{why: "the place is no target of the arrest", text: "Iran freed a Swedish diplomat whom it had arrested at Tehran airport in 2022.", code: "173", src: "IRN", tgt: "IRN", none: true},
		{why: "a verb with its own object is no object relative", text: "Poland expelled a Russian diplomat who had met separatist leaders in Transnistria.", code: "040", src: "RUS", tgt: "RUS", none: true},
	})
}

// TestS15M15GapStopsAtClause: a pattern's gap does not cross a relative
// pronoun or a conjunction of time that opens a clause with its own
// subject and verb: the words after it are that verb's.
func TestS15M15GapStopsAtClause(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "after he was abducted", text: "Ukrainian officials said the mayor of Melitopol was freed after he was abducted by Russian soldiers.", code: "181", src: "RUS", tgt: "UKR"},
		{why: "when they were kidnapped", text: "The Nigerian army freed the students weeks after they were kidnapped by gunmen in Kaduna.", code: "181", src: "-", tgt: "NGA"},
		// must not: a that-clause after a demand is still read by its pattern
		{why: "that after a demand is no relative", text: "Russia demanded that Iran stop sending weapons to Syria.", code: "10", src: "RUS", tgt: "IRN"},
		{why: "that after a warning is no relative", text: "Zambian police warned on Friday that they would deal firmly with anyone who blocked the highway.", code: "13", src: "ZMB", tgt: "-"},
	})
}

// TestS15M15ButShared: a past verb right after "but" shares the subject of
// the past verb before it, as one after "and" does.
func TestS15M15ButShared(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "signed but vetoed", text: "Hungary signed the declaration but vetoed new sanctions on Russia.", code: "129", src: "HUN", tgt: "RUS"},
		{why: "asked for aid but refused", text: "Myanmar's junta asked for food aid but refused to admit foreign aid workers.", code: "12", src: "MMR", tgt: "-"},
		{why: "condemned but refused", text: "Turkey condemned the attack but refused to impose sanctions on Israel.", code: "12", src: "TUR", tgt: "ISR"},
		{why: "condemned but praised", text: "Bolivia's president condemned the coup attempt but praised the loyal troops.", code: "051", src: "BOL", tgt: "BOL"},
		{why: "but later", text: "Ecuador detained the Mexican diplomat but later expelled him to Mexico City.", code: "174", src: "ECU", tgt: "MEX"},
		// must not: a new subject after "but" acts itself
		{why: "a new subject after but", text: "Greece protested to Turkey, but Ankara dismissed the complaint.", code: "12", src: "GRC", tgt: "-", none: true},
		{why: "all but is an adverb", text: "Russian shelling has all but destroyed the town of Vuhledar.", code: "", src: "-", tgt: "RUS", none: true},
	})
}

// TestS15M15SentencePair: "both sides", "the two countries" with no
// meeting or agreement told before are the two parties of the sentence's
// own earlier one-way event.
func TestS15M15SentencePair(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "as both countries moved troops", text: "Pakistan warned India against any attack, as both countries moved troops towards their common border.", code: "154", src: "IND", tgt: "PAK"},
		{why: "and the two countries massed troops", text: "Ethiopia accused Eritrea of backing rebels, and the two countries massed troops along their border.", code: "154", src: "ETH", tgt: "ERI"},
		{why: "as the two sides traded fire", text: "Thailand protested to Cambodia over the shelling, as the two sides traded fire near the temple.", code: "19", src: "KHM", tgt: "THA"},
		{why: "a denied act still names the pair", text: "Kenya denied attacking Somalia, and both sides later signed a trade deal.", code: "057", src: "SOM", tgt: "KEN"},
		// must not
		{why: "no pair named: the appealer is no side", text: "The UN urged restraint after the two sides exchanged artillery fire across the border.", code: "19", src: "IGO", tgt: "-", none: true},
		{why: "an actor of one state is no pair", text: "Ethiopian troops killed five rebels in Amhara, and both sides reported heavy losses.", code: "01", src: "ETH", tgt: "-", none: true},
	})
}

// TestS15M15PerfectModifier: a country adjective on the subject noun names
// the agent across the verb's auxiliaries as it does without them; a
// passive's subject stays acted on.
func TestS15M15PerfectModifier(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "had rammed", text: "Chinese vessels had rammed a Philippine supply boat near the shoal.", code: "190", src: "CHN", tgt: "PHL"},
		{why: "have repeatedly rammed", text: "Chinese coast guard ships have repeatedly rammed Vietnamese fishing boats.", code: "19", src: "CHN", tgt: "VNM"},
		{why: "had blocked and rammed, reported", text: "Manila said Chinese vessels had blocked and rammed one of its ships.", code: "190", src: "CHN", tgt: "-"},
		// must not: a passive's subject is acted on
		{why: "a passive with its agent", text: "A Greek tanker was hijacked by Somali pirates.", code: "181", src: "GRC", tgt: "-", none: true},
		{why: "a passive with no agent", text: "Three Turkish trucks were set on fire near the border.", code: "", src: "TUR", tgt: "-", none: true},
	})
}

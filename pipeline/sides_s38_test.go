package pipeline

import "testing"

// checkSourceNot fails when an event of the root has a source of the
// state src: the rule under test must not lend it one.
func checkSourceNot(t *testing.T, p *Pipeline, root, text, src string) {
	t.Helper()
	for _, e := range codeText(t, p, "2024-05-01", text) {
		if e.CAMEORoot == root && hasCountry(e.Source, src) {
			t.Errorf("%q coded %s %s>%s, want no source of %s", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), src)
		}
	}
}

// TestS38WeaponPartner: a weapon that opens an agentless line and ends a
// subject coordinated after an armed actor is fired by that actor; a
// weapon coordinated after an actor that is no armed force has no agent.
func TestS38WeaponPartner(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "warplanes and cruise missiles", text: "WASHINGTON, Dec 17 (AP) - American and British warplanes and cruise missiles struck targets across Iraq for a second night on Thursday.", code: "195", src: "USA", tgt: "IRQ"},
		{why: "the second state of the subject", text: "WASHINGTON, Dec 17 (AP) - American and British warplanes and cruise missiles struck targets across Iraq for a second night on Thursday.", code: "195", src: "GBR", tgt: "IRQ"},
		{why: "drones and missiles", text: "Russian drones and missiles hit Kyiv overnight, killing three people.", code: "195", src: "RUS", tgt: "UKR"},
		// must not: the missiles' own adjective still names the agent
		{why: "Russian missiles alone", text: "Russian missiles hit Odesa before dawn.", code: "195", src: "RUS", tgt: "UKR"},
	})
	checkSourceNot(t, p, "19", "Ukrainian officials and missiles hit the market in Kherson overnight.", "UKR")
}

// TestS38IGOTerritory: land an international body protects ("the U.N.
// safe area of Srebrenica", "the United Nations enclave of ...") is the
// territory of the state it lies in, not the body; the body's own base
// and troops stay its.
func TestS38IGOTerritory(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "U.N. safe area of Srebrenica", text: "Bosnian Serb forces led by General Ratko Mladic overran the U.N. safe area of Srebrenica on Tuesday.", code: "192", src: "BIH", tgt: "BIH"},
		{why: "United Nations enclave of Srebrenica", text: "Bosnian Serb forces overran the United Nations enclave of Srebrenica today.", code: "192", src: "BIH", tgt: "BIH"},
		// must not: a U.N. base is the body's
		{why: "a U.N. base", text: "Israeli tanks shelled a U.N. base in southern Lebanon.", code: "194", src: "ISR", tgt: "IGO"},
	})
}

// TestS38CommaMainConjunct: a bare past verb after ", and" that follows
// a clause of time or a reported clause takes up the main clause's
// subject; a reported clause in the simple past keeps its subject for an
// act that is no speech or diplomacy.
func TestS38CommaMainConjunct(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "after-clause, and suspended", text: "TOKYO, Aug 31 (Reuters) - Japan lodged a strong protest with North Korea on Monday after Pyongyang fired a ballistic missile over Japanese territory, and suspended its food aid to the North.", code: "1623", src: "JPN", tgt: "PRK"},
		{why: "said X had fired, and put its forces on alert", text: "Azerbaijan's defence ministry said Armenian troops had fired on its positions near the border, and put its forces on alert.", code: "152", src: "AZE", tgt: "-"},
		{why: "said X attacked, and vowed", text: "Russia said Ukrainian drones attacked an oil depot in Bryansk, and vowed to retaliate.", code: "13", src: "RUS", tgt: "-"},
		{why: "demanded that X stop, and summoned", text: "Mali's junta on 20 Dec demanded that Algeria stop hosting meetings with northern rebel leaders without consulting Bamako, and summoned the Algerian ambassador.", code: "114", src: "MLI", tgt: "DZA"},
		// must not: the embedded acts keep their own subjects
		{why: "the missile stays Pyongyang's", text: "TOKYO, Aug 31 (Reuters) - Japan lodged a strong protest with North Korea on Monday after Pyongyang fired a ballistic missile over Japanese territory, and suspended its food aid to the North.", code: "150", src: "PRK", tgt: "JPN"},
	})
	checkSourceNot(t, p, "19", "Kyiv said Russian troops shelled the town overnight, and killed five civilians.", "UKR")
}

// TestS38OwnMeasure: an answer "of its own" or "in kind" before "after"
// is aimed at the agent of the act the clause after tells, as one with no
// such phrase is (M17); a clause after with the answerer's own subject
// gives no target.
func TestS38OwnMeasure(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "tariffs of its own after", text: "President Sheinbaum said Mexico would respond with tariffs of its own after Washington imposed a 25 percent levy on Mexican imports.", code: "1312", src: "MEX", tgt: "USA"},
	})
	checkSourceNot(t, p, "13", "Farmers vowed to respond in kind after the government raised fuel prices.", "USA")
}

// TestS38TakeoverPlace: a takeover judged "in" a place is aimed at the
// place's state, as a coup is; a takeover of a firm names no place.
func TestS38TakeoverPlace(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "denounced the military takeover in Niger", text: "ADDIS ABABA - The African Union on Thursday denounced the military takeover in Niger.", code: "111", src: "IGO", tgt: "NER"},
	})
}

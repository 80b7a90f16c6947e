package pipeline

import (
	"strings"
	"testing"
)

// TestRecallPassiveSubjects codes passives whose subject carries a place or
// partitive phrase before its verb ("Members of the Iraqi parliament in
// Baghdad have been detained"): the noun that ends the phrase is no
// subject of its own. And a passive reporting verb before "to" ("are said
// to be held") is a report about its subject, who says nothing. Sentences
// written for this test, with must-not rows.
func TestRecallPassiveSubjects(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "place after the subject", text: "Members of the Iraqi parliament in Baghdad have been detained.", code: "173", src: "-", tgt: "IRQ"},
		{why: "two place phrases", text: "The Syrian refugees in camps near the border are being deported.", code: "174", src: "-", tgt: "SYR"},
		{why: "place phrase, then a date", text: "Dozens of Ethiopian migrants at a holding centre outside the capital were expelled on Friday.", code: "174", src: "-", tgt: "ETH"},
		{why: "partitive and place", text: "Several leaders of the Kenyan opposition in Mombasa were arrested overnight.", code: "173", src: "-", tgt: "KEN"},
		{why: "the subject before a place phrase acts", text: "Protesters in Cairo clashed with Egyptian police on Friday.", code: "145", src: "EGY", tgt: "EGY"},
		{why: "a noun subject that is no actor still ends the search", text: "The Kenyan envoy said the report on the camps was withdrawn.", code: "174", none: true},
		{why: "passive report", text: "Four Turkish soldiers are said to be held by the militants.", code: "01", none: true},
		{why: "passive report with an adverb", text: "Nigerian troops are widely believed to have been ambushed near the border.", code: "01", none: true},
		{why: "the act reported is still coded", text: "Nigerian troops are reported to have been ambushed near the border.", code: "19", src: "-", tgt: "NGA"},
		{why: "an active report names its speaker", text: "Turkish officials said four soldiers were held by the militants.", code: "010", src: "TUR", tgt: "-"},
	})
	// The passive report names no reporter either.
	for _, e := range codeText(t, p, "2024-05-01", "Hundreds of Iraqi protesters were reported to have been detained.") {
		if strings.HasPrefix(e.Modality.ReportedBy, "IRQ") {
			t.Errorf("passive report: reported_by %s, want none", e.Modality.ReportedBy)
		}
	}
}

// TestRecallPartners: a group that fights on the agent's side ("in
// coordination with", "alongside", "with the help of") is no target of
// the agent's force, and a common enemy ("a joint operation against X")
// is no partner in cooperation. Sentences written for this test; each row
// names the root and the side that must not be its target, and a row
// with keep set must still target it.
func TestRecallPartners(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text, root, tgt string
		keep            bool
	}{
		{"Malian soldiers carried out the raid in coordination with French forces.", "19", "FRA", false},
		{"Somali troops attacked the town together with Ethiopian forces.", "19", "ETH", false},
		{"The Syrian army, backed by Russian jets, attacked the town with the help of Iranian militias.", "19", "IRN", false},
		{"Colombian troops raided the camp in cooperation with Ecuadorean police.", "19", "ECU", false},
		{"Nigerian and Chadian forces launched a joint operation against Cameroonian rebels.", "06", "CMR", false},
		{"Indian troops clashed with Chinese soldiers in the Galwan valley.", "19", "CHN", true},
		{"Egyptian forces attacked Libyan militias near the border.", "19", "LBY", true},
	} {
		evs := codeText(t, p, "2024-05-01", c.text)
		hit := false
		for _, e := range evs {
			if e.CAMEORoot == c.root && hasCountry(e.Target, c.tgt) {
				hit = true
			}
		}
		if hit != c.keep {
			t.Errorf("%q: %s event targeting %s = %v, want %v; got %s", c.text, c.root, c.tgt, hit, c.keep, describe(evs))
		}
	}
}

// TestRecallPassiveForces: a passive whose subject is the forces an active
// pattern takes as its object ("French soldiers were deployed to Mali") is
// their state's act on the destination, as the active "France deployed
// soldiers to Mali" is. Without a destination the reading stays as it was
// ("Iranian diplomats were expelled": the diplomats' state is the target).
func TestRecallPassiveForces(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "troops sent", text: "Additional American troops were sent to Poland last month.", code: "154", src: "USA", tgt: "POL"},
		{why: "soldiers deployed", text: "Several hundred French soldiers were deployed to Mali after the coup.", code: "154", src: "FRA", tgt: "MLI"},
		{why: "police deployed, head noun after the literal", text: "Kenyan police officers were deployed to Haiti under a UN-backed mission.", code: "153", src: "KEN", tgt: "HTI"},
		{why: "a by-phrase names the sender", text: "Chadian troops were sent to Niger by the junta in N'Djamena.", code: "154", src: "TCD", tgt: "NER"},
		{why: "expelled diplomats stay the target", text: "Iranian diplomats were expelled on Monday.", code: "161", src: "-", tgt: "IRN"},
		{why: "a place that is no state is no destination", text: "The troops were sent to the front line overnight.", code: "154", none: true},
	})
}

// TestJudgedAct: "condemned the attack" after an attack and a
// counter-attack judges the attack (the act named by its own word), so
// its target is the attackers, not the troops who struck back.
func TestJudgedAct(t *testing.T) {
	p := newTestPipeline(t)
	text := "BAMAKO (AFP) - Jihadist fighters attacked a military camp in central Mali on Sunday, killing at least 12 soldiers, the army said. " +
		"Malian troops later launched a counter-offensive and killed dozens of the attackers, according to a military statement. " +
		"The United Nations condemned the attack."
	found := false
	for _, e := range codeText(t, p, "2022-05-01", text) {
		if e.SentenceIndex != 2 || e.CAMEORoot != "11" {
			continue
		}
		found = true
		if len(e.Target) == 0 || e.Target[0].Sector != "REB" {
			t.Errorf("the UN condemned %s, want the attackers (REB)", actorCodes(e.Target))
		}
	}
	if !found {
		t.Error("no 11 event in the last sentence")
	}
}

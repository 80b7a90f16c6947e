package pipeline

import "testing"

// TestRecallDev8Assassination: CAMEO codes the killing of a specific
// high-profile individual as assassination (186) and a failed or non-fatal
// attack on one as an attempt (185), whatever verb the lead uses. General
// news names the victim by office (candidate, mayor, lawmaker, judge), so
// the office noun, as the victim, decides; the same verbs on other victims
// keep their own codes. Sentences written for this test (eighth session).
func TestRecallDev8Assassination(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "shot dead a candidate", text: "Gunmen on a motorcycle shot dead a municipal candidate in the Colombian town of Suarez on Sunday.", code: "186", src: "-", tgt: "COL"},
		{why: "killed a senator", text: "Armed men killed a former Philippine senator outside a church in Cebu, police said.", code: "186", src: "-", tgt: "PHL"},
		{why: "passive gunned down", text: "A prominent Honduran politician was gunned down in Tegucigalpa on Monday night.", code: "186", src: "-", tgt: "HND"},
		{why: "passive shot dead, agent", text: "A Mexican judge was shot dead by cartel hitmen as she left court in Culiacan.", code: "186", src: "-", tgt: "MEX"},
		{why: "non-fatal stabbing is an attempt", text: "An assailant stabbed a Danish lawmaker at a rally in Aarhus on Saturday.", code: "185", src: "-", tgt: "DNK"},
		{why: "passive shot, survived", text: "The Slovak prime minister was shot several times outside a cultural centre, officials said.", code: "185", src: "-", tgt: "-"},
		{why: "opposition leader stabbed", text: "Kenyan opposition leader Raila Odinga was stabbed in the arm during a rally in Kisumu.", code: "185", src: "-", tgt: "KEN"},
		// must-not: the same verbs on people who are no office holders
		{why: "soldiers killed are no assassination", text: "Militants killed four Nigerian soldiers near the governor's residence in Maiduguri.", code: "186", none: true},
		{why: "robber shot dead", text: "Brazilian police shot dead a suspected robber in Sao Paulo.", code: "186", none: true},
		{why: "tourists stabbed", text: "A man stabbed two German tourists in the Austrian city of Graz.", code: "185", none: true},
		{why: "farmer shot, passive", text: "A Guatemalan farmer was shot dead by gang members in Escuintla.", code: "186", none: true},
		{why: "office noun is no victim", text: "A Peruvian mayor said gunmen had killed three farmers near his town.", code: "186", none: true},
	})
}

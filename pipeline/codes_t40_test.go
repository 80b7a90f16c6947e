package pipeline

import "testing"

// TestT40ReadinessStated: a noun of readiness ("readiness",
// "willingness", "preparedness", "eagerness") stated by its subject
// governs its infinitive as "ready to" does, also across an "of" phrase
// that names who is ready: the act is coded as CAMEO's intent for it
// (03). Readiness questioned or doubted states no intent.
func TestT40ReadinessStated(t *testing.T) {
	p := newTestPipeline(t)
	checkA39(t, p, []a39Case{
		// must code: possessive and bare noun
		{why: "its readiness to send peacekeepers", text: "Egypt expressed its readiness to send peacekeepers to Gaza.", code: "0334", src: "EGY", tgt: "PSE"},
		{why: "its full readiness to provide aid", text: "Cuba expressed its full readiness to provide humanitarian aid to Haiti.", code: "0333", src: "CUB", tgt: "HTI"},
		{why: "preparedness to provide aid", text: "Uzbekistan confirmed its preparedness to provide humanitarian aid to Afghanistan.", code: "0333", src: "UZB", tgt: "AFG"},
		// must code: "the readiness of X to"
		{why: "the readiness of Tehran to cooperate", text: "The Iranian foreign minister expressed the readiness of Tehran to cooperate with the IAEA.", code: "031", src: "IRN"},
		{why: "the willingness of the government to expand trade", text: "Seoul reaffirmed the willingness of the South Korean government to expand trade cooperation with Vietnam.", code: "0311", src: "KORGOV", tgt: "VNM"},
	})
	// must not: readiness doubted is no intent; force is never intent
	for _, c := range []struct{ why, text string }{
		{"questioned the readiness", "Analysts questioned the readiness of Iran to cooperate with the IAEA."},
		{"doubted their willingness", "Diplomats doubted the willingness of Serbia to cooperate with the tribunal."},
		{"readiness to attack", "Moscow expressed the readiness of the Russian army to attack Kyiv."},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if len(e.CAMEO) >= 2 && e.CAMEO[:2] == "03" {
				t.Errorf("%s: %q coded intent %s %v>%v", c.why, c.text, e.CAMEO, fullCodes(e.Source), fullCodes(e.Target))
			}
		}
	}
}

package pipeline

import "testing"

// TestF39SelfWould: a statement whose complement is the speaker's own
// future act, with no verb line of its own, is an intent (030); a
// forecast ("would be difficult"), a refusal ("would not"), another's
// act and a complement coded as an act of its own stay as they were.
// Every sentence was written for this test.
func TestF39SelfWould(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// wrong before: each was a bare statement (010)
		{why: "it would build", text: "The Myanmar government said it would build new schools in Rakhine state.", code: "030", src: "MMR", tgt: "-"},
		{why: "he would move", text: "Argentine President Javier Milei said he would move his country's embassy in Israel to Jerusalem.", code: "030", src: "ARG", tgt: "-"},
		{why: "its troops would stay", text: "Rwanda said on Tuesday that its troops would stay in Cabo Delgado until the end of the year.", code: "030", src: "RWA", tgt: "-"},
		{why: "told X it would", text: "The Syrian government told the United Nations it would rebuild the hospital in Madaya.", code: "030", src: "SYR", tgt: "-"},
		// must not: a forecast, a refusal, another's act
		{why: "a forecast", text: "The Kenyan foreign minister said the talks would be difficult.", code: "03", none: true},
		{why: "a refusal", text: "The Kenyan foreign minister said he would not attend the summit in Kampala.", code: "030", none: true},
		{why: "another's act", text: "The Kenyan foreign minister said Uganda would host the summit in Kampala.", code: "030", none: true},
		// F39B: readiness stated as "was ready (willing, prepared) to"
		{why: "it was ready to", text: "The Nepali government said it was ready to sit with the Maoist rebels and resolve all issues.", code: "030", src: "NPL", tgt: "-"},
		{why: "another's readiness", text: "The Nepali government said the rebels were ready to sit with mediators.", code: "030", none: true},
	})
}

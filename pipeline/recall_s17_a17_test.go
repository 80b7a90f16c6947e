package pipeline

import "testing"

// TestS17A17Recall: a capital's name, a regular past and a plural noun
// before a preposition ("Tokyo rebuffed calls for an inquiry"), which the
// tagger read as a compound noun and a present verb (rebuffed/NN
// calls/VBZ), so the capital found no clause and nothing was coded. The
// must-not rows keep a real present verb after a name phrase.
func TestS17A17Recall(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "capital, -ed, plural, for", text: "Tokyo rebuffed calls for an independent inquiry into the collision.", code: "120", src: "JPN", tgt: "-"},
		{why: "capital, -ed, plural, for", text: "Beijing rebuffed calls for an independent inquiry into the outbreak.", code: "120", src: "CHN", tgt: "-"},
		{why: "capital, -ed, plural, for", text: "Caracas rebuffed calls for new elections.", code: "120", src: "VEN", tgt: "-"},
		{why: "capital, -ed, plural, for", text: "Nairobi rebuffed calls for an inquiry into the killings.", code: "120", src: "KEN", tgt: "-"},
		// must not: a present verb after a name phrase stays a verb
		{why: "present -s after a name phrase", text: "Kenya Red Cross calls for donations after the floods.", code: "02", src: "-", tgt: "-"},
		{why: "present -s after an -ed adjective", text: "Nigeria's embattled president calls for calm in Lagos.", code: "02", src: "NGA", tgt: "-"},
	})
}

// TestS17A17His: "his" or "her" before an actor phrase in the object of a
// clause whose subject is a person names the person met before that
// subject, as R16 reads it for objects that name no actor (otherOwner,
// hisother_a17.go). Must not: the subject alone, "his own", a person of
// the same state.
func TestS17A17His(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "where-clause subject, his leadership", text: "Zelensky arrived in Berlin, where Scholz praised his leadership.", code: "051", src: "DEU", tgt: "UKR"},
		{why: "where-clause subject, his government", text: "Netanyahu arrived in Washington, where Biden criticised his government.", code: "111", src: "USA", tgt: "ISR"},
		{why: "where-clause subject, his leadership", text: "Ramaphosa travelled to London, where Sunak praised his leadership.", code: "051", src: "GBR", tgt: "ZAF"},
		// must not
		{why: "the subject is the only person", text: "Putin sacked his defence minister after the mutiny.", code: "172", src: "RUS", tgt: "RUS"},
		{why: "her own subject's", text: "Merkel praised her government's response to the floods.", code: "051", src: "DEU", tgt: "DEU"},
		{why: "his own is the subject's", text: "Zelensky arrived in Berlin, where Scholz praised his own coalition.", code: "051", src: "DEU", tgt: "!UKR"},
	})
}

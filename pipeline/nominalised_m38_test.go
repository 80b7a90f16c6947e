package pipeline

import "testing"

// TestM38NominalisedVerbLine: a verb line's act told as its deverbal noun
// under a verb that does, orders or begins it ("ordered the expulsion
// of", "carried out the abduction of") is the subject's act, through the
// line's nominalised twin (verb/nominalise_m38.go). A noun in a
// relative clause on a person, under a verb that proposes, delays or
// allows the act, or judged by the subject, codes no act of the subject.
func TestM38NominalisedVerbLine(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "an abduction carried out", text: "The rebels carried out the abduction of two Italian aid workers.", code: "181", src: "---REB", tgt: "ITANGO"},
		{why: "a seizure staged", text: "Iran staged the seizure of a British tanker.", code: "1711", src: "IRN", tgt: "GBR"},
		{why: "a seizure ordered", text: "Iran ordered the seizure of an Emirati tanker.", code: "1711", src: "IRN", tgt: "ARE"},
		{why: "a deportation conducted", text: "Uganda conducted the deportation of 40 Kenyan traders.", code: "174", src: "UGA", tgt: "KENBUS"},
		{why: "an expropriation ordered", text: "Mexico ordered the expropriation of a Canadian mining company's assets.", code: "1711", src: "MEX", tgt: "CANBUS"},
		{why: "an expulsion of inspectors ordered", text: "Ethiopia ordered the expulsion of UN inspectors.", code: "1662", src: "ETH", tgt: "IGOUNO"},
		{why: "an eviction of aid groups ordered", text: "Kenya ordered the eviction of aid groups from the camp.", code: "1663", src: "KEN"},
		{why: "a detention carried out", text: "The police carried out the detention of 40 Kenyan traders.", code: "173", src: "KENCOP", tgt: "KENBUS"},
		// must not
		{why: "a past act in a relative clause on a person", text: "Ariel Sharon, who led the invasion of Lebanon in 1982, died on Saturday.", code: "19", none: true},
		{why: "a bill that allows the act", text: "Japan's parliament passed a bill that allows the deportation of asylum seekers.", code: "17", none: true},
		{why: "a deployment proposed", text: "Egypt proposed the deployment of observers to Gaza.", code: "15", none: true},
		{why: "an evacuation delayed", text: "The army delayed the evacuation of civilians from Mariupol.", code: "07", none: true},
		{why: "an abduction condemned", text: "Britain condemned the abduction of two Italian aid workers.", code: "181", none: true},
	})
}

package pipeline

import "testing"

// TestS34ProtestHome: a protest told by its own noun with no protester
// named is made by the people of the state it is placed in, against
// their own state (protestHome). A protest placed in one state and aimed
// at another keeps no source.
func TestS34ProtestHome(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "protests erupted in a capital", text: "Protests erupted in Nairobi after the disputed vote.", code: "141", src: "KEN", tgt: "KEN"},
		{why: "riots broke out in a city", text: "Riots broke out in Dakar overnight after the opposition leader was jailed.", code: "145", src: "SEN", tgt: "SEN"},
		{why: "demonstrations spread across a state", text: "Demonstrations spread across Serbia on Saturday.", code: "141", src: "SRB", tgt: "SRB"},
	})
	// must not: a protest in one state aimed at another names no protester's state
	for _, tc := range []struct{ why, text, code, place string }{
		{"protests abroad against another state", "Protests erupted in London against China's crackdown in Hong Kong.", "141", "GBR"},
		{"a protest outside another state's embassy", "Protests were held outside the Russian embassy in Berlin.", "141", "DEU"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", tc.text) {
			if e.CAMEO == tc.code && hasCountry(e.Source, tc.place) {
				t.Errorf("%s: %q coded %s %s>%s, want no %s source", tc.why, tc.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), tc.place)
			}
		}
	}
}

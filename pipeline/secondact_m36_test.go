package pipeline

import "testing"

// TestM36DocumentAct: the operative participle of a treaty the clause's
// verb signs keeps its own head when the signing pattern's span passes
// over it, so the act the treaty does is coded beside the signing; a
// treaty that only describes, and one with no participle, code no
// second act.
func TestM36DocumentAct(t *testing.T) {
	p := newTestPipeline(t)
	for _, tc := range []struct {
		text string
		want string // a code that must be among the events ("" if none is required)
		not  string // a code that must not be
	}{
		{"Russian President Vladimir Putin signed treaties annexing four occupied Ukrainian regions at a Kremlin ceremony on Friday.", "192", ""},
		{"Putin signed a treaty annexing four occupied Ukrainian regions on Friday.", "192", ""},
		// must not: a treaty with a partner and no operative participle
		{"Russia signed a treaty with Ukraine on Friday.", "057", "192"},
		// must not: a participle of describing, not of doing
		{"Russia and Belarus signed a treaty strengthening their union on Friday.", "", "192"},
	} {
		got := map[string]bool{}
		for _, e := range codeText(t, p, "2022-09-30", tc.text) {
			got[e.CAMEO] = true
		}
		if tc.want != "" && !got[tc.want] {
			t.Errorf("%q: no %s among %v", tc.text, tc.want, got)
		}
		if tc.not != "" && got[tc.not] {
			t.Errorf("%q: coded %s, want none", tc.text, tc.not)
		}
	}
}

// TestM36CapitalRecognised: a city recognised as a state's capital is
// recognition of that state (054), also as the first act of a sentence
// whose second act codes; a contribution recognised as vital is not.
func TestM36CapitalRecognised(t *testing.T) {
	p := newTestPipeline(t)
	for _, tc := range []struct {
		text string
		want bool // a 054 USA/GTM → ISR must be coded
	}{
		{"President Donald Trump recognised Jerusalem as Israel's capital on Wednesday, reversing decades of U.S. policy, and said he would move the American embassy from Tel Aviv.", true},
		{"Guatemala recognized Jerusalem as the capital of Israel on Monday.", true},
		// must not: no capital, nothing recognised as a state's
		{"Kenya recognised the contribution of its athletes as vital.", false},
	} {
		got := false
		for _, e := range codeText(t, p, "2017-12-06", tc.text) {
			if e.CAMEO == "054" && actorCodes(e.Target) != "" && e.Target[0].Country == "ISR" {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: 054 →ISR coded %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestM36TradeStatusWithdrawn: a state's most-favoured-nation status
// withdrawn is a trade sanction on it (163), also as the second act after
// ", and"; remarks withdrawn are not.
func TestM36TradeStatusWithdrawn(t *testing.T) {
	p := newTestPipeline(t)
	for _, tc := range []struct {
		text string
		want bool // a 163 IND → PAK must be coded
	}{
		{"A suicide car bomber killed 40 Indian paramilitary police in Pulwama in Kashmir on Thursday, and India withdrew Pakistan's most-favoured-nation trade status on Friday and demanded that Islamabad act against the militants who claimed the attack.", true},
		{"India withdrew Pakistan's most-favoured-nation trade status on Friday.", true},
		// must not: no trade status, only remarks withdrawn
		{"India withdrew its remarks about Pakistan on Friday.", false},
	} {
		got := false
		for _, e := range codeText(t, p, "2019-02-15", tc.text) {
			if e.CAMEO == "163" && len(e.Target) > 0 && e.Target[0].Country == "PAK" {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: 163 →PAK coded %v, want %v", tc.text, got, tc.want)
		}
	}
}

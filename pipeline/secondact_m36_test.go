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

package pipeline

import "testing"

// TestAgentlessEvents: an [agentless] pattern ("a bomb exploded") codes an
// event with no perpetrator whose target is the state where it happened,
// and codes nothing when the text names no place.
func TestAgentlessEvents(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		text, root, target string // target "" means no event of that root
	}{
		{"Bombs exploded on commuter trains in Mumbai.", "18", "IND"},
		{"A bomb went off in a crowded market in Peshawar on Tuesday.", "18", "PAK"},
		{"A bomb exploded.", "18", ""},
		{"The bomb exploded on a quiet street.", "18", ""},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		var got []string
		for _, e := range evs {
			if e.CAMEORoot != c.root {
				continue
			}
			if len(e.Source) != 0 {
				t.Errorf("%q: source %s, want none", c.text, actorCodes(e.Source))
			}
			got = append(got, actorCodes(e.Target))
		}
		switch {
		case c.target == "" && len(got) > 0:
			t.Errorf("%q: coded root %s against %v, want no event", c.text, c.root, got)
		case c.target != "" && (len(got) != 1 || got[0] != c.target):
			t.Errorf("%q: root %s targets %v, want [%s]", c.text, c.root, got, c.target)
		}
	}
}

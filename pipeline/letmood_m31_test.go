package pipeline

import "testing"

// TestM31LetMood: the act of one let or allowed to act takes the mood of
// the letting. Refused, withheld or debated leave is no act done; leave
// given plainly keeps the act.
func TestM31LetMood(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		why, text, root string
		plain           bool // an unmodalised (done) event of root is wanted
	}{
		// each coded the act as done before
		{"debated leave", "Washington is weighing whether to let Kyiv strike Russian airfields.", "19", false},
		{"refused leave", "Hungary refused to let Ukraine join the European Union.", "05", false},
		{"withheld leave", "Germany would not let Poland send its tanks to Ukraine.", "07", false},
		// must not: leave given is the act
		{"leave given", "Israel let Egyptian trucks deliver aid to Gaza.", "07", true},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		got := false
		for _, e := range evs {
			m := e.Modality
			if e.CAMEORoot == c.root && !m.Negated && !m.Hypothetical && !m.Future {
				got = true
			}
		}
		if got != c.plain {
			t.Errorf("%s: %q: a done %s event %v, want %v; got %s", c.why, c.text, c.root, got, c.plain, describe(evs))
		}
	}
}

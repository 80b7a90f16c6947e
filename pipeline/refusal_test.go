package pipeline

import "testing"

// TestRefusalIsOneSided: a negated meeting or negotiation recoded as a
// rejection belongs to its subject alone, while the meeting itself is
// reciprocal.
func TestRefusalIsOneSided(t *testing.T) {
	p := newTestPipeline(t)
	cases := []struct {
		text  string
		code  string
		dyads []string
	}{
		{"Iran said it would not negotiate with the United States.", "125", []string{"IRN>USA"}},
		{"Russia met Turkey in Sochi.", "040", []string{"RUS>TUR", "TUR>RUS"}},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		var got []string
		for _, e := range evs {
			if e.CAMEO == c.code {
				got = append(got, actorCodes(e.Source)+">"+actorCodes(e.Target))
			}
		}
		if len(got) != len(c.dyads) {
			t.Errorf("%q: %s dyads %v, want %v", c.text, c.code, got, c.dyads)
			continue
		}
		for i := range got {
			if got[i] != c.dyads[i] {
				t.Errorf("%q: %s dyads %v, want %v", c.text, c.code, got, c.dyads)
				break
			}
		}
	}
}

package text_test

import (
	"testing"

	"github.com/parley-events/parley/text/fasttag"
)

// TestSubordinateParticiple: a participle right after the subject of a
// clause opened by "after", "when" and the like, before a particle or an
// object, is that clause's verb; before a preposition or a time it stays
// a reduced relative ("after the ceasefire agreed in March").
func TestSubordinateParticiple(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sentence, word, want string }{
		{"The talks collapsed after the rebels walked out, accusing the government of violating the ceasefire.", "walked", "VBD"},
		{"Fighting stopped once the rebels handed over their weapons.", "handed", "VBD"},
	} {
		got := ""
		for _, tk := range a.Analyze(c.sentence)[0].Tokens {
			if tk.Lower == c.word {
				got = tk.Tag
				break
			}
		}
		if got != c.want {
			t.Errorf("%q: %s tagged %s, want %s", c.sentence, c.word, got, c.want)
		}
	}
}

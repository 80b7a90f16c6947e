package text_test

import (
	"testing"

	"github.com/parley-events/parley/text/fasttag"
)

// TestStatecraftPastAfterAnd: a past of statecraft after "and", in a
// clause whose verb came before, is a second verb before its bare plural
// object ("suspended Mali from the bloc and imposed/JJ sanctions"); a
// past that describes a noun in a list keeps its adjective.
func TestStatecraftPastAfterAnd(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sentence, word, want string }{
		{"The AU suspended Mali from the bloc and imposed sanctions.", "imposed", "VBD"},
		{"The government declared an emergency and deployed troops in the capital.", "deployed", "VBD"},
		{"The junta closed the border with Benin and expelled diplomats from France.", "expelled", "VBD"},
		// must-not: no verb before "and" in the clause, or a list of
		// nouns with a describing past.
		{"Sanctions and imposed tariffs hurt the economy.", "imposed", "JJ"},
		{"Doctors thanked nurses and trained volunteers in Gaza.", "trained", "JJ"},
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

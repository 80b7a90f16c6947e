package text_test

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/text/fasttag"
)

// TestParticipleBeforeNoun: an -ed form between a number, determiner or
// possessive and a noun is an adjective ("three kidnapped aid workers");
// after a noun, or after "that", it stays the verb.
func TestParticipleBeforeNoun(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sentence, word, want string }{
		{"Police freed three kidnapped aid workers in a raid on Sunday.", "kidnapped", "JJ"},
		{"Troops rescued their detained colleagues from the base.", "detained", "JJ"},
		{"Gunmen kidnapped aid workers near the border.", "kidnapped", "VBD"},
		{"The bomb that killed people exploded in a market.", "killed", "VBD"},
		// A phrasal adjective the model read as a verb, and the verb
		// before it read as a participle.
		{"Unidentified gunmen shot dead a local councillor in Mindanao.", "dead", "JJ"},
		{"Unidentified gunmen shot dead a local councillor in Mindanao.", "shot", "VBD"},
		{"The man shot dead by police was a student.", "shot", "VBN"},
	} {
		sents := a.Analyze(c.sentence)
		got := ""
		for _, tk := range sents[0].Tokens {
			if tk.Lower == c.word {
				got = tk.Tag
			}
		}
		if !strings.HasPrefix(got, c.want) {
			t.Errorf("%q: %s tagged %s, want %s", c.sentence, c.word, got, c.want)
		}
	}
}

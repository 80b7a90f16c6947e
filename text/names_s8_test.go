package text_test

import (
	"testing"

	"github.com/parley-events/parley/text/fasttag"
)

// TestNamesTheModelReadsAsWords: running text writes an infinitive's
// verb and a pronoun in lower case, so a capitalised word after "to" is a
// name ("a visit to Damascus", not Damascus/VB) and a capitalised "He"
// between a title and a name is the surname ("Vice Premier He Lifeng").
// A shouted headline (now tagged as running text), a sentence-initial
// "He" and a lower-case verb after "to" keep their verb and pronoun tags. And a mandative that-clause's verb is a base form
// ("demanded that Seoul halt"), unless it is a past spelled like its base.
func TestNamesTheModelReadsAsWords(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sentence, word, want string }{
		{"The Iraqi prime minister began a visit to Damascus on Sunday.", "Damascus", "NNP"},
		{"The envoy flew on to Kabul after talks in Doha.", "Kabul", "NNP"},
		{"Chinese Vice Premier He Lifeng met US Treasury Secretary Janet Yellen in Zurich.", "He", "NNP"},
		{"Foreign Minister He Yafei said China would send aid.", "He", "NNP"},
		// must-not
		{"He met the Iranian foreign minister in Tehran.", "He", "PRP"},
		{"The minister said He would not resign.", "He", "PRP"},
		{"Iran agreed to allow inspectors into the plant.", "allow", "VB"},
		// a shouted headline is tagged as running text
		// (titlecase.go), so its verb after "to" stays a verb
		{"RUSSIA TO EXPEL BRITISH DIPLOMATS", "EXPEL", "VB"},
		// a capitalised word the dictionary does not know, read as an
		// adverb for its ending, is a name; sentence adverbs are not
		{"Norway mediated peace talks between the government and the rebels.", "Norway", "NNP"},
		{"Meanwhile, Norway said it would send aid.", "Meanwhile", "RB"},
		{"Finally the talks collapsed.", "Finally", "RB"},
		{"Instead the army attacked the town.", "Instead", "RB"},
		// a past spelled like its base, after its subject and before an
		// object, is the verb; the noun has no object after it
		{"Police in Bangladesh beat student protesters in Dhaka.", "beat", "VBD"},
		{"Russia hit Kyiv with missiles.", "hit", "VBD"},
		{"The budget cut in spending angered unions.", "cut", "NN"},
		// a mandative that-clause's verb is the base form
		{"North Korea demanded that Seoul halt its joint drills.", "halt", "VB"},
		{"Iran insisted that police cut the power lines.", "cut", "VBD"},
		{"The court ruled that the army halted the demolition.", "halted", "VBD"},
	} {
		var got string
		for _, s := range a.Analyze(c.sentence) {
			for _, tok := range s.Tokens {
				if tok.Text == c.word && got == "" {
					got = tok.Tag
				}
			}
		}
		if got != c.want {
			t.Errorf("%q: %s/%s, want %s", c.sentence, c.word, got, c.want)
		}
	}
}

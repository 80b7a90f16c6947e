package text_test

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/text/fasttag"
)

// TestArabicArticleName: a past form the model tagged as a noun right
// after a name with a lower-case Arabic article ("the army and
// al-Shabaab fought/NN for") is the clause's verb and the name a name;
// the text keeps its case. A real noun after the name ("the al-Aqsa
// mosque", "an al-Shabaab commander") stays a noun, and hyphenated words
// with no article are no names.
func TestArabicArticleName(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sentence, word, want string }{
		{"The army and al-Qaeda fought for control of Zinjibar.", "fought", "VBD"},
		{"Troops and al-Shabaab clashed near Jowhar.", "clashed", "VBD"},
		{"Somalia's army and al-Shabaab fought for control of Jowhar.", "fought", "VBD"},
		{"Police and al-Nusra gunmen clashed in the town.", "clashed", "VBD"},
		{"Troops and al-Shabaab clashed near Jowhar.", "al-Shabaab", "NNP"},
		{"Israeli police raided the al-Aqsa mosque compound.", "mosque", "NN"},
		{"Kenyan troops killed an al-Shabaab commander near Kismayo.", "commander", "NN"},
	} {
		sents := a.Analyze(c.sentence)
		got, text := "", ""
		for _, tk := range sents[0].Tokens {
			if tk.Lower == strings.ToLower(c.word) {
				got, text = tk.Tag, tk.Text
				break
			}
		}
		if got != c.want {
			t.Errorf("%q: %s tagged %s, want %s", c.sentence, c.word, got, c.want)
		}
		if text != c.word {
			t.Errorf("%q: token text %q, want %q (the text must keep its case)", c.sentence, text, c.word)
		}
	}
	// must-not: with no capital after the article, or no article, the
	// word is no name.
	for _, c := range []struct{ sentence, word string }{
		{"The as-yet unnamed envoy arrived in Doha.", "as-yet"},
		{"The well-known envoy arrived in Doha.", "well-known"},
		{"An at-risk group of refugees reached the border.", "at-risk"},
	} {
		for _, tk := range a.Analyze(c.sentence)[0].Tokens {
			if tk.Lower == c.word && tk.Tag == "NNP" {
				t.Errorf("%q: %s tagged NNP", c.sentence, c.word)
			}
		}
	}
}

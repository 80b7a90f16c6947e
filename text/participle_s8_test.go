package text_test

import (
	"testing"

	"github.com/parley-events/parley/text/fasttag"
)

// TestSubjectParticiple: a past form right after the noun phrase that
// opens a sentence, with no finite verb in its clause, is the clause's
// verb even where the model read a participle ("Greek unions
// demanded/VBN"); a reduced relative followed by its clause's verb, a
// counted headline passive, an agent "by" and a headline without a full
// stop keep the participle.
func TestSubjectParticiple(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sentence, word, want string }{
		{"Spanish unions called on the government to freeze rents.", "called", "VBD"},
		{"Portuguese unions demanded on Tuesday that the government withdraw the labour bill.", "demanded", "VBD"},
		{"Belgian farmers called on the European Commission to scrap the new rules.", "called", "VBD"},
		{"MADRID (Reuters) - Spanish unions called on the government to freeze rents as prices soared.", "called", "VBD"},
		{"Opposition parties called for a national strike as fuel prices rose.", "called", "VBD"},
		{"Nigerian students called on the government to reopen universities, union officials said.", "called", "VBD"},
		{"A wave of bombings ripped through the Iraqi capital on Sunday.", "ripped", "VBD"},
		{"On Monday, French unions called on the government to raise the minimum wage.", "called", "VBD"},
		{"Earlier, opposition parties called for a general strike.", "called", "VBD"},
		{"After the vote, opposition parties called for a strike.", "called", "VBD"},
		{"Hong Kong protest organisers called on the city's leader to step down.", "called", "VBD"},
		{"Government troops and Tuareg rebels fought for control of the northern town of Kidal.", "fought", "VBD"},
		{"Kenya's war veterans called on President Uhuru Kenyatta to step aside and let a younger man lead the party.", "called", "VBD"},
		// must-not: the participle stays one
		{"Armed men dressed in police uniforms stormed the bank.", "dressed", "VBN"},
		{"Five soldiers killed in an ambush in Kashmir.", "killed", "VBN"},
		{"Protesters arrested on Monday were released on bail.", "arrested", "VBN"},
		{"Journalists detained by police in Minsk.", "detained", "VBN"},
		{"Opposition parties called for a general strike", "called", "VBN"},
	} {
		sents := a.Analyze(c.sentence)
		got := ""
		for _, tk := range sents[0].Tokens {
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

// TestPluralOfNoVerb: the model now and then tags a plural noun after a
// name-like adjective as a present verb ("Catalan/NNP separatists/VBZ");
// an -s word whose lemma is no verb is a plural noun. Real present verbs
// (does, uses, says) keep their tag. And "let" and "put", pasts the same
// as their base, are verbs after a subject and before an object.
func TestPluralOfNoVerb(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sentence, word, want string }{
		{"Madrid's government warned Catalan separatists that it would suspend home rule.", "separatists", "NNS"},
		{"Spain's prime minister warned Catalan separatists that he would act.", "separatists", "NNS"},
		{"Jordan let fuel lorries into Syria.", "lorries", "NNS"},
		{"Jordan let fuel lorries into Syria.", "let", "VBD"},
		// must-not
		{"The ministry does not comment on rumours.", "does", "VBZ"},
		{"Kenya uses drones to track poachers.", "uses", "VBZ"},
		{"Iran says detained sailors are safe.", "says", "VBZ"},
		{"Tax cuts put pressure on the budget.", "put", "VBP"},
	} {
		sents := a.Analyze(c.sentence)
		got := ""
		for _, tk := range sents[0].Tokens {
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

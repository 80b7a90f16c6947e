package text_test

import (
	"testing"

	"github.com/parley-events/parley/text"
	"github.com/parley-events/parley/text/fasttag"
)

// TestHeadlineVerbBeforeParticiple: a headline writes the present tense,
// so in "Iran frees jailed lawyer" the -ed form describes the noun after
// it and the -s word before it is the verb; in running text, two -ed
// forms in a row before a noun phrase are a verb and an adjective ("The
// junta freed detained ministers."); a headline's base form after a
// plural subject, read as a noun, is its verb before an object ("Syrian
// jets pound/NN rebel-held towns"). The must-not rows keep a past verb
// in a sentence with its full stop, after a plural with its adjective,
// after a subject's noun, and a plural that is the subject of a verb
// after it.
func TestHeadlineVerbBeforeParticiple(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		sentence string
		tags     []tag
	}{
		{"Beijing frees jailed labour activist", []tag{{"frees", "VBZ"}, {"jailed", "JJ"}}},
		{"Moscow releases detained US student", []tag{{"releases", "VBZ"}, {"detained", "JJ"}}},
		{"Tehran executes convicted protester", []tag{{"executes", "VBZ"}, {"convicted", "JJ"}}},
		{"Cairo frees imprisoned journalist after two years", []tag{{"frees", "VBZ"}, {"imprisoned", "JJ"}}},
		{"Ankara deports detained Syrian refugees to Idlib", []tag{{"deports", "VBZ"}, {"detained", "JJ"}}},
		{"Malian army rescues kidnapped engineers", []tag{{"rescues", "VBZ"}, {"kidnapped", "JJ"}}},
		{"Police arrest suspected smugglers in Mombasa", []tag{{"arrest", "VBP"}, {"suspected", "JJ"}}},
		{"The junta freed detained ministers on Saturday.", []tag{{"freed", "VBD"}, {"detained", "JJ"}}},
		{"The military freed abducted farmers near Maiduguri.", []tag{{"military", "NN"}, {"freed", "VBD"}, {"abducted", "JJ"}}},
		{"Kurdish fighters free captured Turkish soldiers", []tag{{"free", "VBP"}, {"captured", "JJ"}}},
		{"Syrian jets pound rebel-held towns near Homs", []tag{{"pound", "VBP"}}},
		{"Russian forces storm Ukrainian steel plant", []tag{{"storm", "VBP"}}},
		// must-not
		{"Pakistan arrests ex-PM Imran Khan", []tag{{"ex-pm", "JJ"}}},
		{"Kenyan doctors strike enters third week", []tag{{"strike", "NN"}}},
		{"Syrian jets pound rebel-held towns near Homs.", []tag{{"pound", "NN"}}},
		{"Kenya police detained opposition supporters", []tag{{"police", "NNS"}, {"detained", "VBD"}}},
		{"Lahore court jailed opposition leader", []tag{{"court", "NN"}, {"jailed", "VBD"}}},
		{"Kenya floods displaced thousands of families.", []tag{{"floods", "NNS"}, {"displaced", "VBD"}}},
		{"Sudanese forces captured Ethiopian soldiers", []tag{{"forces", "NNS"}}},
		{"Iran frees jailed lawyer, state media says", []tag{{"frees", "VBZ"}, {"jailed", "JJ"}}},
		{"Iran says detained sailors are safe", []tag{{"detained", "VBN"}}},
		{"The army freed 20 hostages.", []tag{{"freed", "VBD"}}},
		{"The government released jailed opposition leaders.", []tag{{"released", "VBD"}, {"jailed", "JJ"}}},
	} {
		checkLowerTags(t, a, c.sentence, c.tags)
	}
}

// FuzzHeadlineVerb: the headline rules index the tokens around the
// first four words and two -ed forms; no input may make them panic, and
// every token keeps a tag.
func FuzzHeadlineVerb(f *testing.F) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Iran frees jailed lawyer", "The junta freed detained", "freed detained",
		"A frees jailed", "Police arrest suspected", "X Ys ed ed", "\xff frees jailed x",
		"", "Iran frees jailed", "The army freed kidnapped",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sent := range a.Analyze(s) {
			for _, tk := range sent.Tokens {
				if tk.Tag == "" {
					t.Fatalf("%q: token %q has no tag", s, tk.Text)
				}
			}
		}
	})
}

// TestArticleName: a name with the Arabic article that heads its phrase
// is a proper noun, so a past form after it is the verb of its clause;
// before a noun it modifies it keeps the model's adjective, and other
// hyphenated adjectives are not touched.
func TestArticleName(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		sentence string
		tags     []tag
	}{
		{"Gunmen tied to al-Qaeda seized two Italian engineers in Niger.", []tag{{"al-qaeda", "NNP"}, {"seized", "VBD"}}},
		{"A faction loyal to al-Shabaab abducted three Kenyan teachers.", []tag{{"abducted", "VBD"}}},
		{"Jihadists loyal to al-Baghdadi executed 20 villagers near Mosul.", []tag{{"al-baghdadi", "NNP"}}},
		{"Egypt's President Abdel Fattah el-Sisi met the Israeli prime minister.", []tag{{"el-sisi", "NNP"}}},
		// must-not
		{"Israeli police raided the al-Aqsa mosque compound.", []tag{{"al-aqsa", "JJ"}}},
		{"Kenyan troops killed an al-Shabaab commander.", []tag{{"commander", "NN"}}},
		{"Anti-government protesters blocked roads in Lima.", []tag{{"anti-government", "JJ"}}},
		{"Pro-Russian separatists shelled the town.", []tag{{"pro-russian", "JJ"}}},
	} {
		checkLowerTags(t, a, c.sentence, c.tags)
	}
}

// TestHeadlineNounPhraseSubject: a headline's -s verb after a
// capitalised noun phrase that ends in a singular noun ("Turkish army
// shells/NNS Kurdish positions") is the verb, as after a name; after a
// plural or an adjective the -s word is the phrase's own plural.
func TestHeadlineNounPhraseSubject(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{sentence: "Turkish army shells Kurdish positions in Syria", word: "shells", want: "VBZ"},
		{sentence: "Lahore court sentences former minister to seven years", word: "sentences", want: "VBZ"},
		// must-not
		{sentence: "Chinese military drills near Taiwan", word: "drills", want: "NNS"},
		{sentence: "US Senate votes Tuesday on aid bill", word: "votes", want: "NNS"},
		{sentence: "Syrian rebels three miles from Damascus", word: "rebels", want: "NNS"},
	})
}

// TestLyNoun: a noun ending like an adverb ("ally", "rally"), tagged RB
// after a possessive's or a determiner's adjective, heads its noun
// phrase; real adverbs keep their tag.
func TestLyNoun(t *testing.T) {
	a, err := fasttag.NewAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, a, []tagCase{
		{sentence: "Belarus, Russia's closest ally, hosted the talks.", word: "ally", want: "NN"},
		{sentence: "Moscow's closest ally condemned the sanctions.", word: "ally", want: "NN"},
		// must-not
		{sentence: "The talks ended abruptly on Monday.", word: "abruptly", want: "RB"},
		{sentence: "The first publicly reported case came from Wuhan.", word: "publicly", want: "RB"},
		{sentence: "Oil prices rose sharply.", word: "sharply", want: "RB"},
	})
}

// tag is one lower-cased word of a sentence and the tag it must get.
type tag struct{ word, want string }

// checkLowerTags analyses a one-sentence line and compares the tag of
// each word, found by its lower-cased form (the first occurrence).
func checkLowerTags(t *testing.T, a *text.Analyzer, sentence string, tags []tag) {
	t.Helper()
	sents := a.Analyze(sentence)
	if len(sents) != 1 {
		t.Fatalf("%q: %d sentences", sentence, len(sents))
	}
	for _, w := range tags {
		got := ""
		for _, tk := range sents[0].Tokens {
			if tk.Lower == w.word {
				got = tk.Tag
				break
			}
		}
		if got != w.want {
			t.Errorf("%q: %s tagged %s, want %s", sentence, w.word, got, w.want)
		}
	}
}

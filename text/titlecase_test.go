package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// lemmasOnly hides the lemmatizer's word list, which turns the Title-Case
// rule off: the analyzer built on it is the "before" of the rule.
type lemmasOnly struct{ l Lemmatizer }

func (o lemmasOnly) Lemma(lower, tag string) string { return o.l.Lemma(lower, tag) }

func titleAnalyzers(t testing.TB) (with, without *Analyzer) {
	t.Helper()
	tg, err := NewProseTagger()
	if err != nil {
		t.Fatal(err)
	}
	l, err := NewGolemLemmatizer()
	if err != nil {
		t.Fatal(err)
	}
	return New(tg, l), New(tg, lemmasOnly{l})
}

func TestTitleCaseDetection(t *testing.T) {
	a, _ := titleAnalyzers(t)
	cases := []struct {
		s    string
		want bool
	}{
		{"Pakistan Expels Two Afghan Diplomats Over Border Row", true},
		{"Miners Block Highway in Southern Peru", true},
		{"Kenya Signs Trade Pact with Ethiopia", true},
		{"Protesters Rally Against Fuel Prices In Lagos", true},
		// Running text, however many names it has.
		{"Pakistan expelled two Afghan diplomats on Monday.", false},
		{"President Joe Biden met Prime Minister Narendra Modi in Washington.", false},
		{"The Kenyan Ministry of Foreign Affairs said nothing.", false},
		// Shouting is not Title Case: no word is both capitalised and lower case.
		{"IRAN REJECTS UN REPORT", false},
		// Too few words to tell.
		{"Kenya Wins", false},
		{"", false},
	}
	for _, c := range cases {
		toks := a.Tokens(c.s, nil)
		if got := titleCase(toks); got != c.want {
			t.Errorf("titleCase(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestTitleCaseTags: a headline's common words are no longer read as
// proper nouns (the verb stage reads an -s verb tagged as a plural, as in
// any headline), its names stay proper, and every token's Text is the
// sentence's own again.
func TestTitleCaseTags(t *testing.T) {
	a, _ := titleAnalyzers(t)
	cases := []struct {
		s    string
		word string
		tags string // "|"-separated acceptable tags
	}{
		{"Pakistan Expels Two Afghan Diplomats Over Border Row", "Expels", "VBZ|NNS"},
		{"Pakistan Expels Two Afghan Diplomats Over Border Row", "Diplomats", "NNS"},
		{"Pakistan Expels Two Afghan Diplomats Over Border Row", "Over", "IN"},
		{"Miners Block Highway in Southern Peru", "Block", "VBP|VB"},
		{"Miners Block Highway in Southern Peru", "Peru", "NNP"},
		{"Kenya Signs Trade Pact with Ethiopia", "Signs", "VBZ|NNS"},
		{"Kenya Signs Trade Pact with Ethiopia", "Ethiopia", "NNP"},
		{"Venezuela Recalls Ambassador From Bogota", "Recalls", "VBZ|NNS"},
		{"Venezuela Recalls Ambassador From Bogota", "From", "IN"},
		{"Venezuela Recalls Ambassador From Bogota", "Bogota", "NNP"},
		{"Rebels Seize Army Base Near Goma", "Seize", "VBP|VB"},
	}
	for _, c := range cases {
		toks := a.Tokens(c.s, nil)
		found := false
		for _, tk := range toks {
			if tk.Text != c.s[tk.Start:tk.End] {
				t.Errorf("%q: token Text %q, sentence has %q", c.s, tk.Text, c.s[tk.Start:tk.End])
			}
			if tk.Text == c.word {
				found = true
				if !strings.Contains("|"+c.tags+"|", "|"+tk.Tag+"|") {
					t.Errorf("%q: %s tagged %s, want %s", c.s, c.word, tk.Tag, c.tags)
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", c.s, c.word)
		}
	}
}

// TestTitleCaseLeavesRunningText guards the rule's reach: sentences in
// ordinary case get exactly the tags they got without it.
func TestTitleCaseLeavesRunningText(t *testing.T) {
	with, without := titleAnalyzers(t)
	for _, s := range []string{
		"Pakistan expelled two Afghan diplomats on Monday over a border dispute.",
		"\"We will not accept this,\" said Foreign Minister Ahmed Hassan of Egypt.",
		"The United Nations Security Council met in New York on Friday.",
		"Kenyan police fired tear gas at protesters in Nairobi, witnesses said.",
		"Will Smith and Theresa May Brown visited the White House.",
		"Rebels said they had taken the town.",
	} {
		a, b := with.Tokens(s, nil), without.Tokens(s, nil)
		for i := range a {
			if a[i] != b[i] {
				t.Errorf("%q: token %d %+v with the rule, %+v without", s, i, a[i], b[i])
			}
		}
	}
}

func FuzzTitleCase(f *testing.F) {
	a, _ := titleAnalyzers(f)
	for _, s := range []string{"Rebels Seize Town In Northern Mali", "A B C", "Ünïcode Wörds Here Too", "\xff\xfe Bad Bytes Here", "",
		"IRAN REJECTS UN REPORT", "ÜBER ALLES DAS ABC", "X\xffY ZZZ AAA BBB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return
		}
		for _, tk := range a.Tokens(s, nil) {
			if tk.Start < 0 || tk.End > len(s) || tk.Text != s[tk.Start:tk.End] {
				t.Fatalf("%q: token %+v does not match its offsets", s, tk)
			}
			if tk.Tag == "" && utf8.ValidString(tk.Text) && tk.Text != "" {
				t.Fatalf("%q: token %q untagged", s, tk.Text)
			}
		}
	})
}

package text

import "testing"

// TestShoutedLine: a line in capitals is told from Title Case and from
// running text that merely holds acronyms, and is tagged as running text
// would be: its known words lower case for the tagger, names and acronyms
// as written, and every token's Text the sentence's own again.
func TestShoutedLine(t *testing.T) {
	a, without := titleAnalyzers(t)
	for _, c := range []struct {
		s    string
		want int
	}{
		{"UN CONDEMNS COUP IN NIGER", shoutedLine},
		{"MALI JUNTA ORDERS UN PEACEKEEPERS OUT", shoutedLine},
		{"Rebels Seize Town In Northern Mali", titleLine},
		// must-not: running text with acronyms, too few words
		{"NATO and the EU met in Brussels on Monday.", runningLine},
		{"The IMF and WTO urged reforms.", runningLine},
		{"IMF OK", runningLine},
		{"", runningLine},
	} {
		if got := lineCase(a.Tokens(c.s, nil)); got != c.want {
			t.Errorf("lineCase(%q) = %d, want %d", c.s, got, c.want)
		}
	}
	for _, c := range []struct{ s, word, want string }{
		{"MOSCOW EXPELS THREE LATVIAN DIPLOMATS", "EXPELS", "VBZ"},
		{"MOSCOW EXPELS THREE LATVIAN DIPLOMATS", "DIPLOMATS", "NNS"},
		{"MOSCOW EXPELS THREE LATVIAN DIPLOMATS", "MOSCOW", "NNP"},
		{"BEIJING WARNS US OVER TAIWAN ARMS SALES", "WARNS", "VBZ"},
		{"BEIJING WARNS US OVER TAIWAN ARMS SALES", "US", "NNP"},
		{"EU IMPOSES NEW SANCTIONS ON BELARUS", "IMPOSES", "VBZ"},
	} {
		found := false
		for _, tk := range a.Tokens(c.s, nil) {
			if tk.Text != c.s[tk.Start:tk.End] {
				t.Errorf("%q: token Text %q, sentence has %q", c.s, tk.Text, c.s[tk.Start:tk.End])
			}
			if tk.Text == c.word {
				found = true
				if tk.Tag != c.want {
					t.Errorf("%q: %s tagged %s, want %s", c.s, c.word, tk.Tag, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", c.s, c.word)
		}
	}
	// The rule is the "with" analyzer's only: without the word list the
	// line keeps the model's reading, every word a name.
	if toks := without.Tokens("MOSCOW EXPELS THREE LATVIAN DIPLOMATS", nil); toks[1].Tag == "VBZ" {
		t.Errorf("without the word list EXPELS is already VBZ; the test shows nothing")
	}
}

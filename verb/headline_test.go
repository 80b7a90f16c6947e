package verb

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/text"
)

// headlineToks builds tokens from "word/TAG" or "word/TAG/lemma" items, and
// an actor group over every item marked with a leading "@" (a modifier-only
// group with "@@"). The tags are written by hand so these tests check the
// headline rule itself, whatever the tagger of the day says.
func headlineToks(spec string) ([]text.Token, []actor.Group) {
	var toks []text.Token
	var groups []actor.Group
	for i, item := range strings.Fields(spec) {
		mod := strings.HasPrefix(item, "@@")
		grouped := strings.HasPrefix(item, "@")
		item = strings.TrimLeft(item, "@")
		parts := strings.Split(item, "/")
		low := strings.ToLower(parts[0])
		lemma := low
		if len(parts) > 2 {
			lemma = parts[2]
		}
		toks = append(toks, text.Token{Text: parts[0], Lower: low, Lemma: lemma, Tag: parts[1]})
		if grouped {
			groups = append(groups, actor.Group{Start: i, End: i + 1, Phrases: []actor.Phrase{{Start: i, End: i + 1, Code: strings.ToUpper(low[:3]), Modifier: mod}}})
		}
	}
	return toks, groups
}

// specSentence is a sentence over headlineToks(spec), with every token
// mapped to its actor group (or -1), for tests of the token rules.
func specSentence(spec string) *sentence {
	toks, groups := headlineToks(spec)
	s := &sentence{toks: toks, groups: groups, inGroup: make([]int, len(toks))}
	for i := range s.inGroup {
		s.inGroup[i] = -1
	}
	for gi, g := range groups {
		for k := g.Start; k < g.End; k++ {
			s.inGroup[k] = gi
		}
	}
	return s
}

func TestHeadlineSlot(t *testing.T) {
	vd, err := Load(testVerbs, "v", nil)
	if err != nil {
		t.Fatal(err)
	}
	c := NewCoder(vd)
	tests := []struct {
		spec string
		at   int
		want string // the code of a match headed at token at, "" for none
	}{
		// A whole -s form, tagged a noun, between two names.
		{"@Iran/NNP threatens/NN @Syria/NNP", 1, "130"},
		{"@Iran/NNP threatens/NNS/threaten the/DT @rebels/NNS", 1, "130"},
		// A name the actor stage read as a modifier is still a subject.
		{"@@Iran/NNP threatens/NN @Syria/NNP", 1, "130"},
		// A country adjective is not.
		{"@@Iranian/JJ threatens/NN @Syria/NNP", 1, ""},
		// Followed by its clause's verb, the -s word is a noun.
		{"@Iran/NNP threatens/NN grow/VBP", 1, ""},
		// Not after a name or actor at all.
		{"new/JJ threatens/NN @Syria/NNP", 1, ""},
		// An -s form with no verb stem in the dictionary.
		{"@Iran/NNP news/NN @Syria/NNP", 1, ""},
		// Too short to strip, at the end of the sentence: no panic, no verb.
		{"@Iran/NNP bus/NN", 1, ""},
		{"@Iran/NNP threatens/NN", 1, ""},
	}
	for _, tt := range tests {
		toks, groups := headlineToks(tt.spec)
		res := c.Code(toks, groups)
		got := ""
		for _, m := range res.Matches {
			if m.Head == tt.at {
				got = m.EventCode()
			}
		}
		if got != tt.want {
			t.Errorf("%q: code at %d = %q, want %q", tt.spec, tt.at, got, tt.want)
		}
	}
}

func TestHeadlineStem(t *testing.T) {
	vd, err := Load(testVerbs, "v", nil)
	if err != nil {
		t.Fatal(err)
	}
	c := NewCoder(vd)
	tests := []struct {
		word string
		want bool
	}{
		{"threatens", true},
		{"attacks", true},
		{"withdraws", true},
		{"meets", true},
		{"news", false},
		{"crisis", false},
		{"ss", false},
		{"s", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := c.headlineStem(tt.word) != nil; got != tt.want {
			t.Errorf("headlineStem(%q) found = %v, want %v", tt.word, got, tt.want)
		}
	}
}

package verb

import (
	"strings"
	"testing"
	"testing/fstest"
)

// gapVerbs is a small dictionary for the rules below: a nominal strike
// pattern and a headline one, -ies verbs, a number slot and a statement.
var gapVerbs = fstest.MapFS{
	"v/01.txt": {Data: []byte("010  say  [speech]\n010  reply to +  [verb]\n")},
	"v/12.txt": {Data: []byte("120  deny (+)\n")},
	"v/19.txt": {Data: []byte("190  $ ^{strike|strikes} {on|against|in} +\n190  strike +\n190  kill <num> in +  [verb]\n")},
}

func gapCoder(t testing.TB) *Coder {
	t.Helper()
	vd, err := Load(gapVerbs, "v", nil)
	if err != nil {
		t.Fatal(err)
	}
	return NewCoder(vd)
}

// TestHeadlineStemIes: a headline's -ies verb the tagger left whole, as a
// noun, is looked up by its -y stem; a plural noun with no such verb
// stays a noun.
func TestHeadlineStemIes(t *testing.T) {
	c := gapCoder(t)
	tests := []struct {
		spec string
		at   int
		want string
	}{
		{"@Iran/NNP denies/NN role/NN in/IN attack/NN", 1, "120"},
		{"@Russia/NNP replies/NNS to/TO @Norway/NNP", 1, "010"},
		{"@@Iran/NNP denies/NN the/DT report/NN", 1, "120"},
		// No verb "supply" in this dictionary, and "allies" is no "ally".
		{"@Iran/NNP supplies/NNS the/DT @Houthis/NNPS", 1, ""},
		{"@Iran/NNP allies/NNS the/DT @Houthis/NNPS", 1, ""},
		// Followed by its clause's verb, the -ies word is a noun.
		{"@Iran/NNP denies/NN grow/VBP", 1, ""},
		// Too short to respell: no panic, no verb.
		{"@Iran/NNP ies/NN @Iraq/NNP", 1, ""},
	}
	for _, tt := range tests {
		toks, groups := headlineToks(tt.spec)
		got := ""
		for _, m := range c.Code(toks, groups).Matches {
			if m.Head == tt.at {
				got = m.EventCode()
			}
		}
		if got != tt.want {
			t.Errorf("%q: code at %d = %q, want %q", tt.spec, tt.at, got, tt.want)
		}
	}
	for _, w := range []string{"denies", "replies", "ies", "xies", strings.Repeat("a", 200) + "ies", strings.Repeat("a", stemMax-3) + "ies", "\xffies"} {
		_ = c.headlineStem(w) // no panic at any length
	}
	if c.headlineStem("denies") == nil || c.headlineStem("replies") == nil {
		t.Error("headlineStem misses an -ies form whose -y stem heads patterns")
	}
	if n := testing.AllocsPerRun(100, func() { _ = c.headlineStem("replies") }); n != 0 {
		t.Errorf("headlineStem allocates %v times per call, want 0", n)
	}
}

// TestNumLiteral: "<num>" is filled by a number and nothing else, is never
// a required word, and cannot be a head or an alternative.
func TestNumLiteral(t *testing.T) {
	c := gapCoder(t)
	tests := []struct {
		spec string
		want string // code of the match headed at token 2
	}{
		{"@Mali/NNP militants/NNS killed/VBD/kill 14/CD in/IN @Niger/NNP", "190"},
		{"@Mali/NNP militants/NNS killed/VBD/kill fourteen/CD in/IN @Niger/NNP", "190"},
		// The dead were killed: no number after the verb.
		{"@Hamas/NNP fighters/NNS killed/VBN/kill in/IN @Gaza/NNP", ""},
		{"@Hamas/NNP fighters/NNS killed/VBD/kill many/JJ in/IN @Gaza/NNP", ""},
	}
	for _, tt := range tests {
		toks, groups := headlineToks(tt.spec)
		got := ""
		for _, m := range c.Code(toks, groups).Matches {
			if m.Head == 2 {
				got = m.EventCode()
			}
		}
		if got != tt.want {
			t.Errorf("%q: code at 2 = %q, want %q", tt.spec, got, tt.want)
		}
	}
	for _, body := range []string{"<num> kill +", "kill {<num>|dozens} in +", "^<num> kill"} {
		if _, err := Compile("190", body); err == nil {
			t.Errorf("Compile(%q) succeeded, want an error", body)
		}
	}
	p, err := Compile("190", "kill <num> in +")
	if err != nil {
		t.Fatal(err)
	}
	for _, alts := range p.required {
		for _, w := range alts {
			if w == numWord {
				t.Errorf("%s is a required word of %q", numWord, p.Text)
			}
		}
	}
}

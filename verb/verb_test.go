package verb

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/text"
)

func TestCompile(t *testing.T) {
	tests := []struct {
		code, body string
		head       string
		err        bool
	}{
		{"040", "meet (with) +", "meet", false},
		{"0871", "{ceasefire|truce} ... ^broker ... between &", "broker", false},
		{"010", "say  [speech]", "say", false},
		{"057", "{agreement|deal} ^{reach|sign}", "reach", false},
		{"04", "+ ... $", "", true},           // no literal head
		{"040", "meet ... ", "meet", true},    // gap at the end
		{"40x", "meet", "", true},             // bad code
		{"040", "^a ^b", "", true},            // two heads
		{"040", "meet [sometimes]", "", true}, // unknown flag
		{"040", "(^meet) +", "", true},        // optional head
		{"040", "meet {a|} +", "", true},      // empty alternative
	}
	for _, tt := range tests {
		p, err := Compile(tt.code, tt.body)
		if (err != nil) != tt.err {
			t.Errorf("Compile(%q, %q) error = %v, want error %v", tt.code, tt.body, err, tt.err)
			continue
		}
		if err == nil && p.Head()[0] != tt.head {
			t.Errorf("Compile(%q): head %v, want %s", tt.body, p.Head(), tt.head)
		}
	}
}

// A tiny world, independent of parley's real dictionaries, so these tests
// check the mechanism: slots, passives, reciprocity, modality, reporting.
var testActors = fstest.MapFS{
	"a/c.txt": {Data: []byte("@kind country\nRUS  Russia | Russian\nTUR  Turkey | Turkish\nIRN  Iran | Iranian\nSYR  Syria | Syrian\n")},
	"a/s.txt": {Data: []byte("@kind sector\nGOV  government | ministry\nMIL  forces | troops\nREB  rebels\n")},
	"a/p.txt": {Data: []byte("@kind actor\nIRNREB  Ali Rezaei\n")},
}

var testVerbs = fstest.MapFS{
	"v/04.txt": {Data: []byte("@recip\n040  meet  (with) (+)\n040  {talks|meeting} between &\n040  {talks|meeting} (+) ... take place\n")},
	"v/01.txt": {Data: []byte("010  say  [speech]\n")},
	"v/19.txt": {Data: []byte("190  attack  (+)\n1823  execute  +\n0871  {ceasefire} ... ^broker ... between &\n")},
	"v/08.txt": {Data: []byte("087  withdraw\n")},
	"v/07.txt": {Data: []byte("072  receive ... weapons from $\n")},
	"v/15.txt": {Data: []byte("190  tanks ... ^enter (+)\n")},
	"v/13.txt": {Data: []byte("130  threaten  [verb]\n")},
	"v/06.txt": {Data: []byte("061  invest in +\n")},
}

type coded struct {
	code, src, tgt string
	neg, fut, hyp  bool
	reporter       string
}

func codeAll(t *testing.T, sentence string) []coded {
	t.Helper()
	return codeIn(t, testActors, testVerbs, sentence)
}

// codeIn codes one sentence with the actor dictionary under "a" and the
// verb dictionary under "v" of small test worlds.
func codeIn(t *testing.T, actors, verbs fs.FS, sentence string) []coded {
	t.Helper()
	ad, err := actor.Load(actors, "a")
	if err != nil {
		t.Fatal(err)
	}
	vd, err := Load(verbs, "v", nil)
	if err != nil {
		t.Fatal(err)
	}
	an, err := text.NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	toks := an.Tokens(sentence, nil)
	groups := actor.NewResolver(ad).Resolve(toks, "2024-01-01")
	res := NewCoder(vd).Code(toks, groups)
	var out []coded
	for _, m := range res.Matches {
		c := coded{code: m.EventCode(), src: codesOf(m.Source), tgt: codesOf(m.Target),
			neg: m.Modality.Negated, fut: m.Modality.Future, hyp: m.Modality.Hypothetical}
		if m.Modality.ReportedBy != nil {
			c.reporter = m.Modality.ReportedBy.Code
		}
		out = append(out, c)
	}
	return out
}

func codesOf(ps []actor.Phrase) string {
	var cs []string
	for _, p := range ps {
		cs = append(cs, p.Code)
	}
	return strings.Join(cs, "+")
}

func TestCoder(t *testing.T) {
	tests := []struct {
		sentence string
		want     coded
	}{
		{"Russian forces attacked Turkish troops.", coded{code: "190", src: "RUSMIL", tgt: "TURMIL"}},
		{"Turkish troops were attacked by Syrian rebels.", coded{code: "190", src: "SYRREB", tgt: "TURMIL"}},
		{"Russia and Turkey met on Monday.", coded{code: "040", src: "RUS", tgt: "TUR"}},
		{"A ceasefire was brokered between Turkey and Russia.", coded{code: "0871", src: "TUR", tgt: "RUS"}},
		{"The meeting followed talks between Iran and Syria.", coded{code: "040", src: "IRN", tgt: "SYR"}},
		{"Russia did not attack Turkey.", coded{code: "190", src: "RUS", tgt: "TUR", neg: true}},
		{"Iran will meet Syria next week.", coded{code: "036", src: "IRN", tgt: "SYR", fut: true}},
		{"Russia agreed to withdraw.", coded{code: "0356", src: "RUS"}},
		{"Iran vowed to attack Syria.", coded{code: "1384", src: "IRN", tgt: "SYR"}},
		{"Turkey refused to meet Iran.", coded{code: "125", src: "TUR", tgt: "IRN"}},
		{"Iran said Syrian rebels attacked Turkish troops.", coded{code: "190", src: "SYRREB", tgt: "TURMIL", reporter: "IRN"}},
		// A title noun before a name: the name fills the slot.
		{"Syrian troops executed the commander Ali Rezaei.", coded{code: "1823", src: "SYRMIL", tgt: "IRNREB"}},
	}
	for _, tt := range tests {
		got := codeAll(t, tt.sentence)
		found := false
		for _, g := range got {
			if g == tt.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q\n got %+v\nwant %+v among them", tt.sentence, got, tt.want)
		}
	}
}

func TestCoderNoActors(t *testing.T) {
	if got := codeAll(t, "The weather attacked nobody we know."); len(got) != 0 {
		t.Errorf("coded %+v from a sentence with no actors", got)
	}
}

func FuzzCompile(f *testing.F) {
	for _, s := range []string{"meet (with) +", "kill <num> in +", "{a|<num>}", "{a|b} ... ^c ... between &", "say [speech]", "x (+) ($) (&)", "^", "{", "(", "[attach=observer]", "warning {to|against} + [object]"} {
		f.Add("040", s)
	}
	f.Fuzz(func(t *testing.T, code, body string) {
		p, err := Compile(code, body)
		if err != nil {
			return
		}
		if p.head < 0 || p.head >= len(p.elems) || p.elems[p.head].kind != eLit || len(p.Head()) == 0 {
			t.Fatalf("compiled %q with a bad head: %+v", body, p)
		}
	})
}

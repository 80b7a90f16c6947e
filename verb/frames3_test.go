package verb

import (
	"testing"
	"testing/fstest"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/text"
)

// frames3Verbs is the tiny test world's verbs plus a judging verb and an
// appeal whose pattern reaches past its addressee.
func frames3Verbs() fstest.MapFS {
	fs := fstest.MapFS{}
	for k, v := range testVerbs {
		fs[k] = v
	}
	fs["v/11.txt"] = &fstest.MapFile{Data: []byte("111  condemn  (+)\n")}
	fs["v/02.txt"] = &fstest.MapFile{Data: []byte("023  appeal (+) ... {aid|help}\n")}
	fs["v/10.txt"] = &fstest.MapFile{Data: []byte("100  demand  (+)\n1032  demand (+) ... {weapons} (to) (+)\n")}
	return fs
}

// frames3Setup loads the test actors, frames3Verbs and the analyzer.
func frames3Setup(t *testing.T) (*Coder, *actor.Resolver, *text.Analyzer) {
	t.Helper()
	ad, err := actor.Load(testActors, "a")
	if err != nil {
		t.Fatal(err)
	}
	vd, err := Load(frames3Verbs(), "v", nil)
	if err != nil {
		t.Fatal(err)
	}
	an, err := text.NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	return NewCoder(vd), actor.NewResolver(ad), an
}

// codeFrames3 is codeAll over frames3Verbs.
func codeFrames3(t *testing.T, sentence string) []coded {
	t.Helper()
	c, r, an := frames3Setup(t)
	toks := an.Tokens(sentence, nil)
	res := c.Code(toks, r.Resolve(toks, "2024-01-01"))
	var out []coded
	for _, m := range res.Matches {
		out = append(out, coded{code: m.EventCode(), src: codesOf(m.Source), tgt: codesOf(m.Target)})
	}
	return out
}

// Third-round clause structures: comma-only lists, possessor appositives,
// pronoun agreement and the reason clauses of judging verbs. Each case
// fails if its rule is removed; the "not" cases guard the misreadings the
// rules must not introduce.
func TestCoderFrames3(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		want     coded
		not      coded // an exact result that must not appear
	}{
		{"a comma-only list opening the clause is one subject",
			"Russia, Turkey attack Syria", coded{code: "190", src: "RUS+TUR", tgt: "SYR"}, coded{code: "190", src: "TUR", tgt: "SYR"}},
		{"a comma-only list of a reciprocal event holds both ways",
			"Russia, Turkey meet in Syria", coded{code: "040", src: "RUS", tgt: "TUR"}, coded{}},
		{"three members",
			"Russia, Turkey, Iran attack Syria", coded{code: "190", src: "RUS+TUR+IRN", tgt: "SYR"}, coded{}},
		{"an object before a comma starts no list",
			"Syrian rebels attacked Turkey, Russian troops attacked Iran", coded{code: "190", src: "RUSMIL", tgt: "IRN"}, coded{code: "190", src: "TUR+RUSMIL", tgt: "IRN"}},
		{"a list must open its clause",
			"After talks in Syria, Turkey, Iran attack Russia", coded{code: "190", src: "IRN", tgt: "RUS"}, coded{code: "190", src: "TUR+IRN", tgt: "RUS"}},
		{"a possessor appositive describes the subject",
			"Turkey, Syria's neighbour, attacked Iran.", coded{code: "190", src: "TUR", tgt: "IRN"}, coded{code: "190", src: "SYR", tgt: "IRN"}},
		{"the reason clause of a judging verb is about its object",
			"Russia condemned Iran after it attacked Syria.", coded{code: "190", src: "IRN", tgt: "SYR"}, coded{code: "190", src: "RUS", tgt: "SYR"}},
		{"because: the same",
			"Russia praised Iran because it attacked Syria.", coded{code: "190", src: "IRN", tgt: "SYR"}, coded{code: "190", src: "RUS", tgt: "SYR"}},
		{"a verb that is not about its object keeps the subject",
			"Russia met Iran after it attacked Syria.", coded{code: "190", src: "RUS", tgt: "SYR"}, coded{code: "190", src: "IRN", tgt: "SYR"}},
		{"'it' is no plural",
			"Syrian rebels said it attacked Turkey.", coded{code: "190", src: "", tgt: "TUR"}, coded{code: "190", src: "SYRREB", tgt: "TUR"}},
		{"'they' may be a plural",
			"Syrian rebels said they attacked Turkey.", coded{code: "190", src: "SYRREB", tgt: "TUR"}, coded{}},
		{"'he' is no state",
			"Russia said he attacked Turkey.", coded{code: "190", src: "", tgt: "TUR"}, coded{code: "190", src: "RUS", tgt: "TUR"}},
		{"an activity noun under a judging verb: its 'of' is the agent judged",
			"Russia condemned the deployment of Iranian missiles.", coded{code: "111", src: "RUS", tgt: "IRN"}, coded{}},
		{"a victim's 'of' yields to a by-agent",
			"Russia condemned the execution of Syrian rebels by Turkish troops.", coded{code: "111", src: "RUS", tgt: "TURMIL"}, coded{code: "111", src: "RUS", tgt: "SYRREB"}},
		{"an appeal names its addressee before the thing asked",
			"Russia appealed to Iran to send aid.", coded{code: "023", src: "RUS", tgt: "IRN"}, coded{}},
		{"a slot bound inside a demand's that-clause yields to the clause's subject",
			"Russia demanded that Iran stop sending weapons to Syria.", coded{code: "1032", src: "RUS", tgt: "IRN"}, coded{code: "1032", src: "RUS", tgt: "SYR"}},
		{"a that-clause subject read as a modifier is still the one asked",
			"Russia demanded that Iranian troops leave Syria.", coded{code: "100", src: "RUS", tgt: "IRNMIL"}, coded{}},
		{"an object's last member with a verb of its own is that verb's subject",
			"Russia attacked Syria, and Iran attacked Turkey.", coded{code: "190", src: "IRN", tgt: "TUR"}, coded{code: "190", src: "RUS", tgt: "TUR"}},
		{"and no target of the clause before",
			"Russia attacked Syria, and Iran attacked Turkey.", coded{code: "190", src: "RUS", tgt: "SYR"}, coded{code: "190", src: "RUS", tgt: "SYR+IRN"}},
	}
	for _, tt := range tests {
		got := codeFrames3(t, tt.sentence)
		found := false
		for _, g := range got {
			if g.code == tt.want.code && g.src == tt.want.src && g.tgt == tt.want.tgt {
				found = true
			}
			if tt.not.code != "" && g.code == tt.not.code && g.src == tt.not.src && g.tgt == tt.not.tgt {
				t.Errorf("%s: %q coded %+v, which it must not", tt.name, tt.sentence, g)
			}
		}
		if !found {
			t.Errorf("%s: %q\n got %+v\nwant %+v among them", tt.name, tt.sentence, got, tt.want)
		}
	}
}

// A gerund listed after an "of" or "for" gerund is alleged or a reason,
// like the first; one listed after a participle clause is an act.
func TestListedGerund(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool // a 190 is coded
	}{
		{"Russia accused Iran of funding Syrian rebels and attacking Turkey.", false},
		{"Russia accused Iran of funding Syrian rebels, arming militias and attacking Turkey.", false},
		{"Syrian rebels entered the town, burning houses and attacking Turkish troops.", true},
	}
	for _, tt := range tests {
		got := false
		for _, c := range codeFrames3(t, tt.sentence) {
			if c.code == "190" {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q: 190 coded %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// A pronoun opening a sentence stands for the previous sentence's subject
// when they agree, and only when no actor stands before it.
func TestCodeAfter(t *testing.T) {
	c, res, an := frames3Setup(t)
	tests := []struct {
		first, second string
		want          string // the source codes of the second sentence's first event
	}{
		{"Russia condemned Turkey.", "It attacked Syria.", "RUS"},
		{"Syrian rebels condemned Turkey.", "They attacked Iran.", "SYRREB"},
		{"Syrian rebels condemned Turkey.", "It attacked Iran.", ""},
		{"Russia condemned Turkey.", "He attacked Syria.", ""},
		{"Russia condemned Turkey.", "Iran said it attacked Syria.", "IRN"},
		{"In Syria, Turkish troops attacked.", "They condemned Iran.", "TURMIL"},
	}
	for _, tt := range tests {
		t1 := an.Tokens(tt.first, nil)
		r1 := c.Code(t1, res.Resolve(t1, "2024-01-01"))
		t2 := an.Tokens(tt.second, nil)
		r2 := c.CodeAfter(t2, res.Resolve(t2, "2024-01-01"), &r1.Subject, false)
		got := "(none)"
		for _, m := range r2.Matches {
			if m.Pattern.Root() != "01" {
				got = codesOf(m.Source)
				break
			}
		}
		if got != tt.want {
			t.Errorf("%q then %q: source %q, want %q", tt.first, tt.second, got, tt.want)
		}
	}
}

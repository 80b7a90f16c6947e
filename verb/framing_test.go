package verb

import (
	"testing"
	"testing/fstest"
)

// framingActors and framingVerbs are a small test world for the wire
// framings: attributions after the clause, fronted "according to"
// phrases, and patterns whose gaps could reach into either.
var framingActors = fstest.MapFS{
	"a/c.txt": {Data: []byte("@kind country\nCHL  Chile | Chilean\nPER  Peru | Peruvian\nBOL  Bolivia | Bolivian\nECU  Ecuador | Ecuadorian\n")},
	"a/s.txt": {Data: []byte("@kind sector\nGOV  government | ministry | officials\nCOP  police\nMIL  troops\nMED  state media | state television\nCVL  civilians | students | workers\n")},
}

var framingVerbs = fstest.MapFS{
	"v/01.txt": {Data: []byte("010  say  [speech]\n010  report  [speech]\n")},
	"v/04.txt": {Data: []byte("@recip\n040  {talks} between &\n")},
	"v/06.txt": {Data: []byte("@recip\n061  {trade} {relations} between &\n")},
	"v/12.txt": {Data: []byte("125  boycott (+) ... talks (with) (+)\n")},
	"v/16.txt": {Data: []byte("161  boycott (+) ... {officials|contacts}\n")},
	"v/17.txt": {Data: []byte("175  {tear-gas|tear-gassed}  +\n")},
	"v/18.txt": {Data: []byte("182  assault (+) ... {officials|civilians|students}\n")},
	"v/19.txt": {Data: []byte("190  assault  (+)\n")},
}

// TestFramingAttribution: a trailing attribution (", officials said",
// ", state media reported", ", the ministry said in a statement") is no
// part of the pattern before it, so its words fill no gap; words before
// its comma still do.
func TestFramingAttribution(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		want           coded
		not            string // a code that must not be coded
	}{
		{"bare", "Peru assaulted Chile.", coded{code: "190", src: "PER", tgt: "CHL"}, "182"},
		{"officials said", "Peru assaulted Chile, officials said.", coded{code: "190", src: "PER", tgt: "CHL"}, "182"},
		{"state media reported", "Peru assaulted Chile overnight, state media reported.", coded{code: "190", src: "PER", tgt: "CHL"}, "182"},
		{"ministry statement", "Peru boycotted talks with Chile, the ministry said in a statement.", coded{code: "125", src: "PER", tgt: "CHL"}, "161"},
		// Must not lose what precedes the comma.
		{"gap before the attribution", "Bolivian police assaulted students in La Paz, state media reported.", coded{code: "182", src: "BOLCOP"}, ""},
		{"no attribution", "Peru boycotted contacts with Chile.", coded{code: "161", src: "PER", tgt: "CHL"}, ""},
		{"a comma that opens no attribution", "Peru assaulted Chile on Monday, then officials.", coded{code: "182", src: "PER", tgt: "CHL"}, ""},
		// A participle after the comma opens its own predicate: its
		// object is not the pattern's word.
		{"a comma and a participle", "Peru assaulted Chile, injuring officials.", coded{code: "190", src: "PER", tgt: "CHL"}, "182"},
	} {
		got := codeIn(t, framingActors, framingVerbs, tc.sentence)
		if !hasCoded(got, tc.want) {
			t.Errorf("%s: %q\n  got %+v\n  want %+v among them", tc.name, tc.sentence, got, tc.want)
		}
		for _, c := range got {
			if tc.not != "" && c.code == tc.not {
				t.Errorf("%s: %q coded %s, which it must not: %+v", tc.name, tc.sentence, tc.not, got)
			}
		}
	}
}

// TestFramingDateline: the lead's first word after a dateline's dash is
// capitalised as a sentence's first word is, and may head a pattern
// (TestCoder keeps names inside a sentence from heading any).
func TestFramingDateline(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		want           string // the code
	}{
		{"bare", "Talks between Chile and Peru resumed.", "040"},
		{"dateline", "LIMA, May 3 (AFP) - Talks between Chile and Peru resumed.", "040"},
		{"dateline, two dashes", "LIMA -- Talks between Chile and Peru resumed.", "040"},
		{"dateline, a name's tag", "LIMA, May 3 (AFP) - Trade relations between Chile and Peru have grown.", "061"},
		{"bare, a name's tag", "Trade relations between Chile and Peru have grown.", "061"},
	} {
		got := codeIn(t, framingActors, framingVerbs, tc.sentence)
		found := false
		for _, c := range got {
			if c.code == tc.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q: got %+v, want %s", tc.name, tc.sentence, got, tc.want)
		}
	}
}

// TestFramingAccordingTo: the actor of a fronted "According to X," is a
// preposition's object, so the noun phrase after its comma is the
// clause's subject, not an appositive of X; a real appositive after a
// subject still names it.
func TestFramingAccordingTo(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		want           coded
	}{
		{"according to", "According to state media, the Chilean police tear-gassed students.", coded{code: "175", src: "CHLCOP", tgt: "---CVL"}},
		{"bare", "The Chilean police tear-gassed students.", coded{code: "175", src: "CHLCOP", tgt: "---CVL"}},
		{"according to, past", "According to state television, the Peruvian troops assaulted Ecuador.", coded{code: "190", src: "PERMIL", tgt: "ECU"}},
		// Must not: an appositive of the subject.
		{"appositive", "Peru, a Bolivian ally, assaulted Chile.", coded{code: "190", src: "PER", tgt: "CHL"}},
	} {
		got := codeIn(t, framingActors, framingVerbs, tc.sentence)
		if !hasCoded(got, tc.want) {
			t.Errorf("%s: %q\n  got %+v\n  want %+v among them", tc.name, tc.sentence, got, tc.want)
		}
	}
}

// hasCoded reports want among got, comparing code and sides only.
func hasCoded(got []coded, want coded) bool {
	for _, c := range got {
		if c.code == want.code && c.src == want.src && c.tgt == want.tgt {
			return true
		}
	}
	return false
}

// faultActors and faultVerbs are a test world for the verb-stage
// faults of long wire sentences: converse frames with an unnamed agent,
// speaking participles after a that-clause, ceasing verbs, judgements
// in reported clauses and reduced relatives on a pattern's own noun.
var faultActors = fstest.MapFS{
	"a/c.txt": {Data: []byte("@kind country\nCHL  Chile | Chilean\nPER  Peru | Peruvian\nBOL  Bolivia | Bolivian\n")},
	"a/s.txt": {Data: []byte("@kind sector\nGOV  president | government\nMIL  troops | agents\nCVL  civilians\n")},
}

var faultVerbs = fstest.MapFS{
	"v/01.txt": {Data: []byte("010  say  [speech]\n")},
	"v/05.txt": {Data: []byte("051  welcome (+)\n")},
	"v/08.txt": {Data: []byte("0871  {truce} ^{announce} by\n")},
	"v/10.txt": {Data: []byte("100  demand (+)\n")},
	"v/11.txt": {Data: []byte("111  {unacceptable|illegal}\n")},
	"v/18.txt": {Data: []byte("185  survive (+) ... {assassination} {attempt} (by) ($)\n1823  kill +\n")},
	"v/19.txt": {Data: []byte("190  attack (+)\n")},
}

// TestClauseFaults: each row fails without its rule; the must-not rows
// (not) name a coding the rule must not produce.
func TestClauseFaults(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		want           coded
		not            *coded
	}{
		// A converse frame whose optional source is left empty: the
		// subject is the one it happened to, never the agent.
		{"converse, agent unnamed", "The Peruvian president survived an assassination attempt.",
			coded{code: "185", tgt: "PERGOV"}, &coded{code: "185", src: "PERGOV"}},
		{"converse, agent named", "The Peruvian president survived an assassination attempt by Chilean agents.",
			coded{code: "185", src: "CHLMIL", tgt: "PERGOV"}, nil},
		// A speaking participle after a that-clause is the speaker's; an
		// event participle stays the clause's own.
		{"saying after a demand", "Peru demanded that Chile withdraw its troops, saying the deployment was illegal.",
			coded{code: "010", src: "PER"}, &coded{code: "010", src: "CHL"}},
		{"killing after a report", "Peru said that Chilean troops attacked Bolivia, killing civilians.",
			coded{code: "1823", src: "CHLMIL", tgt: "---CVL", reporter: "PER"}, &coded{code: "1823", src: "PER", tgt: "---CVL"}},
		// Ceasing verbs negate their gerund; a negated ceasing does not.
		{"stopped", "Bolivia stopped attacking Peru.", coded{code: "190", src: "BOL", tgt: "PER", neg: true}, nil},
		{"did not stop", "Bolivia did not stop attacking Peru.", coded{code: "190", src: "BOL", tgt: "PER"}, nil},
		{"kept", "Bolivia kept attacking Peru.", coded{code: "190", src: "BOL", tgt: "PER"}, nil},
		// A judgement with no actor in its reported clause is the
		// speaker's; with no speaker there is none.
		{"judgement reported", "Chile said the coup was unacceptable.", coded{code: "111", src: "CHL", reporter: "CHL"}, nil},
		{"judgement after that", "Chile said on Monday that the referendum was illegal.", coded{code: "111", src: "CHL", reporter: "CHL"}, nil},
		{"judgement unreported", "The coup was unacceptable.", coded{}, &coded{code: "111"}},
		// A reduced relative on the pattern's own noun: the truce is the
		// announcer's; whoever welcomed it is no party to it. Since the
		// eleventh session an object's reduced relative is an earlier act
		// that the sentence reacts to, not news of its own: it codes
		// nothing, nor as the subject's modifier.
		{"truce announced by", "Chile welcomed a truce announced by Peru.", coded{}, &coded{code: "0871"}},
		{"truce announced by, as subject", "A truce announced by Peru took effect.", coded{}, &coded{code: "0871"}},
	} {
		got := codeIn(t, faultActors, faultVerbs, tc.sentence)
		if tc.want.code != "" && !hasCodedExactly(got, tc.want) {
			t.Errorf("%s: %q\n  got %+v\n  want %+v among them", tc.name, tc.sentence, got, tc.want)
		}
		if tc.not != nil {
			for _, c := range got {
				if c.code == tc.not.code && (tc.not.src == "" || c.src == tc.not.src) && (tc.not.tgt == "" || c.tgt == tc.not.tgt) {
					t.Errorf("%s: %q coded %+v, which it must not", tc.name, tc.sentence, c)
				}
			}
		}
	}
}

// hasCodedExactly reports want among got: code, sides, negation and
// reporter.
func hasCodedExactly(got []coded, want coded) bool {
	for _, c := range got {
		if c.code == want.code && c.src == want.src && c.tgt == want.tgt && c.neg == want.neg && c.reporter == want.reporter {
			return true
		}
	}
	return false
}

// TestReportedClauseKeepsItsWords: a statement's pattern that reads the
// clause it reports ("said ... violated ... ceasefire" → 112) leaves that
// clause's words to its own patterns, so the violation it reports codes
// too; a bare violation codes no accusation.
func TestReportedClauseKeepsItsWords(t *testing.T) {
	verbs := fstest.MapFS{
		"v/01.txt": {Data: []byte("010  say  [speech]\n")},
		"v/11.txt": {Data: []byte("112  say (+) ... {violated} ... {ceasefire}\n")},
		"v/19.txt": {Data: []byte("196  violate ... ceasefire (with) (+)\n")},
	}
	for _, tc := range []struct {
		sentence  string
		want, not []coded
	}{
		{"Officials said that Peru violated the ceasefire with Chile.",
			[]coded{{code: "112", src: "---GOV", tgt: "PER"}, {code: "196", src: "PER", tgt: "CHL"}}, nil},
		{"Peru violated the ceasefire with Chile.",
			[]coded{{code: "196", src: "PER", tgt: "CHL"}}, []coded{{code: "112"}}},
	} {
		got := codeIn(t, framingActors, verbs, tc.sentence)
		for _, w := range tc.want {
			if !hasCoded(got, w) {
				t.Errorf("%q: got %+v, want %+v among them", tc.sentence, got, w)
			}
		}
		for _, n := range tc.not {
			for _, c := range got {
				if c.code == n.code {
					t.Errorf("%q: coded %+v, which it must not", tc.sentence, c)
				}
			}
		}
	}
}

package verb

import (
	"testing"
	"testing/fstest"
)

// judgedActors: the states judged in the rows below and the bench
// that judges them.
var judgedActors = fstest.MapFS{
	"a/c.txt": {Data: []byte("@kind country\nCHL  Chile\nPER  Peru\nECU  Ecuador\n")},
	"a/s.txt": {Data: []byte("@kind sector\nJUD  judges | tribunal | panel\n")},
}

// judgedVerbs: a ruling or finding that a party's act was unlawful (116)
// and a report of a statement, whose that-clause judges nothing.
var judgedVerbs = fstest.MapFS{
	"v/11.txt": {Data: []byte("116  {rule|find} ... that + ... {unlawful|illegal|breach}\n" +
		"116  say ... that + ... {unlawful|illegal|breach}\n")},
}

// TestJudgedLinkH29: after a verb of judging, the that-clause's linking
// verb ("amounted to", "constituted", "represents") is crossed to the
// judgement it links the possessive subject to. Must-not rows: another
// verb in the clause and a head that is no verb
// of judging.
func TestJudgedLinkH29(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		{"The judges ruled that Chile's seizure of the trawlers amounted to an illegal act.", true},
		{"The panel found that Peru's embargo constituted a breach of the treaty.", true},
		{"The panel ruled that Ecuador's tariff represents an unlawful barrier.", true},
		// must-not
		{"The judges ruled that Chile's seizure of the trawlers prompted an illegal protest.", false},
		{"The judges said that Chile's seizure of the trawlers amounted to an illegal act.", false},
	} {
		got := false
		for _, g := range codeIn(t, judgedActors, judgedVerbs, c.sentence) {
			if g.code == "116" && g.tgt != "" && g.tgt != "-" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: coded 116 with a target %v, want %v (%+v)", c.sentence, got, c.want, codeIn(t, judgedActors, judgedVerbs, c.sentence))
		}
	}
}

package verb

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/data"
	"github.com/parley-events/parley/text"
)

// TestP30ConditionHypothetical: the verb stage marks an act named in an
// "if", "unless" or "whether" clause hypothetical, with the shipped dictionaries.
// The pipeline then drops such acts (P30, conditionAct in
// pipeline/precision_p30.go); these rows, moved here from the pipeline's
// S11, N14, X23 and structure tests, keep the modality itself tested
// where it is decided.
func TestP30ConditionHypothetical(t *testing.T) {
	ad, err := actor.Load(data.FS, "actors")
	if err != nil {
		t.Fatal(err)
	}
	vd, err := Load(data.FS, "verbs", nil)
	if err != nil {
		t.Fatal(err)
	}
	an, err := text.NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	r, c := actor.NewResolver(ad), NewCoder(vd)
	rows := []struct{ why, text, code string }{
		{"unless-clause of a threat", "The Peruvian government threatened to end talks with the miners unless the strikers released two police officers.", "08"},
		{"if-clause of a warning", "Iran warned it would close the Strait of Hormuz if the United States imposed an oil embargo.", "16"},
		{"a second predicate in a condition", "Hezbollah said it would stop firing only if Israel ended the war in Gaza and pulled its troops out of the strip.", "087"},
		{"a second predicate after unless", "The rebels will keep fighting unless the army halts its offensive and frees their commanders.", "0841"},
		{"if ... had armed", "If the West had armed Ukraine earlier, the counteroffensive would not have foundered.", "07"},
		{"if-clause with its subject first", "If Serbia attacks Kosovo, Albania will respond.", "19"},
		{"an open question stays hypothetical", "Reporters asked whether Egypt would mediate between Hamas and Israel.", "04"},
		{"an intent in an open question", "It is unclear whether Moscow will agree to extend the Black Sea grain deal.", "03"},
		{"whether, subject between", "It is unclear whether Iran will free the French hostages.", "0"},
	}
	for _, row := range rows {
		toks := an.Tokens(row.text, nil)
		res := c.Code(toks, r.Resolve(toks, "2024-05-01"))
		found := false
		for _, m := range res.Matches {
			if !strings.HasPrefix(m.EventCode(), row.code) {
				continue
			}
			found = true
			if !m.Modality.Hypothetical || m.Modality.Negated {
				t.Errorf("%s: %q %s hypothetical %v negated %v, want hypothetical", row.why, row.text, m.EventCode(), m.Modality.Hypothetical, m.Modality.Negated)
			}
			break
		}
		if !found {
			t.Errorf("%s: %q: the verb stage coded no %s event", row.why, row.text, row.code)
		}
	}
}

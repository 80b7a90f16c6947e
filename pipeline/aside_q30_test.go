package pipeline

import (
	"testing"

	"github.com/parley-events/parley/text"
)

// TestQ30ConditionAside: a relative clause or an "as" aside set between
// commas after the subject of an "if", "unless" or "whether" clause does
// not close that clause; the clause's own verb after the aside is still
// a condition or an open question (P30). What the aside itself tells is
// asserted and stays. Every sentence was written for this test.
func TestQ30ConditionAside(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "whether, a relative clause between", text: "Scholars still dispute whether the World Bank, which had lent money to Ethiopia, criticized Addis Ababa over the evictions.", code: "11", none: true},
		{why: "if, a relative clause between", text: "Poland will close its border if Belarus, which hosts Russian troops, attacks Lithuania.", code: "19", none: true},
		// must not: the aside is told as fact, and a comma after a verb
		// still closes the condition
		{why: "the aside's own act stays", text: "Scholars still dispute whether the World Bank, which had lent money to Ethiopia, criticized Addis Ababa over the evictions.", code: "07", src: "IGOUNODEVWBK", tgt: "ETH"},
	})
}

// TestQ30ConditionAsideSpan: conditionAct steps over an aside after a
// noun and stops at a comma after a verb.
func TestQ30ConditionAsideSpan(t *testing.T) {
	toks := func(ws ...string) []text.Token {
		out := make([]text.Token, len(ws))
		for i, w := range ws {
			tag := "NNP"
			switch w {
			case "if", "whether", "which", "as":
				tag = "IN"
			case "fires", "strikes", "said", "hosts", "attacks", "warned":
				tag = "VBZ"
			case ",":
				tag = ","
			}
			out[i] = text.Token{Text: w, Lower: w, Tag: tag}
		}
		return out
	}
	cases := []struct {
		why  string
		toks []text.Token
		h    int
		want bool
	}{
		{"relative clause after the subject", toks("if", "Minsk", ",", "which", "hosts", "troops", ",", "attacks"), 7, true},
		{"as aside after the subject", toks("whether", "Minsk", ",", "as", "Kyiv", "warned", ",", "attacks"), 7, true},
		{"comma after a verb closes", toks("if", "Minsk", "fires", ",", "which", "Kyiv", "warned", ",", "Seoul", "strikes"), 9, false},
		{"aside without opener closes", toks("if", "Minsk", "fires", ",", "Kyiv", "said", ",", "Seoul", "strikes"), 8, false},
	}
	for _, c := range cases {
		if got := conditionAct(c.toks, c.h); got != c.want {
			t.Errorf("%s: conditionAct = %v, want %v", c.why, got, c.want)
		}
	}
}

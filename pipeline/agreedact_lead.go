package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// agreedActCoded: out[i] is a bare agreement (030 on "agree") whose
// infinitive is coded as an act of its own: "The EU agreed to impose
// sanctions on Belarus" is the sanctions (163), "Turkey agreed to expel
// the Hamas officials" the expulsion (174), and "agreed to resume talks"
// the intent to meet (036): intent or a coercive act. The bare agreement beside it said nothing
// more, and aimed at the act's target it made that target a party to the
// agreement ("Belarus agreed with the EU"). An agreement whose infinitive
// codes nothing ("agreed to pay 1 billion yen") stays.
func agreedActCoded(out []event.Event, heads []int, i int, toks []text.Token) bool {
	h := heads[i]
	if out[i].CAMEO != "030" || h < 0 || h >= len(toks) || toks[h].Lemma != "agree" {
		return false
	}
	inner := -1
	for k := h + 1; k < len(toks) && k <= h+5; k++ {
		t := &toks[k]
		if t.Lower == "to" && k+1 < len(toks) && toks[k+1].Tag == "VB" {
			inner = k + 1
			break
		}
		// "agreed on Tuesday to ...", not across a clause or a verb.
		if t.IsVerb() || t.Tag == "," || t.Tag == ":" || t.Lower == "that" || t.Lower == "with" {
			return false
		}
	}
	if inner < 0 {
		return false
	}
	for j := range out {
		g := heads[j]
		if j == i || g < inner || g > inner+6 || out[j].SentenceIndex != out[i].SentenceIndex || out[j].CAMEO == "030" && toks[g].Lemma == "agree" {
			continue
		}
		// A cooperative act agreed (04 to 08) is CAMEO's intent, which
		// the bare agreement stands for where the act was not recoded
		// ("agreed to normalise relations" is 0354, not 050).
		if r := out[j].CAMEORoot; r > "03" && r < "09" {
			continue
		}
		linked := true
		for k := inner + 1; k < g; k++ {
			if toks[k].Tag == "," || toks[k].Tag == "CC" {
				linked = false
				break
			}
		}
		if linked {
			return true
		}
	}
	return false
}

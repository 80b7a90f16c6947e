package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/internal/wordset"
)

// mediationWords go before the "between" of the sides a third party
// stands between: "offered to mediate between", "brokered a truce
// between", "the mediator between".
var mediationWords = wordset.Of(
	"mediate", "mediates", "mediated", "mediating", "mediation", "mediator", "mediators",
	"broker", "brokers", "brokered", "brokering",
	"arbitrate", "arbitrates", "arbitrated", "arbitrating",
	"intercede", "intercedes", "interceded", "interceding",
)

// mediatorOf (S25): the state of the third party a bare phrase is a side
// of, when the phrase stands after the "between" a mediation word governs
// ("Algeria offered to mediate between the junta and ECOWAS", "Qatar
// brokered a truce between the government and the rebels"), or "". A
// mediator is by definition on neither side, so the bare junta, army or
// rebels it stands between are not its own, which the story's count,
// led by the mediator, gave them. The mediator is the nearest state the
// text names before the mediation word. Gated on "between" before the
// phrase.
func mediatorOf(sa *SentenceAnalysis, ph *actor.Phrase) string {
	toks := sa.Sentence.Tokens
	if ph.Start < 3 || ph.Start > len(toks) {
		return ""
	}
	// Back over the sides listed before the phrase to "between".
	k := ph.Start - 1
	for k > 0 && k >= ph.Start-12 {
		t := &toks[k]
		if t.Lower == "between" {
			break
		}
		if t.Tag == "DT" || t.Tag == "JJ" || t.Lower == "and" || t.Lower == "," || t.IsNoun() {
			k--
			continue
		}
		return ""
	}
	if k < 2 || toks[k].Lower != "between" {
		return ""
	}
	// The mediation word within a few words before it: "mediate
	// between", "brokered a ceasefire between", "mediation efforts
	// between".
	m := -1
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if mediationWords.Has(toks[j].Lower) {
			m = j
			break
		}
		if toks[j].Lower == "," || clauseEnd(toks[j].Lower) {
			return ""
		}
	}
	if m < 1 {
		return ""
	}
	// The mediator: the nearest state the text names before it.
	c, end := "", -1
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			q := &sa.Groups[gi].Phrases[pi]
			if q.End <= m && q.End > end && q.Country != "" && !q.Inferred && !q.Modifier {
				c, end = q.Country, q.End
			}
		}
	}
	return c
}

// unsetCountry undoes an inferred country: the phrase is bare again.
func unsetCountry(ph *actor.Phrase) {
	ph.Country, ph.Code, ph.Inferred = "", "---"+strings.Join(ph.Sectors, ""), false
}

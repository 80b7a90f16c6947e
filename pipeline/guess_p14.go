package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// consequenceVerbs say what one thing may bring about: "could lead to",
// "may trigger", "might spark", "risks".
var consequenceVerbs = wordset.Of(
	"lead", "trigger", "spark", "provoke", "cause", "risk", "escalate",
	"spiral", "ignite", "unleash", "plunge", "drag", "result", "touch",
	"precipitate", "invite", "prompt",
)

// guessedConsequence: a hypothetical act named by a noun that is the
// cause or the outcome in a guess at consequences ("The deployment may
// lead to clashes between Indian and Chinese troops", "A US strike on
// Syria could trigger a confrontation with Russia", "An attack on Syria
// may provoke retaliation by Iran"): a modal before a verb of bringing
// about, with the noun as its subject before the modal or its object
// after the verb, and no other verb between. Nobody did or said they
// would do the act; a forecast is no event, whoever writes it. A stated
// threat ("Russia warned that any deployment would trigger a conflict")
// is coded from the warning, which is no noun. (P14)
func guessedConsequence(ev *event.Event, toks []text.Token, h int) bool {
	if !ev.Modality.Hypothetical || ev.Modality.Negated || h < 0 || h >= len(toks) || !toks[h].IsNoun() {
		return false
	}
	lo, hi := h-12, h+10
	if lo < 0 {
		lo = 0
	}
	if hi > len(toks)-1 {
		hi = len(toks) - 1
	}
	for m := lo; m < hi; m++ {
		if toks[m].Tag != "MD" {
			continue
		}
		c := m + 1
		for c < hi && (toks[c].Tag == "RB" || toks[c].Lower == "well") {
			c++
		}
		if !consequenceVerbs.Has(toks[c].Lemma) {
			continue
		}
		if h < m && !verbOrBreakIn(toks, h+1, m) || h > c && !verbOrBreakIn(toks, c+1, h) {
			return true
		}
	}
	return false
}

// verbOrBreakIn: a verb or a clause break lies in toks[from:to].
func verbOrBreakIn(toks []text.Token, from, to int) bool {
	for k := from; k < to; k++ {
		if t := &toks[k]; t.IsVerb() && t.Lower != "to" || t.Lower == ";" || t.Lower == "." {
			return true
		}
	}
	return false
}

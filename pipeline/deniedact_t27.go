package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// deniedActParty gives a denial (016) that found no target, neither of
// its own nor an accuser's (deniedAccuser), the first party of another
// state its sentence names after the denial's verb: the one the denied
// act was done to or the one who told of it ("Turkey rejected claims
// that the killings of Armenians amounted to genocide" TUR→ARM, "the
// Kremlin denied that they had worked against US interests" RUS→USA,
// "Hezbollah denied any role in the strike, which the IDF said the group
// had fired" LBN→ISR). CAMEO aims a denial at the party the denied act
// concerns. The denier's own state's people ("denied that its soldiers
// had torched Rohingya villages") are no such party, and a state named
// only inside a place ("in Gaza City") is not one either unless it is
// an actor of its own, nor is a partner in what the denier did ("denied
// that it had supplied drones to Russia", "bought oil from Islamic
// State"). A party in a clause of its own after ", and" ("..., and
// Ukraine said the evidence was clear") answers the denial, not the
// reverse, and is left to the rules for reactions.
func deniedActParty(ev *event.Event, sa *SentenceAnalysis, head int) {
	if len(ev.Target) > 0 || len(ev.Source) == 0 || head < 0 || ev.Modality.Negated {
		return
	}
	if len(ev.CAMEO) < 3 || ev.CAMEO[:3] != "016" {
		return
	}
	c := ev.Source[0].Country
	if c == "" {
		return
	}
	toks := sa.Sentence.Tokens
	end := len(toks) // the denial's own clause: up to "; " or ", and/but/while"
	for k := head + 1; k < len(toks); k++ {
		if toks[k].Text == ";" || toks[k].Text == "," && k+1 < len(toks) && (toks[k+1].Lower == "and" || toks[k+1].Lower == "but" || toks[k+1].Lower == "while") {
			end = k
			break
		}
	}
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			if ph.Start <= head || ph.Start >= end || ph.Country == "" || ph.Country == c || ph.Inferred || ph.Modifier || placeNamed(toks, ph) || partnerOf(toks, ph.Start) {
				continue
			}
			ev.Target = []event.Actor{toActor(sa.Sentence, *ph, "")}
			return
		}
	}
}

// partnerOf: the phrase at token k follows "to", "from" or "with" (an
// article between allowed): a recipient, a source or a partner of the
// act told, not the one it was done to.
func partnerOf(toks []text.Token, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].Tag == "DT" {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].Lower {
	case "to", "from", "with":
		return true
	}
	return false
}

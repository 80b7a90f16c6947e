package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
)

// betweenParties (S35): a mediation or an offer to mediate (045, 039)
// with no target, whose verb is followed in its clause by a go-between's
// noun and "for X and Y", is aimed at both, as "mediate between X and Y"
// already is (the verb patterns read "between"): "Qatar
// said on Monday it was willing to act as a go-between for the Taliban
// and the United States" QAT→AFG and QAT→USA, where the mediator had no
// target. Only a group of two or more parties of a state or a body
// counts, none of them the mediator's own state.
func betweenParties(ev *event.Event, sa *SentenceAnalysis, head int) {
	if len(ev.Target) > 0 || len(ev.Source) == 0 || head < 0 || !strings.HasPrefix(ev.CAMEO, "045") && !strings.HasPrefix(ev.CAMEO, "039") {
		return
	}
	toks := sa.Sentence.Tokens
	for j := head + 1; j < len(toks) && j <= head+10; j++ {
		if j == head+1 {
			continue // "for" right after the verb is no go-between's
		}
		w := toks[j].Lower
		if w == ";" || w == "," || w == "but" || w == "after" || w == "which" {
			return
		}
		if w != "for" || !mediatorNouns.Has(toks[j-1].Lower) {
			continue
		}
		k := j + 1
		for k < len(toks) && toks[k].Tag == "DT" {
			k++
		}
		gi := groupIn(sa, k, k+1)
		if gi < 0 {
			return
		}
		ps := sa.Groups[gi].Phrases
		if len(ps) < 2 {
			return
		}
		var parties []event.Actor
		for _, ph := range ps {
			if ph.Country == "" && !strings.HasPrefix(ph.Code, "IGO") || ph.Country != "" && ph.Country == ev.Source[0].Country {
				return
			}
			parties = append(parties, toActor(sa.Sentence, ph, ""))
		}
		ev.Target = parties
		return
	}
}

// mediatorNouns name one who stands between two parties.
var mediatorNouns = wordset.Of("go-between", "mediator", "intermediary", "broker", "facilitator", "channel")

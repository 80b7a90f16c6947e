package pipeline

import (
	"github.com/parley-events/parley/event"
)

// requestedArrest: an arrest "at the request of" another state is coded
// as judicial help to that state (063, the verb dictionary's "arrest ...
// at the request of +" line), and it is also an arrest (173) of the one
// held: "Canadian authorities arrested Huawei's chief financial officer
// in Vancouver at the request of the United States" is CAN→USA 063 and
// CAN→CHN 173. The one held is the first actor after the verb and before
// "at"; when none is named the arrest keeps no target.
func (p *Pipeline) requestedArrest(ev *event.Event, sa *SentenceAnalysis, head int) []event.Event {
	toks := sa.Sentence.Tokens
	if ev.CAMEO != "063" || len(ev.Source) == 0 || ev.Modality.Negated || ev.Modality.Hypothetical || head < 0 || head >= len(toks) {
		return nil
	}
	if l := toks[head].Lemma; l != "arrest" && l != "detain" {
		return nil
	}
	at := -1
	for j := head + 1; j+1 < len(toks) && j <= head+20; j++ {
		if w := toks[j].Lower; w == ";" || w == ":" {
			return nil
		}
		if toks[j].Lower == "at" && (toks[j+1].Lower == "the" || toks[j+1].Tag == "NNP" || toks[j+1].Tag == "POS") {
			for k := j + 1; k < len(toks) && k <= j+6; k++ {
				if toks[k].Lower == "request" {
					at = j
					break
				}
			}
			if at >= 0 {
				break
			}
		}
	}
	if at < 0 {
		return nil
	}
	c := *ev
	if !p.recodeEvent(&c, "173") {
		return nil
	}
	c.Target = nil
	for _, g := range sa.Groups {
		for _, ph := range g.Phrases {
			if ph.Start > head && ph.End <= at && !ph.Modifier {
				c.Target = []event.Actor{toActor(sa.Sentence, ph, "")}
				return []event.Event{c}
			}
		}
	}
	return []event.Event{c}
}

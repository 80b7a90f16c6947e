package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// reliefOperation: a named operation a state "launched" to fly relief in
// or to take its people out is no use of force, though "launched ... an
// operation" reads as one: "India launched Operation Maitri, flying
// rescue teams to Nepal", "launched Operation Kaveri to evacuate its
// nationals from Sudan". The 190 is dropped when the same source's aid
// (07) or evacuation (166) follows it in the sentence and the head's
// object is a capitalised "Operation ..." name. "Israel launched
// Operation Protective Edge against Hamas", with no such act after, is
// force as before, as is one launched "against" or "targeting" someone.
func reliefOperation(out []event.Event, i int, heads []int, toks []text.Token) bool {
	ev := &out[i]
	h := heads[i]
	if ev.CAMEO != "190" || h < 0 || len(ev.Source) == 0 || h+1 >= len(toks) || toks[h].Lemma != "launch" {
		return false
	}
	// "launched Operation Maitri": the name right after the verb.
	if toks[h+1].Text != "Operation" {
		return false
	}
	src := ev.Source[0].Country
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || heads[j] <= h || len(o.Source) == 0 || o.Source[0].Country != src {
			continue
		}
		if o.CAMEORoot != "07" && o.CAMEO != "166" {
			continue
		}
		// "launched Operation Peace Spring against Kurdish fighters,
		// sending aid convoys": an enemy named is force all the same.
		for k := h + 2; k < heads[j] && k < len(toks); k++ {
			if w := toks[k].Lower; w == "against" || w == "targeting" {
				return false
			}
		}
		return true
	}
	return false
}

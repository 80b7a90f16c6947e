package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"

	"github.com/parley-events/parley/event"
)

// codedHarm: out[i] is a participle right after a comma that tells what
// the attack its clause has just coded did to people, and the dictionary
// read it with a code of its own, mostly from the weapon named before
// it ("ISIS fighters attacked a military post in Niger with car bombs,
// killing 17 soldiers": 1832 beside the attack's 190, the participle's
// agent only the place's state). harmTwin takes only a bare harm (190);
// such a participle is still the same act, so the two merge as oneAct
// merges them: the more specific code, the agent that is more than the
// place's state, the victims. A harm of its own kind (a mass killing,
// an assassination), another agent's act, victims of another state, and
// a participle after a clause opener stay.
//
//go:noinline
func codedHarm(out []event.Event, i int, heads []int, a *Analysis) bool {
	ev := &out[i]
	if i >= len(heads) || heads[i] < 2 || ev.CAMEO == "190" || !oneActCode(ev.CAMEO) {
		return false
	}
	h := heads[i]
	toks := a.Sentences[ev.SentenceIndex].Sentence.Tokens
	if h >= len(toks) || toks[h].Tag != "VBG" || toks[h-1].Text != "," || !harmLemma(toks[h].Lemma) {
		return false
	}
	j := eventBefore(out, heads, i, h)
	if j < 0 {
		return false
	}
	o := &out[j]
	if !violentRoot(o.CAMEORoot) || !oneActCode(o.CAMEO) || strings.HasPrefix(o.CAMEO, "181") || strings.HasPrefix(o.CAMEO, "182") || !sameMood(o.Modality, ev.Modality) {
		return false
	}
	if !oneClause(toks, heads[j]+1, h-1) {
		return false
	}
	if !oneActSides(o, ev) {
		// The place's state the agentless rule gave the participle is
		// no agent beside the attack's ("ISIS fighters ... in Niger, with
		// car bombs, killing": NER); the victims must still be the
		// attack's target's.
		if !bareState(ev.Source) || ev.Location == nil || ev.Source[0].Country != actor.CameoCountry(ev.Location.Country) || len(o.Source) == 0 {
			return false
		}
		for _, v := range ev.Target {
			if v.Country != "" && len(o.Target) > 0 && !hasActorCountry(o.Target, v.Country) {
				return false
			}
		}
		ev.Source = nil
	}
	mergeAct(o, ev)
	return true
}

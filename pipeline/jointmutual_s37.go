package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
)

// jointMutual (S37): an act of force (19) or a cut (16) by two or three
// states named together whose only target is one of them is each state's
// act towards the others: "Kyrgyz and Tajik border troops fought with
// mortars ... along the Batken border" KGZ→TJK and TJK→KGZ (was
// KGZ+TJK→KGZ, the place's state), "Egypt, Ethiopia and Sudan broke off
// talks on the giant Nile dam" EGY→ETH+SDN, ETH→EGY+SDN, SDN→EGY+ETH (was
// EGY+ETH+SDN→SDN, the capital named after). States that fight or break
// off talks together, with no one else named as the aim, fight or break
// with each other; a member of the joint source is never its own target.
// The coded event keeps the first source and mirrors of it are appended,
// as mutualPair does. It returns out and heads with the mirrors appended.
func (p *Pipeline) jointMutual(out []event.Event, heads []int, sas []SentenceAnalysis) ([]event.Event, []int) {
	n := len(out)
	for i := 0; i < n; i++ {
		base := out[i]
		ev := &base
		if heads[i] < 0 || ev.Mirror != "" || ev.Modality.Negated || len(ev.Source) < 2 || len(ev.Source) > 3 || len(ev.Target) == 0 {
			continue
		}
		if ev.CAMEORoot != "19" && ev.CAMEORoot != "16" {
			continue
		}
		states := map[string]bool{}
		for _, s := range ev.Source {
			if s.Country == "" || !p.isState(s.Country) || states[s.Country] {
				states = nil
				break
			}
			states[s.Country] = true
		}
		if states == nil {
			continue
		}
		inside := true
		for _, t := range ev.Target {
			// the state itself or a place in it ("along the Batken
			// border"), not a party of its own ("an al Shabaab camp")
			inside = inside && states[t.Country] && t.Sector == ""
		}
		toks := sas[ev.SentenceIndex].Sentence.Tokens
		if !inside || heads[i] >= len(toks) || !mutualLemmas.Has(toks[heads[i]].Lemma) {
			continue
		}
		srcs := ev.Source
		for k := range srcs {
			var others []event.Actor
			for m := range srcs {
				if m != k {
					others = append(others, srcs[m])
				}
			}
			if k == 0 {
				continue
			}
			rev := base
			rev.Source = []event.Actor{srcs[k]}
			rev.Target = inherited(others)
			rev.Mirror = ev.ID
			rev.ID = nextID(out, ev)
			out = append(out, rev)
			heads = append(heads, heads[i])
		}
		var others []event.Actor
		for m := 1; m < len(srcs); m++ {
			others = append(others, srcs[m])
		}
		out[i].Source = []event.Actor{srcs[0]}
		out[i].Target = inherited(others)
	}
	return out, heads
}

// mutualLemmas: verbs that two parties named together do to each other
// ("fought", "clashed", "traded fire", "broke off talks"), unlike a joint
// act on a third party ("recaptured the town from insurgents").
var mutualLemmas = wordset.Of("fight", "clash", "skirmish", "exchange", "trade", "battle", "break", "suspend", "sever", "cut", "halt")

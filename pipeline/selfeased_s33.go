package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// selfEased (S33): economic sanctions, tariffs or an embargo a state
// eases (085) were laid on someone else, never on itself (unlike a
// curfew or an emergency lifted, 081, which a state eases for its own
// people); a target of the easer's
// own country comes from its own words ("Washington dropped its tariff
// threat", "ending the US sanctions programme on Syria"). The target is
// the state after "on" in the clause ("on Syria"), else the one other
// state the sentence names, the party whose concession the easing
// answers ("after Mexico agreed to deploy troops", "Colombia agreed to
// accept the flights, and the White House put the tariffs on hold");
// with none or several, no one.
func (p *Pipeline) selfEased(ev *event.Event, sa *SentenceAnalysis, head int) {
	if len(ev.Source) == 0 || len(ev.Target) == 0 || !strings.HasPrefix(ev.CAMEO, "085") {
		return
	}
	src := ev.Source[0].Country
	if src == "" {
		return
	}
	for _, a := range ev.Target {
		if a.Country != src {
			return
		}
	}
	toks := sa.Sentence.Tokens
	// "sanctions on Syria": the state right after "on" in the clause.
	for k := head + 1; k+1 < len(toks) && k <= head+10; k++ {
		w := toks[k].Lower
		if w == "," || w == ";" || toks[k].IsVerb() && k > head+1 {
			break
		}
		if w != "on" && w != "against" {
			continue
		}
		j := k + 1
		if toks[j].Tag == "DT" && j+1 < len(toks) {
			j++
		}
		if gi := groupIn(sa, j, j+1); gi >= 0 {
			if ps := sa.Groups[gi].Phrases; len(ps) > 0 && ps[0].Country != "" && ps[0].Country != src {
				ev.Target = []event.Actor{toActor(sa.Sentence, ps[0], "")}
				return
			}
		}
		break
	}
	other := -1
	for gi := range sa.Groups {
		for _, ph := range sa.Groups[gi].Phrases {
			if ph.Country == "" || ph.Country == src || !p.isState(ph.Country) {
				continue
			}
			if other >= 0 && sa.Groups[other].Phrases[0].Country != ph.Country {
				ev.Target = ev.Target[:0]
				return // two other states: no telling
			}
			if other < 0 {
				other = gi
			}
		}
	}
	if other < 0 || sa.Groups[other].Phrases[0].Country == src {
		ev.Target = ev.Target[:0]
		return
	}
	ev.Target = []event.Actor{toActor(sa.Sentence, sa.Groups[other].Phrases[0], "")}
}

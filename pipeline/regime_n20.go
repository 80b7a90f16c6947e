package pipeline

import (
	"github.com/parley-events/parley/actor"
)

// regimeNoun: the nouns by which the press names a state's government
// again once it has named the state ("the junta", "the regime", "the
// military rulers", "the government").
func regimeNoun(w string) bool {
	switch w {
	case "junta", "regime", "rulers", "government", "administration":
		return true
	}
	return false
}

// reactedState: a bare "the junta" ("the regime", "the military rulers",
// "the government") in a clause that explains a state's reaction to
// another ("France condemned Mali after the junta expelled its
// ambassador", "Canada criticised Venezuela after the government jailed
// opposition leaders") is the government of the state reacted to: the
// main clause's one object state, whose government did what the
// subject answers. The refusal of two named states (sentenceState) left
// it uncoded. Only when the main clause has a state as its subject and
// one state, alone, as its object, and the clause of the anaphor names
// no state before it; an object that is two states ("condemned Mali and
// Burkina Faso after the junta ...") or a main clause naming one state
// only leaves it uncoded (N20).
func (p *Pipeline) reactedState(sa *SentenceAnalysis, ph *actor.Phrase) string {
	toks := sa.Sentence.Tokens
	if len(ph.Sectors) != 1 || ph.Sectors[0] != "GOV" || ph.Start < 4 || ph.End > len(toks) || !regimeNoun(toks[ph.End-1].Lower) {
		return ""
	}
	at := ph.Start
	if toks[at].Lower != "the" {
		at--
	}
	if toks[at].Lower != "the" {
		return ""
	}
	sub := at - 1
	switch toks[sub].Lower {
	case "after", "when", "because", "since", "following", "as":
	default:
		return ""
	}
	subject, object := "", ""
	verb := false
	for gi := range sa.Groups {
		g := &sa.Groups[gi]
		if g.Start >= ph.Start {
			break
		}
		for pi := range g.Phrases {
			o := &g.Phrases[pi]
			if o.Country == "" || o.Inferred || o.Modifier || !p.isState(o.Country) {
				continue
			}
			if o.Start > sub {
				return "" // a state in the anaphor's own clause before it
			}
			switch {
			case !verb && subject == "":
				subject = o.Country
			case !verb:
				return "" // two subjects
			case object != "" || len(g.Phrases) != 1:
				return "" // two objects, or a coordination
			default:
				object = o.Country
			}
		}
		if subject != "" && !verb {
			for k := g.End; k < sub; k++ {
				if toks[k].IsVerb() {
					verb = true
					break
				}
			}
		}
	}
	if subject == "" || object == "" || object == subject {
		return ""
	}
	return object
}

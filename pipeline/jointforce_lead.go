package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// jointForce: an act of force or an arrest done by two states' forces
// together ("French and Malian soldiers killed 20 jihadists in a joint
// raid", "Nigerian and Chadian troops jointly cleared Boko Haram camps",
// "Spain and Morocco dismantled a jihadist cell in a joint operation") is
// also their cooperation with each other: military cooperation (062), or
// judicial cooperation (063) when every side is police or a court. The
// verb lines code "launched a joint operation" as 062 already; the
// adverb and the adjunct leave the partnership to the act's own code,
// which says nothing of it.
func (p *Pipeline) jointForce(ev *event.Event, toks []text.Token, head int) []event.Event {
	if ev.CAMEORoot < "17" || len(ev.Source) < 2 || ev.Modality.Negated || ev.Modality.Hypothetical {
		return nil
	}
	if !jointWord(toks, head) && !jointSubject(toks, head) { // jointsubject_c23.go
		return nil
	}
	code := "063"
	for _, a := range ev.Source {
		if a.Country == "" {
			return nil // "police and unknown gunmen": no partnership of states
		}
		if a.Sector != "COP" && a.Sector != "JUD" {
			code = "062"
		}
	}
	coop := *ev
	if !p.recodeEvent(&coop, code) {
		return nil
	}
	return pairEvents(coop, ev.Source, []event.Actor{}, func(x, y event.Actor) bool { return x.Country == y.Country })
}

// jointNouns are the operations a "joint" adjective makes shared.
var jointNouns = wordset.Of(
	"operation", "operations", "raid", "raids", "offensive", "assault",
	"strike", "strikes", "patrol", "patrols", "mission", "campaign",
	"crackdown", "sweep", "ambush", "attack", "attacks", "action",
)

// jointWord: "jointly" near the act's verb, or a "joint" or "combined"
// operation after it in its clause.
func jointWord(toks []text.Token, head int) bool {
	for k := head - 2; k < len(toks) && k <= head+14; k++ {
		if k < 0 {
			continue
		}
		if k > head && (toks[k].Lower == ";" || toks[k].Tag == "CC" && k+1 < len(toks) && toks[k+1].IsVerb()) {
			return false // another clause
		}
		if k > head && jointClauseOpeners.Has(toks[k].Lower) {
			// "bombed Idlib, weeks after a joint Turkish-Russian patrol
			// was agreed": the joint act is the time clause's (R20)
			return false
		}
		switch toks[k].Lower {
		case "jointly":
			return true
		case "joint", "combined":
			if jointNounAfter(toks, k) {
				return true
			}
		}
	}
	return false
}

// jointClauseOpeners open a clause of its own after the act, whose
// "joint" operation is another act: a time, cause or concession clause.
var jointClauseOpeners = wordset.Of("after", "before", "since", "when", "while", "whilst", "despite", "although", "though",
	"because", "until", "following", "amid", "whereas", "unlike")

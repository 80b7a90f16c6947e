package pipeline

import (
	"github.com/parley-events/parley/event"
)

// ownedObject (S34): an act with no target whose object is a thing a
// state owns, told with the state's possessive or adjective ("threatened
// to blockade Taiwan's ports", "warned that Israel would strike Iran's
// nuclear facilities", "threatens tariffs on all Mexican imports",
// "demanded an end to the American embargo"), is aimed at that state:
// a thing's owner is the party acted on, as "struck Iranian nuclear
// sites" already is. Only the first state phrase of the head's clause
// after the verb counts, a bare state (no sector, no region such as
// "Western"), and not the actor's own state; a comma or a clause word before it ends the search.
func (p *Pipeline) ownedObject(ev *event.Event, sa *SentenceAnalysis, head int) {
	if len(ev.Target) > 0 || len(ev.Source) == 0 || head < 0 || !ownedRoot(ev.CAMEORoot) {
		return
	}
	c := ev.Source[0].Country
	toks := sa.Sentence.Tokens
	for j := head + 1; j < len(toks) && j <= head+8; j++ {
		switch toks[j].Lower {
		case ",", ";", ".", "and", "but", "while", "as", "after", "before", "because", "which", "who", "that", "if", "unless", "when":
			return
		}
		gi := groupIn(sa, j, j+1)
		if gi < 0 {
			continue
		}
		ps := sa.Groups[gi].Phrases
		if len(ps) != 1 {
			return
		}
		ph := ps[0]
		owner := ph.Modifier && thingModifier(toks, ph.End) || ph.End < len(toks) && (toks[ph.End].Tag == "POS" || toks[ph.End].Lower == "'s")
		if ph.Start > 0 && (locative(toks[ph.Start-1].Lower) || toks[ph.Start-1].Lower == "from" || toks[ph.Start-1].Lower == "neighbouring" || toks[ph.Start-1].Lower == "neighboring") {
			return // a place the act starts from or happens in, not a thing owned
		}
		if !owner || ph.Country == "" || ph.Country == c || len(ph.Sectors) > 0 || ph.Inferred || !p.isState(ph.Country) {
			return
		}
		a := toActor(sa.Sentence, ph, "")
		a.Code = ph.Country
		ev.Target = []event.Actor{a}
		return
	}
}

// ownedRoot: the roots of acts aimed at a party through what it owns:
// demands, disapproval, rejection, threats, reduced relations and force.
func ownedRoot(r string) bool {
	switch r {
	case "10", "11", "12", "13", "16", "17", "19":
		return true
	}
	return false
}

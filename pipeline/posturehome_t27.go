package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
)

// postureAtHome gives a raised alert or a mobilisation of soldiers or
// police (151-154) that is aimed at no one its sentence names the agent's
// own state: "Sweden raised its terrorism alert after Koran burnings in
// Stockholm", "the government imposed a curfew and deployed the army amid
// deadly clashes", "Nigeria deployed troops to the southeast after gunmen
// attacked police stations". CAMEO's coders keep such domestic acts in
// the state (X→X), as they do a curfew or a state of emergency
// (domesticTarget); the dev sets code 26 of 27 untargeted posture acts
// so. It runs after every rule that finds an aim (reasonTarget's "after
// Indian jets struck", a place, a border, an answered attack), and only
// when the sentence names no actor or place of another state: "put its
// forces on alert because of the war in Ukraine" may be aimed abroad, and
// a show of force at sea ("sent a carrier to the Mediterranean") or at a
// border is no state's own affair; nor is one whose state the sentence
// does not name itself (a bare "the president" of a later sentence). Plain shows of force (150: drills, missile tests)
// are left alone: a test in one's own desert is aimed at no one.
func (p *Pipeline) postureAtHome(ev *event.Event, sa *SentenceAnalysis) {
	c := ev.CAMEO
	if len(ev.Target) > 0 || len(ev.Source) == 0 || ev.Source[0].Country == "" || len(c) < 3 || !strings.HasPrefix(c, "15") || c[2] < '1' || c[2] > '4' || waterBody(ev) {
		return
	}
	own := ev.Source[0].Country
	for _, a := range ev.Source[1:] {
		if a.Country != own {
			return // two states' forces: no one state's own affair
		}
	}
	for _, t := range sa.Sentence.Tokens {
		switch t.Lemma {
		case "border", "frontier", "boundary":
			// "deployed army units to its southern border": a border
			// post faces the state beyond it, named or not.
			return
		}
	}
	home := false // the sentence itself names the agent's state
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			if ph := &sa.Groups[gi].Phrases[pi]; ph.Country != "" && !ph.Inferred {
				if ph.Country != own {
					return
				}
				home = true
			}
		}
	}
	if gp, ok := p.Places.(GeoPlacer); ok {
		for _, m := range sa.plainMentions(gp.G) {
			if m.Best == nil || m.Best.Country == "" {
				continue
			}
			if actor.CameoCountry(m.Best.Country) != own {
				return
			}
			home = true
		}
	}
	if !home {
		// "Russian jets bombed Gori. The president ordered a general
		// mobilisation": a state known only from the story may be
		// answering the other state of the sentences before.
		return
	}
	ev.Target = p.stateSide(own)
}

// homeDeployment: a posture act that goes nowhere beyond its agent's own
// state: no place found for it, or a place of that state, and not at sea.
// Its aim is then not where it goes, and an "after" clause naming
// another state's act may give it (reasonTarget).
func homeDeployment(ev *event.Event) bool {
	if len(ev.Source) == 0 || ev.Source[0].Country == "" || waterBody(ev) {
		return false
	}
	l := ev.Location
	return l == nil || l.Country == "" || actor.CameoCountry(l.Country) == ev.Source[0].Country
}

package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// ownAbroad (S35C): an act whose only target is the actor's own state or
// its own people ("Uganda threatened to pull its troops out of the
// African Union force in Somalia", "Cuba sent a team of 165 doctors and
// nurses to Sierra Leone") and that its own words place in another state
// is aimed at that state: what a state sends, withdraws or keeps abroad
// is the means of its act, and the state where it lands is the party.
// Only a place named after the verb in the verb's clause (no comma
// between) counts, and only a state; a dateline, a speech's venue or a
// place in the actor's own state leaves the event as it was. A symbolic
// act (017, S36C) abroad is aimed at the host even when its target came
// out as the bare own state: a wreath laid at a foreign memorial honours
// the host's dead, and "the victims" it names lend only the actor's state.
func (p *Pipeline) ownAbroad(ev *event.Event) {
	switch {
	case ev.CAMEORoot == "07", strings.HasPrefix(ev.CAMEO, "033"), strings.HasPrefix(ev.CAMEO, "0874"), strings.HasPrefix(ev.CAMEO, "136"), strings.HasPrefix(ev.CAMEO, "166"), ev.CAMEO == "017":
	default:
		return // other acts on the actor's own people are at home wherever they happen
	}
	if len(ev.Target) == 0 || len(ev.Source) == 0 || waterBody(ev) {
		return
	}
	c := ownSidesOnly(ev, ev.CAMEO == "017")
	if c == "" {
		return
	}
	pc := placeAfterVerb(ev)
	if pc == "" || pc == c || !p.isState(pc) {
		return
	}
	ev.Target = placeActor(ev, pc)
}

// ownSidesOnly is the state of an event whose sources are all of one
// state and whose targets are all that state's own people or forces, or
// "". The bare state itself as a target ("Russia") counts only with
// bareState: it names the state as a party, not its people.
func ownSidesOnly(ev *event.Event, bareState bool) string {
	c := ev.Source[0].Country
	if c == "" {
		return ""
	}
	for _, s := range ev.Source {
		if s.Country != c {
			return ""
		}
	}
	for _, t := range ev.Target {
		if t.Country != c || t.Code == c && !bareState {
			return ""
		}
	}
	return c
}

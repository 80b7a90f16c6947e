package pipeline

import "github.com/parley-events/parley/event"

// thirdPlace (lead, session 36): a plain meeting (040) between sides of
// two states, held by its own words in a third state ("Trump met Putin in
// Helsinki", "Israeli and Palestinian negotiators met in Oslo"), is
// CAMEO's meeting at a third location (044). Only 040 moves: a visit
// (042), a host (043), a mediation (045) or negotiations (046) already
// say more than where. The place must be named after the verb in its own
// clause (placeAfterVerb), so a dateline or a speech's venue does not
// count, and every party must be a state's: a body of states has no home
// to be away from ("EU and Chinese leaders met in Brussels").
func (p *Pipeline) thirdPlace(ev *event.Event) {
	if ev.CAMEO != "040" || len(ev.Source) == 0 || len(ev.Target) == 0 || waterBody(ev) {
		return
	}
	c := placeAfterVerb(ev)
	if c == "" || !p.isState(c) {
		return
	}
	for _, side := range [][]event.Actor{ev.Source, ev.Target} {
		for _, a := range side {
			if a.Country == "" || a.Country == c || !p.isState(a.Country) {
				return
			}
		}
	}
	p.recodeEvent(ev, "044")
}

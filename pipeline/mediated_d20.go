package pipeline

import "github.com/parley-events/parley/event"

// mediatedOthers: a mediation (045) that found no parties, neither its own
// nor as a listed mediator of the sentence's meeting or agreement, mediates
// between the sides of the sentence's other act when the mediator is on
// neither side: "Hamas released 24 hostages on the first day of a truce
// mediated by Qatar" (PSE and ISR), "cut ties with Qatar and imposed a
// blockade that Kuwait tried to mediate" (SAU and QAT), "restored
// relations in a deal that Kuwait had brokered". A broker is a third party
// to the act it brokers, so an act the mediator does itself ("Egypt, which
// mediated the truce, condemned the strike") gives it no parties.
func mediatedOthers(out []event.Event, i int) {
	ev := &out[i]
	if ev.CAMEO != "045" || len(ev.Target) != 0 || len(ev.Source) == 0 {
		return
	}
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || o.CAMEO == "045" || o.CAMEORoot == "01" || len(o.Source) == 0 || len(o.Target) == 0 {
			continue
		}
		if sharesCode(o.Source, ev.Source) || sharesCode(o.Target, ev.Source) {
			continue
		}
		var parties []event.Actor
		for _, a := range append(append([]event.Actor(nil), o.Source...), o.Target...) {
			if a.Country == "" {
				parties = nil
				break // an unknown party: whose dispute is unclear
			}
			if !hasActorCode(parties, a.Code) {
				parties = append(parties, a)
			}
		}
		if len(parties) < 2 {
			continue // a side acting on itself is no dispute to broker
		}
		ev.Target = inherited(parties)
		return
	}
}

// sharesCode: a state on both lists, compared by country so that the
// mediator's envoy and its government are one party.
func sharesCode(as, bs []event.Actor) bool {
	for _, a := range as {
		for _, b := range bs {
			if a.Code == b.Code || a.Country != "" && a.Country == b.Country {
				return true
			}
		}
	}
	return false
}

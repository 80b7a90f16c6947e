package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// mutualHosted (S35): hostedParties for any mutual act and for
// mediators. A host's or a mediator's act (043, 045, 039) by a state
// with no target, in a sentence that tells a mutual act of two other
// parties (a pair of events each the mirror of the other, as reciprocal
// patterns and mutualPair code them), is aimed at those two: "Beijing
// ... scored a diplomatic coup ... by hosting the talks in which Riyadh
// and Tehran agreed to restore ties" CHN→SAU and CHN→IRN, "Israeli and
// Palestinian leaders agreed ... to take steps to end three weeks of
// violence, after talks hosted by Egyptian President Hosni Mubarak"
// EGY→ISR and EGY→PSE, where the host had no target. The parties a host
// brings together are its guests; a mediator's are the ones it mediates
// between. The host as a party itself, a party of no state, or more
// than one pair leave it alone.
func mutualHosted(out []event.Event, i int, heads []int) {
	ev := &out[i]
	if heads[i] < 0 || len(ev.Target) > 0 || len(ev.Source) == 0 {
		return
	}
	switch {
	case strings.HasPrefix(ev.CAMEO, "043"), strings.HasPrefix(ev.CAMEO, "045"), strings.HasPrefix(ev.CAMEO, "039"):
	default:
		return
	}
	host := ev.Source[0].Country
	if host == "" {
		return
	}
	var parties []event.Actor
	for j := range out {
		o := &out[j]
		if j == i || heads[j] < 0 || o.Mirror == "" || o.StoryID != ev.StoryID || o.SentenceIndex != ev.SentenceIndex || len(o.Source) != 1 || len(o.Target) != 1 {
			continue
		}
		if o.Source[0].Country == host || o.Target[0].Country == host || o.Source[0].Country == "" || o.Target[0].Country == "" {
			return // the host is a party itself, or a party of no state
		}
		for _, a := range []event.Actor{o.Source[0], o.Target[0]} {
			if !hasActorCountry(parties, a.Country) {
				parties = append(parties, a)
			}
		}
	}
	if len(parties) != 2 {
		return // no mutual act, or more than one pair: whose is unclear
	}
	for k := range parties {
		parties[k].Start, parties[k].End = -1, -1
	}
	ev.Target = parties
}

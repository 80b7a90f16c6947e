package pipeline

import (
	"slices"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// brokerSide takes the broker out of the act it brokered: "the army and
// the RSF signed a ceasefire brokered by Saudi Arabia", "exchanged
// prisoners in a deal brokered by the Red Cross", "agreed to disarm under
// a ceasefire mediated by Russian peacekeepers". A party named after
// "brokered by" or "mediated by" stands between the sides (its own
// mediation, 045, is coded apart), so a side of another act that is only
// that broker is the other side's own: when the sentence names one state
// besides the broker, the parties that signed, swapped or disarmed are
// that state's, and the act is among them. Acts with a side of a third
// state, or with the broker on both sides, are left.
func brokerSide(ev *event.Event, sa *SentenceAnalysis) {
	if ev.CAMEO == "045" || len(ev.Source) == 0 || len(ev.Target) == 0 {
		return
	}
	toks := sa.Sentence.Tokens
	srcBroker, tgtBroker := allBrokered(ev.Source, toks), allBrokered(ev.Target, toks)
	if srcBroker == tgtBroker {
		return
	}
	side, other := &ev.Source, ev.Target
	if tgtBroker {
		side, other = &ev.Target, ev.Source
	}
	c := other[0].Country
	if c == "" {
		// "Government troops pulled out under a ceasefire brokered by
		// Qatar": the broker is not the side the act is aimed at or
		// done by, and the other side's state is unknown (T31).
		*side = nil
		return
	}
	for _, a := range other {
		if a.Country != c {
			return
		}
	}
	brokers := make([]string, 0, len(*side))
	for _, a := range *side {
		brokers = append(brokers, a.Country)
	}
	for gi := range sa.Groups {
		for pi := range sa.Groups[gi].Phrases {
			ph := &sa.Groups[gi].Phrases[pi]
			if !ph.Inferred && ph.Country != "" && ph.Country != c && !slices.Contains(brokers, ph.Country) && !brokeredAt(toks, tokenAt(toks, ph.Start)) {
				return // a third state: the act may be between others
			}
		}
	}
	*side = slices.Clone(other)
}

// allBrokered: every actor is a broker (brokeredAt: named after
// "brokered by" or "mediated by", or later in that list).
func allBrokered(as []event.Actor, toks []text.Token) bool {
	for _, a := range as {
		if a.Start < 0 || !brokeredAt(toks, tokenAt(toks, a.Start)) {
			return false
		}
	}
	return true
}

package pipeline

import "github.com/parley-events/parley/event"

// pronounOwnState: the party the clause before acted on is of the very
// state that is the pronoun clause's subject ("Algeria recalled its envoy
// from Mali after the junta accused it of meddling": the junta is Mali's).
// English binds no object pronoun to its own clause's subject (that would
// be "itself"), and a state's government or capital is that state, so
// "it" is the other party of the clause before, its subject, when that
// is of another state (N21). It returns false, leaving pronounTarget's
// reading, when the two parties do not split so.
func pronounOwnState(ev, prev *event.Event) bool {
	if len(ev.Source) != 1 || len(prev.Source) != 1 || len(prev.Target) != 1 {
		return false
	}
	if s := prev.Target[0].Sector; s != "" && s != "GOV" {
		// people of the state are no state: "deported four Japanese
		// suspects, and Tokyo police arrested them" (dev17)
		return false
	}
	c := ev.Source[0].Country
	if c == "" || prev.Target[0].Country != c || prev.Source[0].Country == "" || prev.Source[0].Country == c {
		return false
	}
	ev.Target = append([]event.Actor(nil), prev.Source...)
	return true
}

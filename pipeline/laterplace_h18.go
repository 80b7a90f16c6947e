package pipeline

import "github.com/parley-events/parley/event"

// laterPlace: an event no actor takes part in ("The killing of a teenager
// in Nanterre sparked riots across France") was placed in a town named
// inside its subject, before its verb, which is where the cause happened
// and gives no target (placeAsTarget reads places before the verb only
// for harm), so the event went. A country named after the verb as its
// place ("across France", "in Iran") is where this event happened: it is
// the event's place instead. Harm with no one named keeps its scene.
func (p *Pipeline) laterPlace(sa *SentenceAnalysis, ev *event.Event, l *event.Location, head int) *event.Location {
	if l == nil || head < 0 || len(ev.Source)+len(ev.Target)+len(ev.Participants) > 0 || l.Start >= ev.Evidence.Verb.Start || unnamedHarm(ev) {
		return l
	}
	if r := ev.CAMEORoot; r != "08" && (r < "14" || r > "20") {
		return l
	}
	if c := p.countryPlace(sa, head); c != nil && c.Start > ev.Evidence.Verb.End {
		return c
	}
	return l
}

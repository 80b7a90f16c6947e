package pipeline

import (
	"strings"

	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
)

// placeHost (S34): a pledge, a meeting or a cooperative act (03, 04, 05)
// with no target, placed by its own words in another state than its
// actor's ("Moscow would scale back military operations around Kyiv",
// "apologised for the genocide of the Herero and Nama peoples in
// Namibia", "held talks in Damascus"), is aimed at that state, as a
// visit is at its host (placeAsTarget). Only a place named after the
// verb in its own clause (no comma between) counts, and only a state: a
// dateline, a speech's venue, or the actor's own state names no other
// party.
func (p *Pipeline) placeHost(ev *event.Event) {
	switch ev.CAMEORoot {
	case "03", "04", "05":
	default:
		return
	}
	switch ev.CAMEO[:3] {
	case "036", "043", "045":
		// a meeting planned names its host by its destination only
		// (placeAsTarget: "will attend a summit in Kazan" is no trip to
		// Russia); a host's own venue is no guest ("Oman hosted the
		// meeting in Geneva"); a mediator's parties are the ones it
		// brings together, not where it is reported from.
		return
	}
	if len(ev.Target) > 0 || len(ev.Source) == 0 || waterBody(ev) {
		return
	}
	if venueNotParty(ev) {
		// V40: the parties are named otherwise; the place is a venue.
		// One state's own parties named by a plural ("Sudan's warring
		// parties held talks in Jeddah") deal with each other.
		if s := ev.Source[0]; len(ev.Source) == 1 && s.Country != "" && pluralParties(s.Text) {
			ev.Target = []event.Actor{s}
		}
		return
	}
	c := placeAfterVerb(ev)
	if c == "" || !p.isState(c) {
		return
	}
	for _, s := range ev.Source {
		if s.Country == "" || s.Country == c {
			return
		}
	}
	ev.Target = placeActor(ev, c)
}

// placeAfterVerb is the state code of the event's place when its own words
// name it after the verb, in the verb's clause (no comma or semicolon
// between), or "". A dateline comes before the verb, and a place after a
// comma is a speech's venue ("pledged ..., Kishida told the summit in
// Glasgow"), neither of them where the act was aimed.
func placeAfterVerb(ev *event.Event) string {
	l := ev.Location
	if l == nil || l.Country == "" || l.Start < ev.Evidence.Verb.Start {
		return ""
	}
	if v := ev.Evidence.Verb; v.End > l.Start || l.Start > len(ev.Sentence) || strings.ContainsAny(ev.Sentence[v.End:l.Start], ",;") {
		return ""
	}
	return actor.CameoCountry(l.Country)
}

// placeActor is the event's place as the actor of state c.
func placeActor(ev *event.Event, c string) []event.Actor {
	l := ev.Location
	return []event.Actor{{Text: safeSlice(ev.Sentence, l.Start, l.End), Code: c, Country: c, Start: l.Start, End: l.End}}
}

package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
)

// lawSectors are the bodies whose charge is a legal one: police,
// prosecutors, courts and security services.
func lawSide(as []event.Actor) bool {
	if len(as) == 0 {
		return false
	}
	for _, a := range as {
		if a.Sector != "COP" && a.Sector != "JUD" && a.Sector != "SPY" {
			return false
		}
	}
	return true
}

// chargedVerb: the event's verb is a form of "charge".
func chargedVerb(ev *event.Event) bool {
	w := strings.ToLower(ev.Evidence.Verb.Text)
	return w == "charged" || w == "charges" || w == "charge" || w == "charging"
}

// legalCharge: police, prosecutors or a court that "charged" someone
// "with" an act bring a legal charge (173, as the dev sets code "German
// prosecutors charged two men with plotting sabotage"), not an
// accusation in words (112), which an opposition's or a state's charge
// stays ("the opposition charged the government with corruption").
func (p *Pipeline) legalCharge(ev *event.Event) {
	if ev.CAMEO != "112" || !chargedVerb(ev) || !lawSide(ev.Source) || !strings.Contains(ev.Sentence[ev.Evidence.Verb.End:], " with ") {
		return
	}
	if batonCharge(ev) { // batoncharge_r21.go
		p.recodeEvent(ev, "175")
		return
	}
	p.recodeEvent(ev, "173")
}

// chargedAct: the act a gerund after "charged X with" names ("charged
// three men with assisting Hong Kong's intelligence service") is what
// the defendants are charged with, not an act of the police who charged
// them, so an event of that verb with the charge's source is dropped.
func chargedAct(out []event.Event, i int) bool {
	ev := &out[i]
	v := ev.Evidence.Verb
	if v.Start < 6 || v.Start > len(ev.Sentence) || !strings.HasSuffix(ev.Sentence[:v.Start], " with ") || !strings.HasSuffix(strings.ToLower(v.Text), "ing") {
		return false
	}
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || !chargedVerb(o) || o.Evidence.Verb.Start >= v.Start || !sameCountries(o.Source, ev.Source) {
			continue
		}
		// nothing but the charged people between the charge and "with"
		if between := ev.Sentence[o.Evidence.Verb.End:v.Start]; strings.Count(between, " ") <= 8 && !strings.ContainsAny(between, ",;") {
			return true
		}
	}
	return false
}

package pipeline

import "github.com/parley-events/parley/event"

// answeredAppeal: aid sent with no receiver named in its clause, in a
// sentence where another state appeals for aid (023) or lets aid in
// (0863), goes to that state: "Libya appealed for international help
// after the floods in Derna, and Egypt sent rescue teams" is EGY→LBY 073,
// as "Indonesia accepted foreign aid after the quake, and Singapore flew
// in medical teams" is SGP→IDN. Only a receiver of another country than
// the giver's, and only one: two appealing states leave the aid as it is.
func answeredAppeal(out []event.Event, i int) {
	ev := &out[i]
	if ev.CAMEORoot != "07" || len(ev.Target) > 0 || len(ev.Source) == 0 || ev.Modality.Negated {
		return
	}
	giver := ev.Source[0].Country
	var recv []event.Actor
	for j := range out {
		a := &out[j]
		if j == i || a.SentenceIndex != ev.SentenceIndex || a.Modality.Negated || len(a.Source) == 0 {
			continue
		}
		if !(len(a.CAMEO) == 4 && a.CAMEO[:3] == "023" || a.CAMEO == "023" || a.CAMEO == "0863") {
			continue
		}
		c := a.Source[0].Country
		if c == "" || c == giver || !allCountry(a.Source, c) {
			continue
		}
		if recv != nil && recv[0].Country != c {
			return
		}
		recv = a.Source
	}
	if recv != nil {
		ev.Target = append([]event.Actor(nil), recv...)
	}
}

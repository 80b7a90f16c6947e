package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
)

// protestHome (S34): a protest told by its own noun with no protester
// named ("protests erupted in Kampala", "a national strike brought
// Belgium to a standstill", "riots broke out in Noumea") is made by the
// people of the state where it happens, aimed at their own state: the
// dev sets code such protests X→X throughout, where the source was left
// empty. Only a protest placed in the one state that is its whole target
// counts: one placed elsewhere or aimed at another state ("protests in
// London against China") names no protester's state this way.
func (p *Pipeline) protestHome(ev *event.Event) {
	if ev.CAMEORoot != "14" || len(ev.Source) > 0 || len(ev.Target) == 0 {
		return
	}
	l := ev.Location
	if l == nil || l.Country == "" {
		return
	}
	c := actor.CameoCountry(l.Country)
	if !p.isState(c) {
		return
	}
	for _, a := range ev.Target {
		if a.Country != c {
			return
		}
	}
	ev.Source = []event.Actor{{Text: safeSlice(ev.Sentence, l.Start, l.End), Code: c, Country: c, Start: l.Start, End: l.End}}
}

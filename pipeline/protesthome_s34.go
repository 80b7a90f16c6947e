package pipeline

import (
	"strings"

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
	if ev.CAMEORoot != "14" || len(ev.Target) == 0 {
		return
	}
	for _, a := range ev.Source {
		if a.Country != "" || !strings.HasPrefix(a.Code, "---") || a.Sector != "CVL" && a.Sector != "LAB" && a.Sector != "EDU" && a.Sector != "AGR" {
			return // a protester with a state, or of no people of the place (refugees)
		}
		lt := strings.ToLower(a.Text)
		if a.Start > 0 && a.Start <= len(ev.Sentence) {
			before := strings.TrimSpace(ev.Sentence[:a.Start])
			lt = strings.ToLower(before[strings.LastIndexByte(before, ' ')+1:]) + " " + lt
		}
		if proCause(ev.Sentence, &a) || strings.Contains(lt, "foreign") || strings.Contains(lt, "overseas") || strings.Contains(lt, "expat") || strings.Contains(lt, "migrant") || strings.Contains(lt, "international") {
			return // "Pro-Tibet activists in Paris", "overseas workers": not the place's people (localSides)
		}
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
	if len(ev.Source) > 0 {
		// "Protesters blocked the main roads into Beirut": crowds named
		// only by what they are, protesting in and against one state,
		// are its people too.
		for i := range ev.Source {
			ev.Source[i].Country = c
			ev.Source[i].Code = c + ev.Source[i].Code[3:]
		}
		return
	}
	ev.Source = []event.Actor{{Text: safeSlice(ev.Sentence, l.Start, l.End), Code: c, Country: c, Start: l.Start, End: l.End}}
}

package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// borderNeighbour (S34): a state named only as the far side of a border
// or the end of a road ("a state of emergency on its border with
// Belarus", "blocked roads and border crossings with Ukraine", "block the
// highway to Georgia") is where the border or road leads, not whom a
// protest (14) or a domestic coercion (17) is aimed at: those are aimed
// at the actor's own state, as the dev sets code them (LTU→LTU, POL→POL,
// ARM→ARM). A closure, a deployment or force at a border (15, 16, 19) is
// aimed at the neighbour and is left alone.
func (p *Pipeline) borderNeighbour(ev *event.Event, sa *SentenceAnalysis) {
	if ev.CAMEORoot != "14" && ev.CAMEORoot != "17" || len(ev.Source) == 0 || len(ev.Target) == 0 {
		return
	}
	c := ev.Source[0].Country
	if c == "" || !p.isState(c) {
		return
	}
	toks := sa.Sentence.Tokens
	for _, t := range ev.Target {
		if t.Country == "" || t.Country == c || !farSide(toks, t.Start) {
			return
		}
	}
	ev.Target = []event.Actor{{Text: ev.Source[0].Text, Code: c, Country: c, Start: -1, End: -1}}
}

// farSide: the token starting at byte offset start follows "with" after
// a border noun ("border with", "border crossings with", "frontier
// with") or "to" after a road noun ("the highway to", "the road to").
func farSide(toks []text.Token, start int) bool {
	j := -1
	for k := range toks {
		if toks[k].Start == start {
			j = k
			break
		}
	}
	if j < 2 {
		return false
	}
	switch toks[j-1].Lower {
	case "with":
		switch toks[j-2].Lower {
		case "border", "borders", "frontier", "crossing", "crossings", "boundary":
			return true
		}
	case "to":
		switch toks[j-2].Lower {
		case "road", "roads", "highway", "highways", "route", "motorway", "railway":
			return true
		}
	}
	return false
}

package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// killedSuspects: people suspected of a crime are no actor (an actor line
// for "suspects" re-aimed arrests, handovers and headline compounds), so a
// killing of suspects by a state's police or troops (180) finds its target
// in the place where it happened (data/verbs/19-fight.txt, S19). With no
// place named ("Philippine police killed 6,000 drug suspects in the drug
// war") the suspects are still the people of the state whose men killed
// them: its police do not hunt another state's suspects at home.
func (p *Pipeline) killedSuspects(ev *event.Event, toks []text.Token, head int) {
	if ev.CAMEORoot != "18" || len(ev.Target) > 0 || len(ev.Source) == 0 || head < 0 || head >= len(toks) || toks[head].Lemma != "kill" && toks[head].Lower != "shot" {
		return
	}
	k := suspectsKilled(toks, head)
	if k < 0 {
		return
	}
	if k > 0 && toks[k-1].Lower == "usual" {
		// "Real Madrid killed off the usual suspects in the title race":
		// the idiom names familiar rivals, no one suspected of a crime,
		// so nobody was killed; with no side left the event is dropped.
		ev.Source = nil
		return
	}
	country := ev.Source[0].Country
	if country == "" {
		return
	}
	for _, a := range ev.Source {
		if a.Country != country || !stateForceSector(a.Sector) {
			return // gunmen or a gang killing suspects act for no state
		}
	}
	ev.Target = p.stateSide(country)
}

// suspectsKilled: the index of the noun "suspects" (or "suspect") that is
// the object of the killing at head ("killed six drug suspects") or the
// subject of its passive ("six suspects were killed by police"), within
// the clause; -1 if there is none.
func suspectsKilled(toks []text.Token, head int) int {
	isSuspect := func(t text.Token) bool {
		return (t.Lower == "suspects" || t.Lower == "suspect") && (t.Tag == "NNS" || t.Tag == "NN" || t.Tag == "NNP")
	}
	for j := head + 1; j < len(toks) && j <= head+6; j++ {
		w := toks[j]
		if w.Lower == "," || w.Lower == ";" || w.Lower == "in" || w.Lower == "and" || w.Tag == "WDT" || w.IsVerb() {
			break
		}
		if isSuspect(w) {
			return j
		}
	}
	passive := false
	for j := head - 1; j >= 0 && j >= head-6; j-- {
		w := toks[j]
		switch w.Lower {
		case "was", "were", "been", "are", "is", "be":
			passive = true
			continue
		case ",", ";":
			return -1
		}
		if isSuspect(w) {
			if passive || toks[head].Tag == "VBN" {
				return j
			}
			return -1
		}
	}
	return -1
}

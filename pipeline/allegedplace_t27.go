package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// allegedPlace: the place found for an arrest, a charge or a sentence
// (11, 17) lies inside what the person held is accused of, after the
// event's verb: "arrested an employee of the BND on suspicion of passing
// state secrets to Russia", "sentenced him to 25 years for treason over
// speeches criticising the war in Ukraine". What someone is said to have
// done, or for whom, is not where the police or the court acted, so the
// place gives the event neither its scene nor, through it, a foreign
// target (the state's own case stays in the state). The allegation opens
// with "accused/suspected/convicted of", "charged with", "on suspicion
// of", "on charges of" or "for" a crime of disloyalty (treason,
// espionage, spying, sabotage).
func allegedPlace(ev *event.Event, l *event.Location, toks []text.Token, head int) bool {
	if r := ev.CAMEORoot; r != "11" && r != "17" || l == nil || head < 0 || head >= len(toks) {
		return false
	}
	p := tokenAt(toks, l.Start)
	if p <= head+1 {
		return false
	}
	for k := head + 1; k+1 < p; k++ {
		next := toks[k+1].Lower
		switch toks[k].Lower {
		case ";":
			return false
		case "accused", "suspected", "convicted", "suspicion":
			if next == "of" {
				return true
			}
		case "charged":
			if next == "with" {
				return true
			}
		case "charges":
			if next == "of" {
				return true
			}
		case "for":
			switch next {
			case "treason", "espionage", "spying", "sabotage":
				return true
			}
		}
	}
	return false
}

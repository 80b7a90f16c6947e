package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// yearTally (F39): a passive of violence whose subject is a count of
// victims and whose time is a whole year or a span of years ("At least
// 1,100 people were killed in political violence ... in 2022", "164
// social leaders were killed in 2018, up from 126 the year before",
// "some two million Colombians have been driven from their homes over
// the past decade") is a tally, not an event: it adds up many acts by
// many hands, none of them told, and names no agent. A passive told of
// one day ("five soldiers were killed on Monday") or with its agent ("by
// militants") is an act and stays.
func yearTally(ev *event.Event, toks []text.Token, h int) bool {
	if ev.CAMEORoot < "18" || ev.Modality.Negated || h < 2 || h >= len(toks) || toks[h].Tag != "VBN" {
		return false
	}
	aux := h - 1
	if !tallyAux.Has(toks[aux].Lower) {
		return false
	}
	if toks[aux].Lower == "been" && aux > 0 && (toks[aux-1].Lower == "have" || toks[aux-1].Lower == "has") {
		aux--
	}
	// The subject: a count, then at most three words of its noun.
	counted := false
	for k := aux - 1; k >= 0 && k >= aux-5; k-- {
		if toks[k].Tag == "CD" {
			counted = true
			break
		}
		if !toks[k].IsNoun() && toks[k].Tag != "JJ" {
			break
		}
	}
	if !counted {
		return false
	}
	span := ev.DatePrecision == "year"
	for k := h + 1; k < len(toks); k++ {
		w := toks[k].Lower
		if w == "by" || w == ";" {
			return false // an agent named, or another clause
		}
		if (w == "past" || w == "last") && k > 0 && toks[k-1].Lower == "the" && k+1 < len(toks) && spanNouns.Has(toks[k+1].Lower) {
			span = true // "over the past decade"
		}
	}
	return span
}

// tallyAux are the auxiliaries of a passive of harm.
var tallyAux = wordset.Of("were", "was", "been")

// spanNouns are spans of time a tally is counted over.
var spanNouns = wordset.Of("decade", "decades", "year", "years", "months")

package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/verb"
)

// A ban or halt on trade goods names whom it hits after "from" (imports)
// or "to" (exports), however long the list of goods between them
// ("banned imports of meat, fish, fruit and vegetables from the United
// States, the European Union, Australia and Canada"): the origin of the
// goods is the target. A pattern's optional "from" right after the trade
// noun misses it once the goods are listed.

// tradeOrigin: the 16x event at m.Head with no target has "imports"
// ("exports") in its object, a list of goods after "of", then "from"
// ("to") and a group: that group becomes the target.
//
//go:noinline
func tradeOrigin(ev *event.Event, sa *SentenceAnalysis, m *verb.Match) {
	toks := sa.Sentence.Tokens
	trade, prep := -1, ""
	for k := m.Head + 1; k < len(toks) && k <= m.Head+4; k++ {
		switch toks[k].Lower {
		case "imports", "import":
			trade, prep = k, "from"
		case "exports", "export":
			trade, prep = k, "to"
		}
		if trade >= 0 {
			break
		}
	}
	if trade < 0 || trade+2 >= len(toks) || toks[trade+1].Lower != "of" {
		return
	}
	// Over the goods: nouns, adjectives, commas and "and", up to the
	// preposition.
	for k := trade + 2; k < len(toks) && k <= trade+16; k++ {
		t := &toks[k]
		if t.Lower == prep {
			for gi := range sa.Groups {
				g := &sa.Groups[gi]
				if g.Start != k+1 && !(g.Start == k+2 && toks[k+1].Tag == "DT") {
					continue
				}
				ev.Target = []event.Actor{}
				// The whole list after the preposition ("the United
				// States, the European Union, Australia and Canada").
				for gj := gi; gj < len(sa.Groups); gj++ {
					h := &sa.Groups[gj]
					if gj > gi && !listJoin(sa, sa.Groups[gj-1].End, h.Start) {
						break
					}
					for j := range h.Phrases {
						ev.Target = append(ev.Target, toActor(sa.Sentence, h.Phrases[j], ""))
					}
				}
				return
			}
			return
		}
		if !(t.IsNoun() || t.Tag == "JJ" || t.Lower == "and" || t.Lower == "or" || t.Lower == ",") {
			return // a verb or another preposition ends the goods
		}
	}
}

// listJoin: only a comma, "and", or a determiner stand between tokens a
// and b: the next member of a list of parties.
func listJoin(sa *SentenceAnalysis, a, b int) bool {
	toks := sa.Sentence.Tokens
	if b-a > 3 || b <= a {
		return false
	}
	for k := a; k < b; k++ {
		switch toks[k].Lower {
		case ",", "and", "the":
		default:
			return false
		}
	}
	return true
}

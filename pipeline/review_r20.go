package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// swapped: captives freed in a prisoner swap or exchange are the
// freeing side's own prisoners, released to the other side (0841), not
// hostages rescued from captors (R20): "The Ukrainian military freed 90
// captive Russian soldiers in a prisoner swap".
func swapped(toks []text.Token) bool {
	for k := range toks {
		switch toks[k].Lower {
		case "swap", "swaps", "exchange", "exchanges", "exchanged", "swapped":
			return true
		}
	}
	return false
}

// peopleBearer: the thing struck at n carries or belongs to people ("fired
// tear gas at the bus carrying Bobi Wine", "at cars of opposition
// supporters", "at vehicles full of protesters"): the weapon is turned
// on them, which is repression (R20). Streets, roads, steps and
// pavements are where a crowd stands, never a thing struck in its stead
// ("used water cannon on the streets of Tbilisi against protesters").
func peopleBearer(toks []text.Token, n int) bool {
	if n+1 >= len(toks) {
		return false
	}
	switch toks[n+1].Lower {
	case "carrying", "ferrying", "transporting", "bearing":
		return true
	case "of", "with", "full":
		// "cars of opposition supporters", not "the windows of the
		// burning car"
		k := n + 2
		if k < len(toks) && toks[k].Lower == "of" {
			k++
		}
		p := countedNoun(toks, k)
		return p >= 0 && crowdNouns.Has(toks[p].Lower)
	}
	return false
}

// abroad: the helpers are one state's and the helped another's ("Rescue
// teams from Greece helped Turkey after the earthquake"): a state's
// emergency service sent across a border is international aid (07), not
// a safety operation at home (R20). Relief teams and workers are aid
// workers, so "relief" names no emergency service above.
func abroad(ev *event.Event) bool {
	for _, s := range ev.Source {
		for _, t := range ev.Target {
			if s.Country != "" && t.Country != "" && s.Country != t.Country {
				return true
			}
		}
	}
	return false
}

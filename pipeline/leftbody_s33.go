package pipeline

import (
	"slices"

	"github.com/parley-events/parley/event"
)

// leftBody (S33): relations reduced by leaving a body, treaty or
// initiative (160, "withdrew from", "withdrawing the United States from
// ...") that the pattern left without a target are reduced with whoever
// the words after "from" name: the body itself when it is an
// international one ("from the World Health Organization" IGO), or the
// state that owns the scheme ("from China's Belt and Road Initiative"
// CHN), as "quit the International Criminal Court" already is. A body or
// state named further on, past the scheme's name, is no owner.
func leftBody(ev *event.Event, sa *SentenceAnalysis, head int) {
	if ev.CAMEO != "160" || len(ev.Target) > 0 || len(ev.Source) == 0 {
		return
	}
	toks := sa.Sentence.Tokens
	from := -1
	for k := head + 1; k < len(toks) && k <= head+6; k++ {
		if toks[k].Lower == "," || toks[k].Lower == ";" {
			return
		}
		if toks[k].Lower == "from" {
			from = k
			break
		}
	}
	if from < 0 {
		return
	}
	j := from + 1
	if j < len(toks) && toks[j].Tag == "DT" {
		j++
	}
	gi := groupIn(sa, j, j+1)
	if gi < 0 {
		return
	}
	ps := sa.Groups[gi].Phrases
	if len(ps) != 1 {
		return
	}
	ph := ps[0]
	owned := ph.End < len(toks) && (toks[ph.End].Tag == "POS" || toks[ph.End].Lower == "'s")
	// The body itself, not a pact it sponsors ("from the UN migration
	// pact", "from the World Health Organization agreement on
	// pandemics": a treaty left, whose parties are not named).
	attributive := ph.End < len(toks) && (toks[ph.End].IsNoun() || toks[ph.End].Tag == "JJ")
	igo := ph.Country == "" && slices.Contains(ph.Sectors, "IGO") && !attributive
	switch {
	case igo && !owned:
		// "from the World Health Organization": the body left
	case owned && ph.Country != "" && len(ph.Sectors) == 0:
		// "from China's Belt and Road Initiative": the scheme's owner
	default:
		return
	}
	for _, s := range ev.Source {
		if ph.Country != "" && s.Country == ph.Country {
			return
		}
	}
	ev.Target = []event.Actor{toActor(sa.Sentence, ph, "")}
}

package pipeline

import (
	"slices"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// mediatorParties keeps a mediation's (045) parties out of its source. The
// agents after "brokered by", "mediated by" or "hosted by" are the
// mediators; the parties to the talks or the deal are its targets, never
// its sources. The agent list may run on past a finished coordination into
// the next clause's subject ("after talks brokered by France and Germany,
// the leaders of Russia and Ukraine agreed" gave FRA+DEU+RUS+UKR): "X and
// Y," closes the list, so what follows its comma is no agent but, in such
// a sentence, the parties. They become the targets, in place of a target
// that is only where the talks were. A source that would be left empty is
// kept. (A party also named as target is not dropped on that ground: the
// target is as often the one wrongly given the mediator.)
func mediatorParties(ev *event.Event, sa *SentenceAnalysis) {
	if ev.CAMEO != "045" || len(ev.Source) < 2 {
		return
	}
	toks := sa.Sentence.Tokens
	closed := closedAgentList(ev.Source, toks)
	if closed <= 0 {
		return
	}
	moved := slices.Clone(ev.Source[closed:])
	ev.Source = ev.Source[:closed]
	var rest []event.Actor
	for _, a := range ev.Target {
		if ev.Location == nil || a.Start != ev.Location.Start {
			rest = append(rest, a)
		}
	}
	ev.Target = append(moved, rest...)
}

// closedAgentList: the index of the first source actor that follows a
// comma closing a finished "X and Y" agent list after "brokered/mediated/
// hosted by", or -1.
func closedAgentList(src []event.Actor, toks []text.Token) int {
	if src[0].Start < 0 {
		return -1
	}
	k := tokenAt(toks, src[0].Start) - 1
	if k >= 0 && k < len(toks) && (toks[k].Lower == "the" || toks[k].Lower == "a") {
		k--
	}
	if k < 1 || k >= len(toks) || toks[k].Lower != "by" {
		return -1
	}
	switch toks[k-1].Lower {
	case "brokered", "mediated", "hosted", "facilitated", "sponsored":
	default:
		return -1
	}
	sawAnd, comma := false, -1
	for t := k + 1; t < len(toks); t++ {
		if toks[t].Lower == "and" && comma < 0 {
			sawAnd = true
		}
		if toks[t].Lower == "," {
			if sawAnd {
				comma = t
			}
			break
		}
	}
	if comma < 0 {
		return -1
	}
	for i, a := range src {
		if a.Start >= 0 && tokenAt(toks, a.Start) > comma {
			return i
		}
	}
	return -1
}

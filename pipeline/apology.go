package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
	"github.com/parley-events/parley/verb"
)

// An apology reported with its own subject ("Clinton said Washington was
// sorry for the deaths of 24 Pakistani soldiers") has, right after the
// verb of saying, the reported clause's subject: the party that is sorry,
// never the one apologised to. The apology is addressed to the victims'
// side, named after "the deaths of", "the killing of" and the like.

// harmOfNouns head the harm an apology or regret is for.
func harmOfNoun(w string) bool {
	switch w {
	case "death", "deaths", "killing", "killings", "loss", "lives", "shooting", "injury", "injuries", "detention", "mistreatment":
		return true
	}
	return false
}

// apologyTarget: the apology at m.Head is a verb of saying whose target
// is the group right after it and before a finite verb (the reported
// clause's subject). The target becomes the victims of "for the deaths
// of X" after it, or none.
//
//go:noinline
func apologyTarget(ev *event.Event, sa *SentenceAnalysis, m *verb.Match) {
	toks := sa.Sentence.Tokens
	h := m.Head
	if h+2 >= len(toks) || len(ev.Target) == 0 || !reportWord(toks[h].Lower) {
		return
	}
	at := h + 1
	if toks[at].Tag == "DT" {
		at++ // "said the United States was sorry"
	}
	subj := -1
	for gi := range sa.Groups {
		if g := &sa.Groups[gi]; g.Start == at && g.End < len(toks) && finiteTag(&toks[g.End]) {
			subj = gi
			break
		}
	}
	if subj < 0 || ev.Target[0].Start < toks[h+1].Start || ev.Target[0].Start > toks[at].Start {
		return
	}
	ev.Target = []event.Actor{} // a fresh slice: the old one may be shared
	for k := sa.Groups[subj].End; k+2 < len(toks); k++ {
		if toks[k].Lower == ";" || toks[k].Lower == "but" {
			return
		}
		if toks[k].Lower != "of" || !harmOfNoun(toks[k-1].Lower) {
			continue
		}
		for gi := range sa.Groups {
			g := &sa.Groups[gi]
			if g.Start <= k || !victimsAfter(toks, k+1, g.Start) {
				continue
			}
			for j := range g.Phrases {
				ev.Target = append(ev.Target, toActor(sa.Sentence, g.Phrases[j], ""))
			}
			return
		}
		return
	}
}

// victimsAfter: only a determiner, a number or adjectives stand between
// "of" and the group at g ("the deaths of 24 Pakistani soldiers").
func victimsAfter(toks []text.Token, from, g int) bool {
	if g-from > 3 {
		return false
	}
	for k := from; k < g; k++ {
		switch toks[k].Tag {
		case "DT", "CD", "JJ":
		default:
			return false
		}
	}
	return true
}

func finiteTag(t *text.Token) bool {
	switch t.Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

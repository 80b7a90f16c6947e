package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
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

// protestNotHeld: the Q20 lines that code protests by how they go on
// ("protests continued", "the demonstrations began", "a rally turned
// violent") reached a protest noun that is no subject of the verb: a
// modifier of another noun ("The trial of the protest leaders
// continued", "The protest song began to trend"), the object of a
// preposition ("Coverage of the demonstrations continued",
// "Investigations into the protests continued"), or a demonstration of
// a thing ("Demonstrations of the robot began at the trade fair"). Then
// the verb tells of the trial, the coverage or the show, and no protest
// is held (R20).
func protestNotHeld(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEORoot != "14" || head < 1 || head >= len(toks) || !toks[head].IsVerb() {
		return false
	}
	switch toks[head].Lemma {
	case "continue", "resume", "enter", "intensify", "swell", "escalate", "begin", "start", "turn":
	default:
		return false
	}
	n := -1
	for k := head - 1; k >= 0 && k >= head-10; k-- {
		if heldProtestNouns.Has(toks[k].Lower) {
			n = k
			break
		}
	}
	if n < 0 {
		return false
	}
	if n+1 < head {
		switch toks[n+1].Tag {
		case "NN", "NNS", "NNP", "NNPS", "POS":
			return true // "protest leaders", "the protest movement's"
		}
		if toks[n+1].Lower == "of" && strings.HasPrefix(toks[n].Lower, "demonstration") {
			if c := countedNoun(toks, n+2); c >= 0 && !crowdNouns.Has(toks[c].Lower) && !shownFeelings.Has(toks[c].Lower) {
				return true // "demonstrations of the new tank"
			}
		}
	}
	k := n - 1
	for k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "PRP$" || toks[k].Tag == "CD" || toks[k].Tag == "POS" || toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "NNP") {
		k--
	}
	return k >= 0 && protestHolderPreps.Has(toks[k].Lower)
}

var (
	heldProtestNouns   = wordset.Of("protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march", "demos")
	shownFeelings      = wordset.Of("support", "solidarity", "anger", "defiance", "strength", "force", "loyalty", "thousands", "hundreds", "tens")
	protestHolderPreps = wordset.Of("of", "into", "on", "about", "over", "to", "from", "with", "by", "against", "for", "at", "among", "behind", "toward", "towards")
)

// misfireR20: the readings R20's review drops (review_s20_test.go).
func misfireR20(ev *event.Event, toks []text.Token, head int) bool {
	return protestNotHeld(ev, toks, head)
}

// courtSurrender: a surrender to a court ("The surrender of Duterte to
// the International Criminal Court") is a suspect's transfer to justice,
// the court's own word for it, not a military surrender (0874): judicial
// cooperation (063), as the verb line "surrendered to the ICC" codes it
// (R20).
func (p *Pipeline) courtSurrender(ev *event.Event) {
	if ev.CAMEO != "0874" {
		return
	}
	for _, a := range ev.Target {
		if a.Sector == "JUD" || strings.Contains(a.Code, "JUD") {
			p.recodeEvent(ev, "063")
			return
		}
	}
}

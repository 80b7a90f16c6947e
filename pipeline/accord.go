package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// A body that fails to agree ("The EU failed to agree on a new package of
// sanctions against Russia", "OPEC members could not agree on output
// cuts") tells of its members' disagreement: no party rejects another,
// and the group named in what they did not agree on is its topic, not a
// party to the accord. The verb stage recodes a failure to agree as a
// rejection (12), which is right between two parties ("Israel and Hamas
// failed to agree on a ceasefire", "Iran failed to agree with the EU on
// ...") and wrong for one body alone with a topic.

// failedAccord: the rejection at head is one party's failure to agree
// (agree, reach/strike an agreement or consensus) with no partner named
// ("with", "between", or a second source) and a target only in its topic,
// or an international body's with no target at all: no one's event.
func failedAccord(toks []text.Token, head int, src, tgt []event.Actor) bool {
	if head < 2 || head >= len(toks) || len(src) != 1 {
		return false
	}
	if len(tgt) == 0 && !(len(src[0].Code) >= 3 && src[0].Code[:3] == "IGO") {
		// A state that fails to agree, with no partner named here, may
		// fail with the one the story named before; a body's members
		// ("OPEC members failed to agree on output cuts") fail among
		// themselves.
		return false
	}
	h := &toks[head]
	switch h.Lemma {
	case "agree":
	case "reach", "strike", "find":
		if !accordNoun(toks, head+1) {
			return false
		}
	default:
		return false
	}
	if !failedBefore(toks, head) {
		return false
	}
	// The targets must all stand in the topic, after the head, with no
	// partner's preposition before them.
	last := 0
	for _, a := range tgt {
		if a.Start <= h.Start {
			return false
		}
		if a.Start > last {
			last = a.Start
		}
	}
	for k := head + 1; k < len(toks) && toks[k].Start < last; k++ {
		switch toks[k].Lower {
		case "with", "between", "among", ";":
			return false
		}
	}
	return true
}

// accordNoun: an agreement noun opens the object at k ("reach
// agreement", "reach a consensus", "strike a deal").
func accordNoun(toks []text.Token, k int) bool {
	for j := k; j < len(toks) && j <= k+2; j++ {
		switch toks[j].Lower {
		case "agreement", "consensus", "deal", "accord", "compromise", "common":
			return true
		}
		if toks[j].Tag != "DT" && toks[j].Tag != "JJ" {
			return false
		}
	}
	return false
}

// failedBefore: "failed to", "fail to", "could not", "did not", "cannot"
// right before the verb at head.
func failedBefore(toks []text.Token, head int) bool {
	k := head - 1
	if toks[k].Lower == "to" {
		return k >= 1 && toks[k-1].Lemma == "fail"
	}
	if toks[k].Lower == "not" || toks[k].Lower == "n't" {
		k--
		if k < 0 {
			return false
		}
	}
	switch toks[k].Lower {
	case "could", "did", "can", "cannot", "can't", "couldn't", "didn't":
		return k < head-1 || toks[k].Lower == "cannot"
	}
	return false
}

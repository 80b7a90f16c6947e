package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// enabledSide: force named by its noun ("US airstrikes", "French air
// strikes", "Russian shelling") that "allowed", "enabled" or "helped"
// someone to do something is not aimed at the one it helped: "US
// airstrikes allowed Kurdish fighters to retake the town from Islamic
// State" struck Islamic State, not the Kurds (N23). The verb's (+) took
// the first actor after the noun, which is the beneficiary. The target
// becomes the enemy the helped clause names after "from", "against" or
// "out of"; with none, the force has no target the text gives.
func enabledSide(ev *event.Event, sa *SentenceAnalysis, h int) {
	toks := sa.Sentence.Tokens
	if h < 0 || h >= len(toks) || len(ev.Target) == 0 || !violentRoot(ev.CAMEORoot) || toks[h].Tag != "NN" && toks[h].Tag != "NNS" {
		return
	}
	k := enablingVerb(toks, h)
	if k < 0 {
		return
	}
	t := tokenAt(toks, ev.Target[0].Start)
	if t <= k {
		return
	}
	for j := k + 1; j < len(toks) && j < k+16; j++ {
		w := toks[j].Lower
		if w == "." || w == ";" || w == "," && j+1 < len(toks) && toks[j+1].Tag == "VBG" {
			break
		}
		if w != "from" && w != "against" && !(w == "of" && toks[j-1].Lower == "out") {
			continue
		}
		if ph, ok := phraseAt(sa, j+1); ok {
			ev.Target = []event.Actor{toActor(sa.Sentence, ph, "")}
			return
		}
		break
	}
	// No enemy named: the helped actor right after the verb is no
	// target; a place further on, where the force struck, stays.
	if t <= k+4 && (ev.Location == nil || ev.Location.Start != ev.Target[0].Start) {
		ev.Target = nil
	}
}

// enablingVerb is the index of "allowed", "enabled", "helped" or "let"
// right after the noun compound at h (an auxiliary or adverb may come between:
// "airstrikes have also helped"), or -1.
func enablingVerb(toks []text.Token, h int) int {
	for h+1 < len(toks) && (toks[h+1].Tag == "NN" || toks[h+1].Tag == "NNS") {
		h++ // "air strikes", "drone strikes": the compound's last noun
	}
	for k := h + 1; k < len(toks) && k <= h+3; k++ {
		switch toks[k].Lemma {
		case "allow", "enable", "help", "let", "permit":
			if toks[k].Tag == "VBD" || toks[k].Tag == "VBZ" || toks[k].Tag == "VBP" || toks[k].Tag == "VBN" {
				return k
			}
			return -1
		case "have", "also", "had", "has":
			continue
		}
		if toks[k].Tag != "RB" {
			return -1
		}
	}
	return -1
}

// phraseAt is the actor phrase that starts at token j, or after an
// article there ("from the Taliban").
func phraseAt(sa *SentenceAnalysis, j int) (ph actor.Phrase, ok bool) {
	toks := sa.Sentence.Tokens
	if j < len(toks) && toks[j].Tag == "DT" {
		j++
	}
	for _, g := range sa.Groups {
		for _, q := range g.Phrases {
			if q.Start == j {
				return q, true
			}
		}
	}
	return ph, false
}

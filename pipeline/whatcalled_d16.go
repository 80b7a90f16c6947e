package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// inWhatCalled: the verb at head is the verb of naming in "in what X
// called an act of aggression", "in what Seoul called retaliation", "in
// what Human Rights Watch later called a crime against humanity": the
// index of "what", or -1. The phrase judges the act of the clause it
// hangs on, and only X judges: with no actor as X ("in what analysts
// called a war crime") no one is coded as judging; the clause's own
// subject, the actor of the act, is no critic of it.
func inWhatCalled(toks []text.Token, head int) int {
	for k := head - 1; k >= 1 && k >= head-9; k-- {
		t := &toks[k]
		if t.Lower == "what" && t.Tag == "WP" {
			if toks[k-1].Lower == "in" {
				return k
			}
			return -1
		}
		if t.Text == "," || t.Lower == "and" || t.IsVerb() && t.Lemma != "have" {
			return -1
		}
	}
	return -1
}

// whatCalledAct: the act an "in what X called" phrase judges, the last
// event of sentence si whose verb comes before the phrase (at byte
// offset what): its index in out, or -1. The verb stage does not take X
// for that act's object (whatSpeaker).
func whatCalledAct(out []event.Event, si, what int) int {
	for i := len(out) - 1; i >= 0; i-- {
		e := &out[i]
		if e.SentenceIndex != si || e.Evidence.Verb.Start >= what {
			continue
		}
		if len(e.Source) > 0 && e.Source[0].Code != "" {
			return i
		}
		return -1
	}
	return -1
}

// namingVerb: the verbs of an "in what X called" phrase.
func namingVerb(lemma string) bool {
	switch lemma {
	case "call", "describe", "term", "brand", "label", "dub", "characterise", "characterize":
		return true
	}
	return false
}

package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/verb"
)

// ownerTarget: an act with no target whose object is "his" or "her"
// before a noun that names no actor is aimed at the person named last
// before the pronoun, whose state the thing owned belongs to: "Gaddafi
// was captured hours after NATO jets struck his convoy" is against
// Libya; "since Putin annexed Crimea, the EU has widened its asset
// freezes against his inner circle" against Russia. The owner may be
// the clause's own subject ("Putin sacked his defence minister" is
// Russia's all the same). Only the object is read: a possessive before
// an infinitive's subject ("ignored his requests to extradite Gulen") is
// left to the verb stage, which names no actor there. A phrase already
// naming an actor after the pronoun ("his government") is the verb
// stage's, and a sentence with "he" or "she" before the pronoun, a
// person of its own in view, is left alone.
func ownerTarget(ev *event.Event, sa *SentenceAnalysis, m *verb.Match) {
	toks := sa.Sentence.Tokens
	k := m.Head + 1
	for ; k < len(toks) && k < m.Span[1]+4; k++ {
		t := &toks[k]
		if t.Tag == "PRP$" && (t.Lower == "his" || t.Lower == "her") {
			break
		}
		if t.Text == "," || t.Lower == "that" || t.Lower == "and" || t.IsVerb() || t.Tag == "PRP" {
			return
		}
		if gi := groupAt(sa.Groups, k); gi >= 0 {
			return // an actor of its own comes first
		}
	}
	if k+1 >= len(toks) || toks[k].Tag != "PRP$" || (!toks[k+1].IsNoun() && toks[k+1].Tag != "JJ") || groupAt(sa.Groups, k+1) >= 0 {
		return
	}
	if toks[k+1].Lower == "own" {
		return // "Scholz praised his own coalition": the subject's (A17)
	}
	for j := 0; j < k; j++ {
		if w := toks[j].Lower; (w == "he" || w == "she") && toks[j].Tag == "PRP" {
			return
		}
	}
	var person *actor.Phrase
	for gi := 0; gi < len(sa.Groups) && sa.Groups[gi].End <= k; gi++ {
		for pi := range sa.Groups[gi].Phrases {
			if ph := &sa.Groups[gi].Phrases[pi]; personPhrase(toks, ph) && !ownSubject(m, ph) {
				person = ph
			}
		}
	}
	if person == nil || person.Country == "" {
		return
	}
	ev.Target = []event.Actor{toActor(sa.Sentence, *person, "")}
}

// groupAt: the index of the actor group holding token k, or -1.
func groupAt(gs []actor.Group, k int) int {
	for i := range gs {
		if gs[i].Start <= k && k < gs[i].End {
			return i
		}
	}
	return -1
}

package pipeline

import (
	"github.com/parley-events/parley/actor"
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/text"
)

// clauseSubjectEnd: for an object pronoun at k right after its verb
// (adverbs and auxiliaries may stand before the verb), the token where
// the noun phrase before that verb ends, which is the clause's subject
// ("Trump praised him", "police later beat her"); -1 when the pronoun
// follows no finite or past verb ("handed over to him", "urged him").
func clauseSubjectEnd(toks []text.Token, k int) int {
	v := k - 1
	if v < 1 {
		return -1
	}
	if v = objectPrepVerb(toks, v); v < 1 {
		return -1
	}
	switch toks[v].Tag {
	case "VBD", "VBZ", "VBP", "VBN":
	default:
		return -1
	}
	j := v
	for j > 0 {
		switch t := &toks[j-1]; {
		case t.Tag == "RB" || t.Tag == "MD":
			j--
			continue
		case t.Lower == "has" || t.Lower == "have" || t.Lower == "had" || t.Lower == "was" || t.Lower == "were":
			j--
			continue
		}
		break
	}
	return j
}

// subjectGroupEnding: the group that ends at token end, or nil.
func subjectGroupEnding(gs []actor.Group, end int) *actor.Group {
	if end < 0 {
		return nil
	}
	for gi := range gs {
		if gs[gi].End == end {
			return &gs[gi]
		}
	}
	return nil
}

// sameSubject: the phrase is in the subject group or has one of its codes.
func sameSubject(g *actor.Group, ph *actor.Phrase) bool {
	for i := range g.Phrases {
		if g.Phrases[i].Code == ph.Code || g.Phrases[i].Start == ph.Start {
			return true
		}
	}
	return false
}

// answeredAct: a cut in relations aimed at one's own envoy ("Warsaw
// recalled its ambassador") in the clause after another state's act on
// it in the same sentence ("Russia expelled two Polish diplomats and
// Warsaw recalled its ambassador") answers that act: its agent is the
// target (M14). prev is the event coded just before, a conflictual one
// (quad class 3 or 4: "Russia praised Poland and Warsaw recalled its
// ambassador" answers no praise).
func answeredAct(ev, prev *event.Event) {
	if prev.SentenceIndex != ev.SentenceIndex || len(prev.Source) == 0 || prev.Evidence.Verb.Start >= ev.Evidence.Verb.Start || prev.QuadClass < 3 {
		return
	}
	for _, s := range ev.Source {
		if s.Country == "" || !hasActorCountry(prev.Target, s.Country) || hasActorCountry(prev.Source, s.Country) {
			return
		}
	}
	for _, s := range prev.Source {
		if s.Country == "" {
			return
		}
	}
	ev.Target = inherited(prev.Source)
}

// objectPrepVerb: for a pronoun after "for", "to" or "against" that
// closes a verb's object ("rolled out the red carpet for him", "gave a
// medal to her", "filed charges against him"), the verb, whose subject
// the pronoun cannot be as it cannot be a bare object's; v itself for
// any other word before the pronoun. A preposition straight after the
// verb or its particle ("handed over to him") is left as before.
func objectPrepVerb(toks []text.Token, v int) int {
	switch toks[v].Lower {
	case "for", "to", "against":
	default:
		return v
	}
	nouns := 0
	j := v - 1
	for ; j > 0 && j >= v-6; j-- {
		switch toks[j].Tag {
		case "NN", "NNS":
			nouns++
			continue
		case "DT", "JJ", "CD", "PRP$", "RP":
			continue
		}
		break
	}
	if nouns == 0 {
		return -1
	}
	return j
}

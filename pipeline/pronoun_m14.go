package pipeline

import (
	"github.com/parley-events/parley/actor"
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
